// Package inspect renders goja values exactly the way Node's util.inspect, util.format and
// console.table print them (node v20 is the oracle), so that console.log under loopviz writes the
// same bytes as node.
//
// An Inspector is bound to one goja.Runtime. Create it with New before any user code runs: it
// captures the built-ins it relies on (Object.getOwnPropertyDescriptor, Map iteration,
// Function.prototype.toString, ...), so that a program which later patches them still prints like
// node, whose inspector uses its own pristine copies.
//
// Rendering may run JavaScript: [util.inspect.custom] methods, Symbol.toStringTag getters, getters
// when Options.Getters asks for them, toString for %s, toJSON for %j. An exception thrown there
// propagates as a goja panic, the way node lets it out of util.inspect; call the Inspector from a
// Go function invoked by JavaScript, or inside Runtime.Try.
package inspect

import (
	"math"
	"reflect"

	"github.com/dop251/goja"
)

// Infinity stands for node's Infinity in the numeric options: Depth (node's depth: Infinity or
// null: no limit), BreakLength, MaxArrayLength and MaxStringLength.
const Infinity = math.MaxInt

// CompactTrue is the Options.Compact value for node's compact: true (the old, denser layout).
const CompactTrue = -1

// Getters modes, node's getters: false | true | 'get' | 'set'.
const (
	GettersNone = iota // show [Getter] without calling it (node's default)
	GettersAll         // call every getter
	GettersGet         // call getters that have no setter
	GettersSet         // call getters that have a setter
)

// Options are node's util.inspect options, minus colors (loopviz never colors). Start from
// DefaultOptions: the zero Options is not node's default.
type Options struct {
	Depth           int  // levels to descend into; Infinity for no limit; -1 renders even the top as [Object]
	Compact         int  // node's compact: 0 is false, CompactTrue is true, n >= 1 joins the n innermost levels
	BreakLength     int  // the line width at which entries are split across lines
	ShowHidden      bool // also show non-enumerable properties
	ShowProxy       bool // show Proxy [ target, handler ] instead of the target
	Sorted          bool // sort the entries of objects, Maps and Sets
	CustomInspect   bool // call [util.inspect.custom] methods
	Getters         int  // GettersNone, GettersAll, GettersGet or GettersSet
	MaxArrayLength  int  // array, Set, Map and typed array entries shown before "... N more items"
	MaxStringLength int  // characters of a string shown before "... N more characters"
}

// DefaultOptions returns node's util.inspect.defaultOptions, which is also what console.log uses.
func DefaultOptions() Options {
	return Options{
		Depth:           2,
		Compact:         3,
		BreakLength:     80,
		CustomInspect:   true,
		MaxArrayLength:  100,
		MaxStringLength: 10000,
	}
}

// Hooks let the embedding runtime take over the rendering of its own objects.
type Hooks struct {
	// Host is asked about every object that reaches node's formatRaw step (after a Proxy is
	// unwrapped, [util.inspect.custom] is given its chance and circular references are marked).
	// Returning true renders obj as a host object of the given shape: loopviz's own Promise
	// implementation, node's Timeout and Immediate objects. The prefix is still derived from
	// obj's prototype chain like node's ("Promise", "MyPromise [Promise]"), so a host promise
	// needs a prototype whose constructor is named Promise, with Symbol.toStringTag 'Promise'.
	Host func(obj *goja.Object) (Host, bool)
	// FunctionSource returns the source text the user wrote for fn when the runtime compiled it
	// into something else (loopviz turns async functions into ordinary ones). It decides whether fn
	// prints as [AsyncFunction: f], [GeneratorFunction: g], [class A] and so on. Without it, or when
	// it returns false, the runtime's pristine Function.prototype.toString is used.
	FunctionSource func(fn *goja.Object) (string, bool)
}

// Host describes how a host object prints: like a built-in whose inner entries the runtime
// supplies. It prints as "<Constructor> { <entries>, <own properties> }", with the constructor
// name, Symbol.toStringTag, depth cut-off ([Promise]), circular markers and line breaking all
// following node's rules for built-ins.
type Host struct {
	// Type is the built-in type name ("Promise"): shown when the object's prototype chain has no
	// constructor name, as in "[Promise: null prototype] {}".
	Type string
	// Entries renders the entries shown before the object's own properties, e.g. "<pending>".
	// Use the Renderer for nested values so they get node's depth and indentation.
	Entries func(r *Renderer) []string
	// HideProperties leaves the object's own properties out (the runtime stores private state in
	// them, for instance).
	HideProperties bool
}

// PromiseState is the state of a promise, for PromiseHost.
type PromiseState int

// Promise states.
const (
	Pending PromiseState = iota
	Fulfilled
	Rejected
)

// PromiseHost renders a promise the way node does: Promise { <pending> }, Promise { 1 },
// Promise { <rejected> Error: x ... }.
func PromiseHost(state PromiseState, result goja.Value) Host {
	return Host{Type: "Promise", Entries: func(r *Renderer) []string {
		switch state {
		case Pending:
			return []string{"<pending>"}
		case Rejected:
			return []string{"<rejected> " + r.Value(result)}
		default:
			return []string{r.Value(result)}
		}
	}}
}

// Renderer renders the values nested inside a host object, one level deeper than the object
// and indented the way node indents the entries of a built-in.
type Renderer struct {
	s       *state
	recurse int
}

// Value renders v as an entry of the host object (what node does for a promise's result).
func (r *Renderer) Value(v goja.Value) string {
	r.s.indent += 2
	str := r.s.formatValue(v, r.recurse, false)
	r.s.indent -= 2
	return str
}

// Property renders "key: value" the way an own enumerable property prints; key is a string or a
// *goja.Symbol.
func (r *Renderer) Property(key, v goja.Value) string {
	return r.s.formatEntry(propEntry{key: key, enumerable: true, data: true, value: v}, r.recurse, false)
}

// Inspector renders values of one goja.Runtime. It is not safe for concurrent use (neither is
// the runtime).
type Inspector struct {
	rt    *goja.Runtime
	hooks Hooks
	js    intrinsics

	customSym  *goja.Symbol // Symbol.for('nodejs.util.inspect.custom')
	inspectFn  *goja.Object // util.inspect as a JavaScript function
	scratch    []goja.Value // values handed over by the JavaScript helpers (used as a stack)
	circular   string       // the message of JSON.stringify's circular-structure TypeError
	builtinsJS *goja.Object // builtins as a JavaScript object, for the helpers
	stylize    goja.Value
}

// str makes a JavaScript string.
func (in *Inspector) str(s string) goja.Value { return in.rt.ToValue(s) }

// bool makes a JavaScript boolean.
func (in *Inspector) bool(b bool) goja.Value { return in.rt.ToValue(b) }

// builtinsObject is node's set of built-in constructor names as {Name: true}.
func (in *Inspector) builtinsObject() *goja.Object {
	if in.builtinsJS == nil {
		o := in.rt.CreateObject(nil)
		for _, name := range builtinList {
			_ = o.Set(name, true)
		}
		in.builtinsJS = o
	}
	return in.builtinsJS
}

// New returns an Inspector for rt. Call it before user code runs.
func New(rt *goja.Runtime, hooks Hooks) *Inspector {
	in := &Inspector{rt: rt, hooks: hooks}
	in.js = captureIntrinsics(rt, in.sink)
	in.customSym = goja.NewSymbol("nodejs.util.inspect.custom")
	if s, ok := in.js.customSymbol.(*goja.Symbol); ok {
		in.customSym = s
	}
	in.inspectFn = in.newInspectFunction()
	in.circular = in.circularMessage()
	return in
}

// Runtime returns the runtime the Inspector renders values of.
func (in *Inspector) Runtime() *goja.Runtime { return in.rt }

// Inspect renders v like util.inspect(v, opts).
func (in *Inspector) Inspect(v goja.Value, opts Options) string {
	s := newState(in, opts)
	return s.formatValue(v, 0, false)
}

// InspectFunction returns util.inspect as a JavaScript function: inspect(value[, options]) with
// node's options object (or the legacy (value, showHidden, depth) form), carrying
// inspect.custom. It is also what [util.inspect.custom] methods receive as their third argument.
func (in *Inspector) InspectFunction() *goja.Object { return in.inspectFn }

// CustomSymbol is Symbol.for('nodejs.util.inspect.custom'), util.inspect.custom.
func (in *Inspector) CustomSymbol() *goja.Symbol { return in.customSym }

// ParseOptions applies a JavaScript options object (as given to util.inspect) over base.
// Unknown keys and colors are ignored; undefined means "keep base".
func (in *Inspector) ParseOptions(v goja.Value, base Options) Options {
	o := base
	obj, ok := v.(*goja.Object)
	if !ok {
		return o
	}
	num := func(name string, dst *int, nullIsInf bool) {
		x := obj.Get(name)
		if x == nil || goja.IsUndefined(x) {
			return
		}
		if goja.IsNull(x) {
			if nullIsInf {
				*dst = Infinity
			}
			return
		}
		f := x.ToFloat()
		switch {
		case math.IsNaN(f):
			*dst = 0
		case f >= float64(Infinity)/2:
			*dst = Infinity
		case f <= -float64(Infinity)/2:
			*dst = -Infinity
		default:
			*dst = int(math.Floor(f))
		}
	}
	flag := func(name string, dst *bool) {
		x := obj.Get(name)
		if x != nil && !goja.IsUndefined(x) {
			*dst = x.ToBoolean()
		}
	}
	num("depth", &o.Depth, true)
	num("breakLength", &o.BreakLength, false)
	num("maxArrayLength", &o.MaxArrayLength, true)
	num("maxStringLength", &o.MaxStringLength, true)
	if o.MaxArrayLength < 0 {
		o.MaxArrayLength = 0
	}
	if o.MaxStringLength < 0 {
		o.MaxStringLength = 0
	}
	flag("showHidden", &o.ShowHidden)
	flag("showProxy", &o.ShowProxy)
	flag("customInspect", &o.CustomInspect)
	if x := obj.Get("sorted"); x != nil && !goja.IsUndefined(x) {
		_, isFn := goja.AssertFunction(x)
		o.Sorted = isFn || x.ToBoolean()
	}
	if x := obj.Get("compact"); x != nil && !goja.IsUndefined(x) {
		switch {
		case x.ExportType() != nil && x.ExportType().Kind() == reflect.Bool:
			if x.ToBoolean() {
				o.Compact = CompactTrue
			} else {
				o.Compact = 0
			}
		default:
			num("compact", &o.Compact, false)
			if o.Compact < 0 {
				o.Compact = 0
			}
		}
	}
	if x := obj.Get("getters"); x != nil && !goja.IsUndefined(x) {
		switch {
		case x.String() == "get" && isString(x):
			o.Getters = GettersGet
		case x.String() == "set" && isString(x):
			o.Getters = GettersSet
		case x.ToBoolean():
			o.Getters = GettersAll
		default:
			o.Getters = GettersNone
		}
	}
	return o
}

// newInspectFunction builds the JavaScript util.inspect.
func (in *Inspector) newInspectFunction() *goja.Object {
	fn := in.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		opts := DefaultOptions()
		if len(call.Arguments) > 1 {
			second := call.Argument(1)
			if _, isObj := second.(*goja.Object); isObj {
				opts = in.ParseOptions(second, opts)
			} else {
				// The legacy signature inspect(obj, showHidden, depth, colors).
				if !goja.IsUndefined(second) {
					opts.ShowHidden = second.ToBoolean()
				}
				if len(call.Arguments) > 2 {
					depth := call.Argument(2)
					if goja.IsNull(depth) {
						opts.Depth = Infinity
					} else if !goja.IsUndefined(depth) {
						tmp := in.rt.NewObject()
						_ = tmp.Set("depth", depth)
						opts = in.ParseOptions(tmp, opts)
					}
				}
			}
		}
		return in.rt.ToValue(in.Inspect(call.Argument(0), opts))
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", in.rt.ToValue("inspect"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = fn.Set("custom", in.customSym)
	return fn
}

// builtinList is node's set of built-in constructor names: the properties of node 20's globalThis
// that match /^[A-Z][a-zA-Z0-9]+$/ when its inspector starts (Buffer, URL and URLSearchParams come
// later, so %s prints them with their own toString). %s prints instances whose toString comes from one of these
// with inspect, and showHidden stops listing prototype accessors at them.
var builtinList = []string{
	"Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String", "Symbol", "Date",
	"Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError",
	"SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Uint8Array",
	"Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array",
	"Float64Array", "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map",
	"BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect", "FinalizationRegistry", "WeakRef",
	"DOMException", "AbortController", "AbortSignal", "Event",
	"EventTarget", "TextEncoder", "TextDecoder", "TransformStream", "TransformStreamDefaultController",
	"WritableStream", "WritableStreamDefaultController", "WritableStreamDefaultWriter",
	"ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader",
	"ReadableStreamBYOBRequest", "ReadableByteStreamController", "ReadableStreamDefaultController",
	"ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream", "TextDecoderStream",
	"CompressionStream", "DecompressionStream", "BroadcastChannel", "MessageChannel", "MessagePort",
	"MessageEvent", "Blob", "File", "Performance", "PerformanceEntry", "PerformanceMark",
	"PerformanceMeasure", "PerformanceObserver", "PerformanceObserverEntryList",
	"PerformanceResourceTiming", "FormData", "Headers", "Request", "Response", "SharedArrayBuffer",
	"Atomics", "WebAssembly", "Crypto", "CryptoKey", "SubtleCrypto", "CustomEvent",
}
