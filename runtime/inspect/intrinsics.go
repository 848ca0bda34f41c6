package inspect

import (
	"github.com/dop251/goja"
)

// intrinsics are the built-ins and small JavaScript helpers the Inspector calls. They are
// captured once, before user code runs, so that a program patching Object.keys or
// Map.prototype.entries does not change what console.log prints (node's inspector uses its own
// pristine copies too).
type intrinsics struct {
	describe     goja.Callable // (obj, all, mode) -> constructor, tag and own properties, see describe
	elems        goja.Callable // (array, max) -> sink(kind, count|value)...
	ctorName     goja.Callable // (obj) -> name | null | firstProto
	collection   goja.Callable // (obj, isMap, max) -> sink(value[, value])...
	protoProps   goja.Callable // (obj) -> sink(holder, key, flags, value)...
	hasBuiltInTS goja.Callable // (obj, builtins) -> bool: %s prints it with inspect
	primitive    goja.Callable // (boxed, kind) -> the primitive value
	dateInfo     goja.Callable // (date) -> [time, iso or toString]
	regexpString goja.Callable // (re) -> RegExp.prototype.toString
	funcToString goja.Callable // (fn) -> Function.prototype.toString
	typedInfo    goja.Callable // (ta) -> [name, length]
	mapSize      goja.Callable // (map or set, isMap) -> size
	errorString  goja.Callable // (err) -> Error.prototype.toString
	stringify    goja.Callable // JSON.stringify
	parseInt     goja.Callable
	parseFloat   goja.Callable
	toString     goja.Callable // String(x)
	hasOwn       goja.Callable // (obj, key) -> bool
	objectKeys   goja.Callable // Object.keys
	prop         goja.Callable // (obj, key) -> sink(key, flags, value): own descriptor or inherited value
	ownTag       goja.Callable // (obj, all) -> Symbol.toStringTag is an own (enumerable) property
	has          goja.Callable // (obj, key) -> key in obj
	isArray      goja.Callable // Array.isArray
	customSymbol goja.Value
	objectProto  *goja.Object // Object.prototype
	arrayProto   *goja.Object // Array.prototype
	hasInstance  goja.Value   // Function.prototype[Symbol.hasInstance]
}

const intrinsicsSource = `(function (sink) {
'use strict';
const gOPD = Object.getOwnPropertyDescriptor;
const ownKeys = Reflect.ownKeys;
const getProto = Object.getPrototypeOf;
const objectKeys = Object.keys;
const hasOwnFn = Object.prototype.hasOwnProperty;
const call = Function.prototype.call;
const bindCall = (fn) => call.bind(fn);
const hasOwn = bindCall(hasOwnFn);
const fnToString = bindCall(Function.prototype.toString);
const errToString = bindCall(Error.prototype.toString);
const dateGetTime = bindCall(Date.prototype.getTime);
const dateISO = bindCall(Date.prototype.toISOString);
const dateString = bindCall(Date.prototype.toString);
const reToString = bindCall(RegExp.prototype.toString);
const numValueOf = bindCall(Number.prototype.valueOf);
const strValueOf = bindCall(String.prototype.valueOf);
const boolValueOf = bindCall(Boolean.prototype.valueOf);
const bigValueOf = bindCall(BigInt.prototype.valueOf);
const symValueOf = bindCall(Symbol.prototype.valueOf);
const TypedArrayProto = getProto(Uint8Array.prototype);
const taTag = bindCall(gOPD(TypedArrayProto, Symbol.toStringTag).get);
const taLength = bindCall(gOPD(TypedArrayProto, 'length').get);
const mapSize = bindCall(gOPD(Map.prototype, 'size').get);
const setSize = bindCall(gOPD(Set.prototype, 'size').get);
const mapEntries = bindCall(Map.prototype.entries);
const setValues = bindCall(Set.prototype.values);
const mapIterNext = bindCall(getProto(new Map().entries()).next);
const setIterNext = bindCall(getProto(new Set().values()).next);
const isIndex = (k) => {
	if (typeof k !== 'string') return false;
	const n = +k;
	return (n >>> 0) === n && n !== 4294967295 && '' + n === k;
};
// flags: 1 enumerable, 2 data property (value follows), 4 getter, 8 setter.
const emit = (o, k, d) => {
	if ('value' in d) sink(k, 2 | (d.enumerable ? 1 : 0), d.value);
	else sink(k, (d.enumerable ? 1 : 0) | (d.get !== undefined ? 4 : 0) | (d.set !== undefined ? 8 : 0), d.get);
};
// describe reports, in one call, what formatRaw needs of an object, in node's order:
//   sink(0, name) | sink(1) for a null prototype | sink(2, firstProto) when no constructor is named;
//   sink(tag) (undefined unless a string that is not an own (enumerable) property);
//   then sink(key, flags, value) for the own properties to show. mode: 0 none, 1 all keys,
//   2 an array's keys after its indices, 3 a typed array's, 4 a String object's.
function describe(o, all, mode) {
	let proto = o;
	let firstProto;
	let found = false;
	while (proto !== null && proto !== undefined) {
		if (hasOwn(proto, 'constructor')) {
			const d = gOPD(proto, 'constructor');
			if (d !== undefined && typeof d.value === 'function' && d.value.name !== '' && isInstanceof(o, d.value)) {
				sink(0, String(d.value.name));
				found = true;
				break;
			}
		}
		proto = getProto(proto);
		if (firstProto === undefined) firstProto = proto;
	}
	if (!found) {
		if (firstProto === null) sink(1);
		else sink(2, firstProto);
	}
	let tag = o[Symbol.toStringTag];
	if (typeof tag !== 'string' || (tag !== '' && ownTag(o, all))) tag = undefined;
	sink(tag);
	if (mode === 0) return;
	const keys = ownKeys(o);
	let i = 0;
	if (mode === 2) {
		i = keys.length;
		while (i > 0 && keys[i - 1] !== 'length') i--;
		if (all && i > 0) i--;
	} else if (mode === 3) {
		i = taLength(o);
	} else if (mode === 4) {
		i = strValueOf(o).length;
	}
	for (; i < keys.length; i++) {
		const k = keys[i];
		const d = gOPD(o, k);
		if (d === undefined || (!all && !d.enumerable)) continue;
		emit(o, k, d);
	}
}
// elems walks an array's elements like node: holes become (kind 1, count), "... more" (kind 2).
function elems(a, max) {
	const len = a.length;
	let i = 0;
	let out = 0;
	for (; i < len && out < max; i++) {
		if (!hasOwn(a, i)) break;
		const d = gOPD(a, i);
		emit(a, 0, d);
		out++;
	}
	if (i < len && out < max) {
		const keys = objectKeys(a);
		let index = i;
		for (let j = i; j < keys.length && out < max; j++) {
			const key = keys[j];
			const tmp = +key;
			if (tmp > 4294967294) break;
			if ('' + index !== key) {
				if (!isIndex(key)) break;
				sink(16, tmp - index);
				out++;
				index = tmp;
				if (out === max) break;
			}
			emit(a, 0, gOPD(a, key));
			out++;
			index++;
		}
		const remaining = len - index;
		if (out !== max) {
			if (remaining > 0) sink(16, remaining);
		} else if (remaining > 0) {
			sink(32, remaining);
		}
		return;
	}
	if (len - i > 0) sink(32, len - i);
}
function prop(o, k) {
	const d = gOPD(o, k);
	if (d === undefined) sink(k, 3, o[k]);
	else emit(o, k, d);
}
function ownTag(o, all) {
	const d = gOPD(o, Symbol.toStringTag);
	return d !== undefined && (all || d.enumerable === true);
}
function isInstanceof(o, C) { try { return o instanceof C; } catch (e) { return false; } }
function ctorName(obj) {
	const tmp = obj;
	let firstProto;
	let o = obj;
	while (o !== null && o !== undefined) {
		const d = gOPD(o, 'constructor');
		if (d !== undefined && typeof d.value === 'function' && d.value.name !== '' && isInstanceof(tmp, d.value)) {
			return [String(d.value.name), o];
		}
		o = getProto(o);
		if (firstProto === undefined) firstProto = o;
	}
	return firstProto;
}
function collection(o, isMap, max) {
	let n = 0;
	if (isMap) {
		const it = mapEntries(o);
		for (let r = mapIterNext(it); !r.done && n < max; r = mapIterNext(it), n++) sink(r.value[0], r.value[1]);
	} else {
		const it = setValues(o);
		for (let r = setIterNext(it); !r.done && n < max; r = setIterNext(it), n++) sink(r.value);
	}
}
// protoProps lists the accessors node's showHidden shows from user-defined prototypes.
function protoProps(main, builtins) {
	let obj = main;
	const seen = [];
	for (let depth = 0; depth < 3; depth++) {
		obj = getProto(obj);
		if (obj === null) return;
		const d = gOPD(obj, 'constructor');
		if (d !== undefined && typeof d.value === 'function' && builtins[d.value.name] === true) return;
		const keys = ownKeys(obj);
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i];
			if (k === 'constructor' || hasOwn(main, k) || seen.indexOf(k) !== -1) continue;
			const pd = gOPD(obj, k);
			if (typeof pd.value === 'function') continue;
			emit(obj, k, pd);
		}
		for (let i = 0; i < keys.length; i++) seen.push(keys[i]);
	}
}
function hasBuiltInToString(value, builtins) {
	if (typeof value.toString !== 'function') return true;
	if (hasOwn(value, 'toString')) return false;
	let pointer = value;
	do { pointer = getProto(pointer); } while (pointer !== null && !hasOwn(pointer, 'toString'));
	if (pointer === null) return true;
	const d = gOPD(pointer, 'constructor');
	return d !== undefined && typeof d.value === 'function' && builtins[d.value.name] === true;
}
function primitive(o, kind) {
	switch (kind) {
	case 'Number': return numValueOf(o);
	case 'String': return strValueOf(o);
	case 'Boolean': return boolValueOf(o);
	case 'BigInt': return bigValueOf(o);
	default: return symValueOf(o);
	}
}
function dateInfo(d) {
	const t = dateGetTime(d);
	return [t, t !== t ? dateString(d) : dateISO(d)];
}
return {
	describe, elems, ctorName, collection, protoProps, hasBuiltInToString, primitive, dateInfo,
	regexpString: reToString,
	funcToString: fnToString,
	typedInfo: (ta) => [taTag(ta), taLength(ta)],
	mapSize: (o, isMap) => (isMap ? mapSize(o) : setSize(o)),
	errorString: errToString,
	stringify: JSON.stringify,
	parseInt, parseFloat,
	toString: String,
	hasOwn,
	objectKeys,
	prop, ownTag,
	has: (o, k) => k in o,
	isArray: Array.isArray,
	customSymbol: Symbol.for('nodejs.util.inspect.custom'),
	objectProto: Object.prototype,
	arrayProto: Array.prototype,
	hasInstance: Function.prototype[Symbol.hasInstance],
};
})`

// intrinsicsProgram is intrinsicsSource compiled once: programs are immutable
// and shared by every runtime, and compiling costs more than a whole puzzle run.
var intrinsicsProgram = goja.MustCompile("loopviz:inspect", intrinsicsSource, false)

// captureIntrinsics evaluates intrinsicsSource in rt. sink receives the helpers' results.
func captureIntrinsics(rt *goja.Runtime, sink func(goja.FunctionCall) goja.Value) intrinsics {
	factory, err := rt.RunProgram(intrinsicsProgram)
	if err != nil {
		panic("inspect: intrinsics: " + err.Error())
	}
	mk, _ := goja.AssertFunction(factory)
	res, err := mk(goja.Undefined(), rt.ToValue(sink))
	if err != nil {
		panic("inspect: intrinsics: " + err.Error())
	}
	o := res.(*goja.Object)
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic("inspect: intrinsics: no " + name)
		}
		return f
	}
	return intrinsics{
		describe:     fn("describe"),
		elems:        fn("elems"),
		ctorName:     fn("ctorName"),
		collection:   fn("collection"),
		protoProps:   fn("protoProps"),
		hasBuiltInTS: fn("hasBuiltInToString"),
		primitive:    fn("primitive"),
		dateInfo:     fn("dateInfo"),
		regexpString: fn("regexpString"),
		funcToString: fn("funcToString"),
		typedInfo:    fn("typedInfo"),
		mapSize:      fn("mapSize"),
		errorString:  fn("errorString"),
		stringify:    fn("stringify"),
		parseInt:     fn("parseInt"),
		parseFloat:   fn("parseFloat"),
		toString:     fn("toString"),
		hasOwn:       fn("hasOwn"),
		objectKeys:   fn("objectKeys"),
		prop:         fn("prop"),
		ownTag:       fn("ownTag"),
		has:          fn("has"),
		isArray:      fn("isArray"),
		customSymbol: o.Get("customSymbol"),
		objectProto:  o.Get("objectProto").(*goja.Object),
		arrayProto:   o.Get("arrayProto").(*goja.Object),
		hasInstance:  o.Get("hasInstance"),
	}
}

// sink is the Go function the JavaScript helpers hand their results to. Calls nest like a stack:
// a helper's caller notes len(scratch) before the call and takes what was appended after it.
func (in *Inspector) sink(call goja.FunctionCall) goja.Value {
	in.scratch = append(in.scratch, call.Arguments...)
	if len(call.Arguments) < 3 {
		// Keep records of a fixed width of three values.
		for i := len(call.Arguments); i < 3; i++ {
			in.scratch = append(in.scratch, goja.Undefined())
		}
	}
	return goja.Undefined()
}

// call runs a helper and returns what it sank, in records of three values, plus its result.
func (in *Inspector) call(fn goja.Callable, args ...goja.Value) ([]goja.Value, goja.Value) {
	start := len(in.scratch)
	res, err := fn(goja.Undefined(), args...)
	out := append([]goja.Value(nil), in.scratch[start:]...)
	in.scratch = in.scratch[:start]
	if err != nil {
		panic(err)
	}
	return out, res
}

// callValue runs a helper that returns a value.
func (in *Inspector) callValue(fn goja.Callable, args ...goja.Value) goja.Value {
	res, err := fn(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return res
}
