package inspect

import (
	"math/big"
	"reflect"
	"sync"

	"github.com/dop251/goja"
)

// kind is what node's internal type checks (isMap, isDate, isNativeError, ...) say about an
// object.
type kind int

const (
	kindPlain kind = iota
	kindArray
	kindFunction
	kindError
	kindDate
	kindRegExp
	kindMap
	kindSet
	kindWeakMap
	kindWeakSet
	kindMapIterator
	kindSetIterator
	kindPromise
	kindBoxed
	kindArguments
	kindTypedArray
	kindArrayBuffer
	kindDataView
	kindProxy
)

// funcFlavor is what goja itself knows about a function.
type funcFlavor int

const (
	flavorPlain funcFlavor = iota
	flavorAsync
	flavorGenerator
	flavorClass
)

type implInfo struct {
	kind   kind
	flavor funcFlavor
}

// goja offers no public brand checks (no isMap, isWeakMap, isArgumentsObject), and its
// ClassName() says "Object" for most built-ins. The concrete type behind *goja.Object's private
// `self` field is the exact answer, and reading a type through reflection runs no JavaScript.
// This ties the package to goja's internals at the version go.mod pins; the golden tests fail
// loudly if an upgrade renames them.
var implKinds = map[string]implInfo{
	"arrayObject":               {kind: kindArray},
	"sparseArrayObject":         {kind: kindArray},
	"templatedArrayObject":      {kind: kindArray},
	"errorObject":               {kind: kindError},
	"dateObject":                {kind: kindDate},
	"regexpObject":              {kind: kindRegExp},
	"mapObject":                 {kind: kindMap},
	"setObject":                 {kind: kindSet},
	"weakMapObject":             {kind: kindWeakMap},
	"weakSetObject":             {kind: kindWeakSet},
	"mapIterObject":             {kind: kindMapIterator},
	"setIterObject":             {kind: kindSetIterator},
	"Promise":                   {kind: kindPromise},
	"primitiveValueObject":      {kind: kindBoxed},
	"stringObject":              {kind: kindBoxed},
	"argumentsObject":           {kind: kindArguments},
	"typedArrayObject":          {kind: kindTypedArray},
	"arrayBufferObject":         {kind: kindArrayBuffer},
	"dataViewObject":            {kind: kindDataView},
	"proxyObject":               {kind: kindProxy},
	"funcObject":                {kind: kindFunction},
	"arrowFuncObject":           {kind: kindFunction},
	"methodFuncObject":          {kind: kindFunction},
	"nativeFuncObject":          {kind: kindFunction},
	"wrappedFuncObject":         {kind: kindFunction},
	"boundFuncObject":           {kind: kindFunction},
	"templatedFuncObject":       {kind: kindFunction},
	"classFuncObject":           {kind: kindFunction, flavor: flavorClass},
	"generatorFuncObject":       {kind: kindFunction, flavor: flavorGenerator},
	"generatorMethodFuncObject": {kind: kindFunction, flavor: flavorGenerator},
	"asyncFuncObject":           {kind: kindFunction, flavor: flavorAsync},
	"asyncMethodFuncObject":     {kind: kindFunction, flavor: flavorAsync},
	"asyncArrowFuncObject":      {kind: kindFunction, flavor: flavorAsync},
}

var implCache sync.Map // reflect.Type -> implInfo

// classify says what o is.
func classify(o *goja.Object) implInfo {
	self := selfOf(o)
	if !self.IsValid() || self.IsNil() {
		return classifyPublic(o)
	}
	t := self.Elem().Type()
	if info, ok := implCache.Load(t); ok {
		return info.(implInfo)
	}
	name := t.Name()
	if t.Kind() == reflect.Ptr {
		name = t.Elem().Name()
	}
	info, ok := implKinds[name]
	if !ok {
		info = classifyPublic(o)
	}
	implCache.Store(t, info)
	return info
}

var (
	typeProxy       = reflect.TypeOf(goja.Proxy{})
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	typePromise     = reflect.TypeOf((*goja.Promise)(nil))
)

// classifyPublic is the fallback through goja's public API, for objects whose implementation
// type is unknown (host objects made with NewDynamicObject, for instance).
func classifyPublic(o *goja.Object) implInfo {
	if _, ok := goja.AssertFunction(o); ok {
		return implInfo{kind: kindFunction}
	}
	switch o.ClassName() {
	case "Array":
		return implInfo{kind: kindArray}
	case "Error":
		return implInfo{kind: kindError}
	case "Date":
		return implInfo{kind: kindDate}
	case "RegExp":
		return implInfo{kind: kindRegExp}
	case "Arguments":
		return implInfo{kind: kindArguments}
	case "Number", "String", "Boolean":
		return implInfo{kind: kindBoxed}
	}
	switch o.ExportType() {
	case typeProxy:
		return implInfo{kind: kindProxy}
	case typeArrayBuffer:
		return implInfo{kind: kindArrayBuffer}
	case typePromise:
		return implInfo{kind: kindPromise}
	}
	return implInfo{kind: kindPlain}
}

// boxedType names the primitive a boxed primitive holds: Number, String, Boolean, BigInt, Symbol.
func boxedType(o *goja.Object) string {
	switch c := o.ClassName(); c {
	case "String", "Number", "Boolean":
		return c
	}
	if o.ExportType() == reflect.TypeOf((*big.Int)(nil)) {
		return "BigInt"
	}
	return "Symbol"
}

// selfIndex locates *goja.Object's private `self` field (its implementation).
var selfIndex = func() []int {
	f, ok := reflect.TypeOf(goja.Object{}).FieldByName("self")
	if !ok {
		return nil
	}
	return f.Index
}()

// selfOf returns o's implementation as a reflect.Value of interface kind, or an invalid Value.
func selfOf(o *goja.Object) reflect.Value {
	if selfIndex == nil || o == nil {
		return reflect.Value{}
	}
	return reflect.ValueOf(o).Elem().FieldByIndex(selfIndex)
}
