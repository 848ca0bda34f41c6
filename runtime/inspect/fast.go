package inspect

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// The fast path. goja is an interpreter: the JavaScript helpers (Reflect.ownKeys,
// Object.getOwnPropertyDescriptor) cost about a microsecond per property, which made
// console.log of a small object cost ~20µs. Most objects a program logs are plain objects,
// class instances and dense arrays whose properties are ordinary data properties; for those
// the Inspector reads goja's property storage directly (by reflection, read-only) and renders
// without running any JavaScript. Anything unusual (symbol keys, accessors on arrays, holes,
// showHidden, the getters option, proxies or template objects on the prototype chain) falls
// back to the JavaScript helpers before any user code has run, so results and side effects are
// the same either way; the golden tests run both paths.

// fastPath can be turned off by tests, to check that both paths print the same.
var fastPath = true

// layout holds the field indexes of goja's private object types.
type layout struct {
	ok         bool
	values     []int // baseObject.values map[unistring.String]Value
	propNames  []int // baseObject.propNames []unistring.String
	symValues  []int // baseObject.symValues *orderedMap
	arrValues  []int // arrayObject.values []Value (arrays only)
	isArray    bool
	vpAccessor []int // valueProperty fields, on the valueProperty type
	vpEnum     []int
	vpGet      []int
	vpSet      []int
}

var layouts sync.Map // reflect.Type (of *T) -> *layout

func fieldIndex(t reflect.Type, name string) []int {
	f, ok := t.FieldByName(name)
	if !ok {
		return nil
	}
	return f.Index
}

// layoutOf returns the layout of a plain object (*baseObject) or a dense array (*arrayObject).
func layoutOf(ptr reflect.Type) *layout {
	if l, ok := layouts.Load(ptr); ok {
		return l.(*layout)
	}
	l := &layout{}
	if ptr.Kind() == reflect.Ptr {
		t := ptr.Elem()
		switch t.Name() {
		case "baseObject":
			l.values, l.propNames, l.symValues = fieldIndex(t, "values"), fieldIndex(t, "propNames"), fieldIndex(t, "symValues")
		case "arrayObject":
			l.isArray = true
			l.arrValues = fieldIndex(t, "values")
			if base, ok := t.FieldByName("baseObject"); ok {
				bt := base.Type
				join := func(idx []int) []int {
					if idx == nil {
						return nil
					}
					return append(append([]int{}, base.Index...), idx...)
				}
				l.values, l.propNames, l.symValues = join(fieldIndex(bt, "values")), join(fieldIndex(bt, "propNames")), join(fieldIndex(bt, "symValues"))
			}
		}
		if l.values != nil && l.propNames != nil && l.symValues != nil && (!l.isArray || l.arrValues != nil) {
			if vp := valuePropType(); vp != nil {
				l.vpAccessor, l.vpEnum = fieldIndex(vp, "accessor"), fieldIndex(vp, "enumerable")
				l.vpGet, l.vpSet = fieldIndex(vp, "getterFunc"), fieldIndex(vp, "setterFunc")
				l.ok = l.vpAccessor != nil && l.vpEnum != nil && l.vpGet != nil && l.vpSet != nil
			}
		}
	}
	layouts.Store(ptr, l)
	return l
}

var (
	vpTypeOnce sync.Once
	vpType     reflect.Type
)

// valuePropType is goja's valueProperty struct type (the storage of accessors and of properties
// with non-default attributes), found through an array's length property; nil if not found.
func valuePropType() reflect.Type {
	vpTypeOnce.Do(func() {
		self := selfOf(goja.New().NewArray())
		if !self.IsValid() || self.IsNil() || self.Elem().Kind() != reflect.Ptr {
			return
		}
		if f, ok := self.Elem().Type().Elem().FieldByName("lengthProp"); ok && f.Type.Kind() == reflect.Struct {
			vpType = f.Type
		}
	})
	return vpType
}

// impl returns the private implementation value behind o and its layout.
func impl(o *goja.Object) (reflect.Value, *layout) {
	self := selfOf(o)
	if !self.IsValid() || self.IsNil() {
		return reflect.Value{}, nil
	}
	v := self.Elem()
	l := layoutOf(v.Type())
	if !l.ok {
		return reflect.Value{}, nil
	}
	return v.Elem(), l
}

// slot describes one own string-keyed property as goja stores it.
type slot struct {
	present, accessor, enumerable, hasGet, hasSet bool
}

func (l *layout) slot(v reflect.Value, key string) slot {
	m := v.FieldByIndex(l.values)
	e := m.MapIndex(reflect.ValueOf(unistring.NewFromString(key)))
	if !e.IsValid() {
		return slot{}
	}
	s := slot{present: true, enumerable: true}
	if e.IsNil() {
		return s
	}
	dyn := e.Elem()
	if dyn.Kind() == reflect.Ptr && dyn.Type().Elem() == valuePropType() {
		p := dyn.Elem()
		s.accessor = p.FieldByIndex(l.vpAccessor).Bool()
		s.enumerable = p.FieldByIndex(l.vpEnum).Bool()
		s.hasGet = !p.FieldByIndex(l.vpGet).IsNil()
		s.hasSet = !p.FieldByIndex(l.vpSet).IsNil()
	}
	return s
}

// fastDescribe is describe without JavaScript, when obj allows it (see the top of this file).
func (s *state) fastDescribe(obj *goja.Object, info implInfo, mode int) (description, bool) {
	if !fastPath || s.opts.ShowHidden || s.opts.Getters != GettersNone || (mode != keysAll && mode != keysArray && mode != keysNone) {
		return description{}, false
	}
	v, l := impl(obj)
	if l == nil || (mode == keysArray) != l.isArray || !v.FieldByIndex(l.symValues).IsNil() {
		return description{}, false
	}
	if l.isArray && (mode != keysArray || v.FieldByIndex(l.propNames).Len() != 1) {
		return description{}, false // named properties besides length
	}
	var d description
	name, null, ok := s.fastCtor(obj, v, l)
	if !ok {
		return description{}, false
	}
	d.ctor, d.ctorNull = name, null
	// obj has no own symbols, so a string tag found here is inherited: node shows it.
	if t := obj.GetSymbol(goja.SymToStringTag); t != nil && isString(t) {
		d.tag = t.String()
	}
	if mode != keysAll {
		return d, true
	}
	for _, k := range obj.Keys() {
		sl := l.slot(v, k)
		p := propEntry{key: s.in.str(k), enumerable: true}
		switch {
		case !sl.present:
			continue
		case sl.accessor:
			if sl.hasGet {
				// Only the getter's presence matters without the getters option.
				p.hasGet, p.value = true, goja.Undefined()
			}
			p.hasSet = sl.hasSet
		default:
			p.data, p.value = true, obj.Get(k)
		}
		d.keys = append(d.keys, p)
	}
	return d, true
}

// fastCtor is getConstructorName over plain objects: the first prototype (obj included) with an
// own data property "constructor" holding a named function that obj is an instance of.
func (s *state) fastCtor(obj *goja.Object, v reflect.Value, l *layout) (name string, null, ok bool) {
	p, pv, pl := obj, v, l
	for first := true; ; first = false {
		var ctor goja.Value
		switch {
		case !first && (p == s.in.js.objectProto || p == s.in.js.arrayProto):
			// Template objects: goja fills in their properties lazily, so ask through [[Get]].
			ctor = p.Get("constructor")
		case pl == nil:
			return "", false, false
		default:
			sl := pl.slot(pv, "constructor")
			if sl.present && !sl.accessor {
				ctor = p.Get("constructor")
			}
		}
		if fn, isObj := ctor.(*goja.Object); isObj {
			if _, callable := goja.AssertFunction(fn); callable {
				if n, found, ok := s.fastCtorName(obj, fn); !ok {
					return "", false, false
				} else if found {
					return n, false, true
				}
			}
		}
		next := p.Prototype()
		if next == nil {
			if first {
				return "", true, true // a null prototype
			}
			return "", false, false // no named constructor: the JavaScript path names the chain
		}
		p = next
		if p == s.in.js.objectProto || p == s.in.js.arrayProto {
			pl = nil
			continue
		}
		pv, pl = impl(p)
		if pl == nil || pl.isArray {
			return "", false, false
		}
	}
}

// fastCtorName checks one constructor candidate: a non-empty name and obj instanceof fn, with
// the standard Symbol.hasInstance (else the JavaScript path decides).
func (s *state) fastCtorName(obj, fn *goja.Object) (name string, found, ok bool) {
	if classify(fn).kind != kindFunction || isBound(fn) {
		return "", false, false
	}
	n := fn.Get("name")
	if n == nil || !isString(n) || n.String() == "" {
		if n != nil && !isString(n) && n.ToBoolean() {
			return "", false, false // String(name) of a non-string: leave it to JavaScript
		}
		return "", false, true
	}
	if !fn.GetSymbol(goja.SymHasInstance).SameAs(s.in.js.hasInstance) {
		return "", false, false
	}
	proto, isObj := fn.Get("prototype").(*goja.Object)
	if !isObj {
		return "", false, true
	}
	for p := obj.Prototype(); p != nil; p = p.Prototype() {
		if p == proto {
			return n.String(), true, true
		}
		if classify(p).kind == kindProxy {
			return "", false, false
		}
	}
	return "", false, true
}

func isBound(fn *goja.Object) bool {
	self := selfOf(fn)
	return self.IsValid() && !self.IsNil() && self.Elem().Type().String() == "*goja.boundFuncObject"
}

// fastElements renders a dense array whose elements (up to MaxArrayLength) are all ordinary
// data properties; ok is false for holes and accessors.
func (s *state) fastElements(obj *goja.Object, recurse int) ([]string, bool) {
	if !fastPath {
		return nil, false
	}
	v, l := impl(obj)
	if l == nil || !l.isArray {
		return nil, false
	}
	vals := v.FieldByIndex(l.arrValues)
	length := int(obj.Get("length").ToInteger())
	n := length
	if n > s.opts.MaxArrayLength {
		n = s.opts.MaxArrayLength
	}
	if vals.Len() < n {
		return nil, false
	}
	items := make([]goja.Value, n)
	for i := 0; i < n; i++ {
		e := vals.Index(i)
		if e.IsNil() {
			return nil, false // a hole
		}
		if dyn := e.Elem(); dyn.Kind() == reflect.Ptr && dyn.Type().Elem() == valuePropType() {
			return nil, false // an accessor or a property with attributes
		}
		items[i] = *(*goja.Value)(unsafe.Pointer(e.UnsafeAddr()))
	}
	out := make([]string, 0, n+1)
	for _, it := range items {
		s.indent += 2
		out = append(out, s.formatValue(it, recurse, false))
		s.indent -= 2
	}
	if length > n {
		out = append(out, moreItems(length-n))
	}
	return out, true
}
