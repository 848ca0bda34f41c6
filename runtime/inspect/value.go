package inspect

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// state is one rendering: node's inspect context.
type state struct {
	in           *Inspector
	opts         Options
	indent       int            // node's indentationLvl: columns the current entry is indented by
	seen         []*goja.Object // the objects being rendered, outermost first
	circular     map[*goja.Object]int
	currentDepth int // depth of the object most recently entered (node's compact rule reads it)
}

func newState(in *Inspector, opts Options) *state {
	return &state{in: in, opts: opts}
}

// entry types, node's kObjectType and kArrayExtrasType: how entries are laid out.
const (
	objectEntries = iota
	arrayEntries
)

// propEntry is one own property (or array element) with its descriptor.
type propEntry struct {
	key        goja.Value // string or *goja.Symbol; nil for array elements
	enumerable bool
	data       bool
	value      goja.Value // the data value, or the getter
	hasGet     bool
	hasSet     bool
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// isNullish reports undefined, null or a Go nil.
func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// formatValue is node's formatValue: proxies, [util.inspect.custom], circular references, then
// formatRaw.
func (s *state) formatValue(v goja.Value, recurse int, typedArray bool) string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return s.formatPrimitive(v)
	}
	context := obj
	info := classify(obj)
	if info.kind == kindProxy {
		// Node shows the target, bypassing the handler's traps.
		p := obj.Export().(goja.Proxy)
		if p.Target() == nil {
			return "<Revoked Proxy>"
		}
		if s.opts.ShowProxy {
			return s.formatProxy(p, recurse)
		}
		for info.kind == kindProxy {
			t := p.Target()
			if t == nil {
				return "<Revoked Proxy>"
			}
			obj = t
			info = classify(obj)
			if info.kind == kindProxy {
				p = obj.Export().(goja.Proxy)
			}
		}
	}
	if s.opts.CustomInspect {
		if str, done := s.customInspect(obj, context, recurse); done {
			return str
		}
	}
	for _, o := range s.seen {
		if o == obj {
			if s.circular == nil {
				s.circular = map[*goja.Object]int{}
			}
			idx, ok := s.circular[obj]
			if !ok {
				idx = len(s.circular) + 1
				s.circular[obj] = idx
			}
			return "[Circular *" + strconv.Itoa(idx) + "]"
		}
	}
	return s.formatRaw(obj, info, recurse, typedArray)
}

// customInspect calls obj[util.inspect.custom](depth, options, inspect) when node would.
func (s *state) customInspect(obj, context *goja.Object, recurse int) (string, bool) {
	maybe := obj.GetSymbol(s.in.customSym)
	fn, ok := goja.AssertFunction(maybe)
	if !ok || maybe.SameAs(s.in.inspectFn) {
		return "", false
	}
	// Node skips the method on the prototype object that defines it (Foo.prototype itself).
	if ctor, ok := obj.Get("constructor").(*goja.Object); ok {
		if proto := ctor.Get("prototype"); proto != nil && proto.SameAs(obj) {
			return "", false
		}
	}
	rt := s.in.rt
	var depth goja.Value
	if s.opts.Depth == Infinity {
		depth = rt.ToValue(math.Inf(1))
	} else {
		depth = rt.ToValue(s.opts.Depth - recurse)
	}
	ret, err := fn(context, depth, s.userOptions(), s.in.inspectFn)
	if err != nil {
		panic(err)
	}
	if ret != nil && ret.SameAs(context) {
		return "", false
	}
	if isString(ret) {
		return strings.ReplaceAll(ret.String(), "\n", "\n"+spaces(s.indent)), true
	}
	return s.formatValue(ret, recurse, false), true
}

// userOptions is the options object node hands to [util.inspect.custom] methods.
func (s *state) userOptions() *goja.Object {
	rt := s.in.rt
	o := rt.NewObject()
	num := func(n int) goja.Value {
		if n == Infinity {
			return rt.ToValue(math.Inf(1))
		}
		return rt.ToValue(n)
	}
	_ = o.Set("stylize", s.in.stylizeFn())
	_ = o.Set("showHidden", s.opts.ShowHidden)
	_ = o.Set("depth", num(s.opts.Depth))
	_ = o.Set("colors", false)
	_ = o.Set("customInspect", s.opts.CustomInspect)
	_ = o.Set("showProxy", s.opts.ShowProxy)
	_ = o.Set("maxArrayLength", num(s.opts.MaxArrayLength))
	_ = o.Set("maxStringLength", num(s.opts.MaxStringLength))
	_ = o.Set("breakLength", num(s.opts.BreakLength))
	switch s.opts.Compact {
	case CompactTrue:
		_ = o.Set("compact", true)
	case 0:
		_ = o.Set("compact", false)
	default:
		_ = o.Set("compact", s.opts.Compact)
	}
	_ = o.Set("sorted", s.opts.Sorted)
	switch s.opts.Getters {
	case GettersAll:
		_ = o.Set("getters", true)
	case GettersGet:
		_ = o.Set("getters", "get")
	case GettersSet:
		_ = o.Set("getters", "set")
	default:
		_ = o.Set("getters", false)
	}
	_ = o.Set("numericSeparator", false)
	return o
}

// stylizeFn is the identity stylize function node passes when colors are off.
func (in *Inspector) stylizeFn() goja.Value {
	if in.stylize == nil {
		in.stylize = in.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			return call.Argument(0)
		})
	}
	return in.stylize
}

// formatProxy renders Proxy [ target, handler ] (showProxy).
func (s *state) formatProxy(p goja.Proxy, recurse int) string {
	if recurse > s.opts.Depth {
		return "Proxy [Array]"
	}
	recurse++
	s.indent += 2
	var target, handler goja.Value = goja.Null(), goja.Null()
	if t := p.Target(); t != nil {
		target = t
	}
	if h := p.Handler(); h != nil {
		handler = h
	}
	out := []string{s.formatValue(target, recurse, false), s.formatValue(handler, recurse, false)}
	s.indent -= 2
	return s.reduceToSingleString(out, "", [2]string{"Proxy [", "]"}, arrayEntries, recurse, nil)
}

// formatPrimitive renders a primitive: strings quoted (and split at newlines when long).
func (s *state) formatPrimitive(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	switch x := v.(type) {
	case *goja.Symbol:
		return symbolString(x)
	case goja.String:
		return s.formatString(units(v))
	}
	return formatNumberLike(v)
}

// formatNumberLike renders numbers (-0 included), bigints and booleans.
func formatNumberLike(v goja.Value) string {
	switch t := v.ExportType(); {
	case t == nil:
		return v.String()
	case t.Kind() == reflect.Float64:
		f := v.ToFloat()
		if f == 0 && math.Signbit(f) {
			return "-0"
		}
		return v.String()
	case t == reflect.TypeOf((*big.Int)(nil)):
		return v.String() + "n"
	}
	return v.String()
}

// formatString quotes a string value the way node shows it nested in objects.
func (s *state) formatString(u []uint16) string {
	trailer := ""
	if len(u) > s.opts.MaxStringLength {
		remaining := len(u) - s.opts.MaxStringLength
		u = u[:s.opts.MaxStringLength]
		trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
	}
	if s.opts.Compact != CompactTrue && len(u) > 16 && len(u) > s.opts.BreakLength-s.indent-4 {
		// Long strings are split into one quoted piece per line, joined with " +".
		var pieces []string
		start := 0
		for i, c := range u {
			if c == '\n' {
				pieces = append(pieces, quoteString(u[start:i+1]))
				start = i + 1
			}
		}
		if start < len(u) {
			pieces = append(pieces, quoteString(u[start:]))
		}
		return strings.Join(pieces, " +\n"+spaces(s.indent+2)) + trailer
	}
	return quoteString(u) + trailer
}

// constructorName is node's getConstructorName: the name of the first constructor on the
// prototype chain that obj is an instance of. isNull means a null prototype.
func (s *state) constructorName(obj *goja.Object, recurse int) (name string, isNull bool) {
	res := s.in.callValue(s.in.js.ctorName, obj)
	if res == nil || goja.IsNull(res) || goja.IsUndefined(res) {
		return "", true
	}
	r := res.(*goja.Object)
	if classify(r).kind == kindArray {
		return r.Get("0").String(), false
	}
	return s.protoChainName(obj, r, recurse), false
}

// protoChainName names an object none of whose prototypes has a named constructor: the engine's
// class name and the first prototype's name, "Object <[Object: null prototype] {}>".
func (s *state) protoChainName(obj, firstProto *goja.Object, recurse int) string {
	internal := obj.ClassName()
	if recurse > s.opts.Depth {
		return internal + " <Complex prototype>"
	}
	protoName, protoNull := s.constructorName(firstProto, recurse+1)
	if protoNull {
		o := s.opts
		o.CustomInspect = false
		o.Depth = -1
		return internal + " <" + newState(s.in, o).formatValue(firstProto, 0, false) + ">"
	}
	return internal + " <" + protoName + ">"
}

// prefix is node's getPrefix: "Foo ", "Foo(2) [Tag] ", "[Map(2): null prototype] ".
func prefix(ctor string, ctorNull bool, tag, fallback, size string) string {
	if ctorNull {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && ctor != tag {
		return ctor + size + " [" + tag + "] "
	}
	return ctor + size + " "
}

// Key listing modes of describe.
const (
	keysNone   = iota
	keysAll    // every own key
	keysArray  // an array's keys after its indices
	keysTyped  // a typed array's keys after its indices
	keysString // a String object's keys after its indices
)

// description is what formatRaw needs to know about an object before rendering it.
type description struct {
	ctor       string // constructor name (node's getConstructorName)
	ctorNull   bool   // null prototype
	firstProto *goja.Object
	tag        string // Symbol.toStringTag when it is to be shown
	keys       []propEntry
}

// describe finds obj's constructor name, its tag and, per mode, its own properties to show
// (enumerable ones, or all with showHidden), in one call into JavaScript.
func (s *state) describe(obj *goja.Object, info implInfo, mode int, recurse int) description {
	if d, ok := s.fastDescribe(obj, info, mode); ok {
		return d
	}
	recs, _ := s.in.call(s.in.js.describe, obj, s.in.bool(s.opts.ShowHidden), s.in.rt.ToValue(mode))
	var d description
	switch recs[0].ToInteger() {
	case 0:
		d.ctor = recs[1].String()
	case 1:
		d.ctorNull = true
	default:
		d.firstProto = recs[1].(*goja.Object)
		d.ctor = s.protoChainName(obj, d.firstProto, recurse)
	}
	if t := recs[3]; t != nil && !goja.IsUndefined(t) {
		d.tag = t.String()
	}
	d.keys = decodeProps(recs[6:])
	return d
}

func decodeProps(recs []goja.Value) []propEntry {
	out := make([]propEntry, 0, len(recs)/3)
	for i := 0; i+2 < len(recs); i += 3 {
		out = append(out, decodeProp(recs[i], recs[i+1], recs[i+2]))
	}
	return out
}

func decodeProp(key, flagsV, value goja.Value) propEntry {
	flags := flagsV.ToInteger()
	return propEntry{
		key:        key,
		enumerable: flags&1 != 0,
		data:       flags&2 != 0,
		hasGet:     flags&4 != 0,
		hasSet:     flags&8 != 0,
		value:      value,
	}
}

// prop is one named property the way node's formatProperty finds it: the own descriptor, or
// else the (inherited) value as if it were an own enumerable data property.
func (s *state) prop(obj *goja.Object, key string) propEntry {
	recs, _ := s.in.call(s.in.js.prop, obj, s.in.str(key))
	if len(recs) < 3 {
		return propEntry{key: s.in.str(key), enumerable: true, data: true, value: goja.Undefined()}
	}
	return decodeProp(recs[0], recs[1], recs[2])
}

// formatRaw is node's formatRaw: the braces, the base and the entries of an object.
func (s *state) formatRaw(obj *goja.Object, info implInfo, recurse int, typedArray bool) string {
	host, isHost := Host{}, false
	if s.in.hooks.Host != nil {
		host, isHost = s.in.hooks.Host(obj)
	}
	isIterator := (info.kind == kindMapIterator || info.kind == kindSetIterator) && s.previewIterator(obj, info)
	mode := keysAll
	switch {
	case isHost:
		if host.HideProperties {
			mode = keysNone
		}
	case info.kind == kindArray:
		mode = keysArray
	case info.kind == kindTypedArray:
		mode = keysTyped
	case info.kind == kindBoxed && boxedType(obj) == "String":
		mode = keysString
	}
	d := s.describe(obj, info, mode, recurse)
	ctor, ctorNull, tag := d.ctor, d.ctorNull, d.tag
	keys := d.keys

	var protoProps []propEntry
	wantProto := s.opts.ShowHidden && recurse <= s.opts.Depth

	var (
		base      string
		braces    = [2]string{"{", "}"}
		extras    = objectEntries
		formatter func(recurse int) []string
	)
	noProps := func() bool { return len(keys) == 0 && len(protoProps) == 0 }

	if wantProto && !isHost {
		protoProps = s.protoProps(obj)
	}

	switch {
	case isHost:
		braces[0] = prefix(ctor, ctorNull, tag, host.Type, "") + "{"
		if host.Entries != nil {
			formatter = func(r int) []string { return host.Entries(&Renderer{s: s, recurse: r}) }
		}
	case info.kind == kindArray:
		length := int(obj.Get("length").ToInteger())
		p := ""
		if ctor != "Array" || ctorNull || tag != "" {
			p = prefix(ctor, ctorNull, tag, "Array", "("+strconv.Itoa(length)+")")
		}
		braces = [2]string{p + "[", "]"}
		if length == 0 && noProps() {
			return braces[0] + "]"
		}
		extras = arrayEntries
		formatter = func(r int) []string { return s.formatArray(obj, r) }
	case info.kind == kindSet || info.kind == kindMap:
		isMap := info.kind == kindMap
		size := int(s.in.callValue(s.in.js.mapSize, obj, s.in.bool(isMap)).ToInteger())
		fallback := "Set"
		if isMap {
			fallback = "Map"
		}
		p := prefix(ctor, ctorNull, tag, fallback, "("+strconv.Itoa(size)+")")
		if size == 0 && noProps() {
			return p + "{}"
		}
		braces = [2]string{p + "{", "}"}
		formatter = func(r int) []string { return s.formatCollection(obj, isMap, size, r) }
	case isIterator:
		items, pairs, _ := iteratorPreview(obj, info.kind == kindMapIterator)
		braces = [2]string{"[" + tag + "] {", "}"}
		formatter = func(r int) []string { return s.formatIterator(items, pairs, &braces, r) }
	case info.kind == kindTypedArray:
		ti := s.in.callValue(s.in.js.typedInfo, obj).(*goja.Object)
		name := ti.Get("0").String()
		length := int(ti.Get("1").ToInteger())
		fallback := ""
		if ctorNull {
			fallback = name
		}
		p := prefix(ctor, ctorNull, tag, fallback, "("+strconv.Itoa(length)+")")
		braces = [2]string{p + "[", "]"}
		if length == 0 && len(keys) == 0 && !s.opts.ShowHidden {
			return braces[0] + "]"
		}
		extras = arrayEntries
		formatter = func(r int) []string { return s.formatTypedArray(obj, length, r) }
	default:
		switch info.kind {
		case kindFunction:
			if s.opts.ShowHidden {
				keys = s.v8FunctionKeys(obj, keys)
			}
			base = s.functionBase(obj, info, ctor, ctorNull, tag)
			if noProps() {
				return base
			}
		case kindRegExp:
			base = s.in.callValue(s.in.js.regexpString, obj).String()
			p := prefix(ctor, ctorNull, tag, "RegExp", "")
			if p != "RegExp " {
				base = p + base
			}
			if noProps() || recurse > s.opts.Depth {
				return base
			}
		case kindDate:
			di := s.in.callValue(s.in.js.dateInfo, obj).(*goja.Object)
			base = di.Get("1").String()
			p := prefix(ctor, ctorNull, tag, "Date", "")
			if p != "Date " {
				base = p + base
			}
			if noProps() {
				return base
			}
		case kindError:
			base, keys = s.formatError(obj, ctor, ctorNull, tag, keys)
			if noProps() {
				return base
			}
		case kindArrayBuffer:
			p := prefix(ctor, ctorNull, tag, "ArrayBuffer", "")
			if !typedArray {
				formatter = func(int) []string { return s.formatArrayBuffer(obj) }
			} else if noProps() {
				bl := s.prop(obj, "byteLength").value
				return p + "{ byteLength: " + formatNumberLike(bl) + " }"
			}
			braces[0] = p + "{"
			keys = append([]propEntry{s.prop(obj, "byteLength")}, keys...)
		case kindDataView:
			braces[0] = prefix(ctor, ctorNull, tag, "DataView", "") + "{"
			keys = append([]propEntry{s.prop(obj, "byteLength"), s.prop(obj, "byteOffset"), s.prop(obj, "buffer")}, keys...)
		case kindPromise:
			braces[0] = prefix(ctor, ctorNull, tag, "Promise", "") + "{"
			p := obj.Export().(*goja.Promise)
			var h Host
			switch p.State() {
			case goja.PromiseStatePending:
				h = PromiseHost(Pending, nil)
			case goja.PromiseStateRejected:
				h = PromiseHost(Rejected, p.Result())
			default:
				h = PromiseHost(Fulfilled, p.Result())
			}
			formatter = func(r int) []string { return h.Entries(&Renderer{s: s, recurse: r}) }
		case kindWeakSet, kindWeakMap:
			fallback := "WeakSet"
			if info.kind == kindWeakMap {
				fallback = "WeakMap"
			}
			braces[0] = prefix(ctor, ctorNull, tag, fallback, "") + "{"
			// goja cannot list a weak collection's entries, so showHidden prints what node
			// prints without it.
			formatter = func(int) []string { return []string{"<items unknown>"} }
		case kindBoxed:
			base = s.boxedBase(obj, ctor, ctorNull, tag, len(keys))
			if noProps() {
				return base
			}
		case kindArguments:
			braces[0] = "[Arguments] {"
			if noProps() {
				return braces[0] + "}"
			}
		default:
			if !ctorNull && ctor == "Object" {
				if tag != "" {
					braces[0] = prefix(ctor, ctorNull, tag, "Object", "") + "{"
				}
				if noProps() {
					return braces[0] + "}"
				}
			} else {
				if noProps() {
					return prefix(ctor, ctorNull, tag, "Object", "") + "{}"
				}
				braces[0] = prefix(ctor, ctorNull, tag, "Object", "") + "{"
			}
		}
	}

	if recurse > s.opts.Depth {
		name := prefix(ctor, ctorNull, tag, "Object", "")
		name = name[:len(name)-1]
		if !ctorNull {
			name = "[" + name + "]"
		}
		return name
	}
	recurse++
	s.seen = append(s.seen, obj)
	s.currentDepth = recurse
	var output []string
	if formatter != nil {
		output = formatter(recurse)
	}
	for _, k := range keys {
		output = append(output, s.formatEntry(k, recurse, false))
	}
	for _, k := range protoProps {
		output = append(output, s.formatEntry(k, recurse, false))
	}
	if idx, ok := s.circular[obj]; ok {
		ref := "<ref *" + strconv.Itoa(idx) + ">"
		if s.opts.Compact != CompactTrue {
			if base == "" {
				base = ref
			} else {
				base = ref + " " + base
			}
		} else {
			braces[0] = ref + " " + braces[0]
		}
	}
	s.seen = s.seen[:len(s.seen)-1]
	if s.opts.Sorted {
		if extras == objectEntries {
			sortJS(output)
		} else if n := len(keys) + len(protoProps); n > 1 {
			sortJS(output[len(output)-n:])
		}
	}
	return s.reduceToSingleString(output, base, braces, extras, recurse, obj)
}

// previewIterator reports whether a Map or Set iterator's remaining entries can be read.
func (s *state) previewIterator(obj *goja.Object, info implInfo) bool {
	_, _, ok := iteratorPreview(obj, info.kind == kindMapIterator)
	return ok
}

// protoProps lists what node's showHidden adds from user-defined prototypes (accessors).
func (s *state) protoProps(obj *goja.Object) []propEntry {
	recs, _ := s.in.call(s.in.js.protoProps, obj, s.in.builtinsObject())
	return decodeProps(recs)
}

// formatEntry is node's formatProperty: "key: value" (or only the value for array elements).
func (s *state) formatEntry(p propEntry, recurse int, element bool) string {
	var str string
	extra := " "
	switch {
	case p.data && !isUndefinedValue(p.value):
		diff := 2
		if s.opts.Compact == CompactTrue && !element {
			diff = 3
		}
		s.indent += diff
		str = s.formatValue(p.value, recurse, false)
		if diff == 3 && s.opts.BreakLength < stringWidth(str) {
			extra = "\n" + spaces(s.indent)
		}
		s.indent -= diff
	case p.hasGet:
		label := "Getter"
		if p.hasSet {
			label = "Getter/Setter"
		}
		if s.opts.Getters == GettersAll || (s.opts.Getters == GettersGet && !p.hasSet) || (s.opts.Getters == GettersSet && p.hasSet) {
			str = s.callGetter(p, label, recurse)
		} else {
			str = "[" + label + "]"
		}
	case p.hasSet:
		str = "[Setter]"
	default:
		str = "undefined"
	}
	if element {
		return str
	}
	return s.keyString(p) + ":" + extra + str
}

func isUndefinedValue(v goja.Value) bool { return v == nil || goja.IsUndefined(v) }

// callGetter runs a getter for the getters option; a throw becomes <Inspection threw (msg)>.
func (s *state) callGetter(p propEntry, label string, recurse int) (str string) {
	getter, _ := goja.AssertFunction(p.value)
	this := s.seen[len(s.seen)-1]
	var v goja.Value
	var err error
	if getter != nil {
		v, err = getter(this)
	}
	if err != nil {
		if _, uncatchable := err.(*goja.InterruptedError); uncatchable {
			panic(err)
		}
		msg := "undefined"
		if ex, ok := err.(*goja.Exception); ok {
			if o, ok := ex.Value().(*goja.Object); ok {
				if m := o.Get("message"); m != nil {
					msg = m.String()
				}
			}
		}
		return "[" + label + ": <Inspection threw (" + msg + ")>]"
	}
	s.indent += 2
	defer func() { s.indent -= 2 }()
	switch {
	case v != nil && goja.IsNull(v):
		return "[" + label + ": null]"
	case isObject(v):
		return "[" + label + "] " + s.formatValue(v, recurse, false)
	}
	return "[" + label + ": " + s.formatPrimitive(v) + "]"
}

func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

// keyString renders a property key: name, 'quoted-name', [Symbol(x)], [hidden].
func (s *state) keyString(p propEntry) string {
	if sym, ok := p.key.(*goja.Symbol); ok {
		return "[" + escapeSymbolKey(symbolString(sym)) + "]"
	}
	key := ""
	if p.key != nil {
		key = p.key.String()
	}
	switch {
	case key == "__proto__":
		return "['__proto__']"
	case !p.enumerable:
		var b strings.Builder
		escapeUnits(&b, units(p.key), '\'')
		return "[" + b.String() + "]"
	case isIdentifierKey(key):
		return key
	}
	return quoteString(units(p.key))
}

// formatArray renders an array's elements: holes as <N empty items>, then "... N more items".
func (s *state) formatArray(obj *goja.Object, recurse int) []string {
	if out, ok := s.fastElements(obj, recurse); ok {
		return out
	}
	recs, _ := s.in.call(s.in.js.elems, obj, s.in.rt.ToValue(s.opts.MaxArrayLength))
	out := make([]string, 0, len(recs)/3)
	for i := 0; i+2 < len(recs); i += 3 {
		switch marker := recs[i].ToInteger(); marker {
		case 16:
			n := int(recs[i+1].ToInteger())
			out = append(out, "<"+strconv.Itoa(n)+" empty item"+plural(n)+">")
		case 32:
			out = append(out, moreItems(int(recs[i+1].ToInteger())))
		default:
			out = append(out, s.formatEntry(decodeProp(nil, recs[i+1], recs[i+2]), recurse, true))
		}
	}
	return out
}

func moreItems(n int) string {
	return "... " + strconv.Itoa(n) + " more item" + plural(n)
}

// formatCollection renders a Set's values or a Map's "key => value" entries.
func (s *state) formatCollection(obj *goja.Object, isMap bool, size, recurse int) []string {
	max := s.opts.MaxArrayLength
	if max > size {
		max = size
	}
	recs, _ := s.in.call(s.in.js.collection, obj, s.in.bool(isMap), s.in.rt.ToValue(max))
	out := make([]string, 0, max+1)
	s.indent += 2
	for i := 0; i+2 < len(recs); i += 3 {
		if isMap {
			k := s.formatValue(recs[i], recurse, false)
			out = append(out, k+" => "+s.formatValue(recs[i+1], recurse, false))
		} else {
			out = append(out, s.formatValue(recs[i], recurse, false))
		}
	}
	if size > max {
		out = append(out, moreItems(size-max))
	}
	s.indent -= 2
	return out
}

// formatTypedArray renders the numbers of a typed array.
func (s *state) formatTypedArray(obj *goja.Object, length, recurse int) []string {
	max := s.opts.MaxArrayLength
	if max > length {
		max = length
	}
	out := make([]string, 0, max+1)
	for i := 0; i < max; i++ {
		out = append(out, formatNumberLike(obj.Get(strconv.Itoa(i))))
	}
	if length > max {
		out = append(out, moreItems(length-max))
	}
	if s.opts.ShowHidden {
		s.indent += 2
		for _, k := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			out = append(out, "["+k+"]: "+s.formatValue(obj.Get(k), recurse, true))
		}
		s.indent -= 2
	}
	return out
}

// formatArrayBuffer renders [Uint8Contents]: <01 02>.
func (s *state) formatArrayBuffer(obj *goja.Object) []string {
	ab, ok := obj.Export().(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return []string{"(detached)"}
	}
	data := ab.Bytes()
	n := len(data)
	if n > s.opts.MaxArrayLength {
		n = s.opts.MaxArrayLength
	}
	const digits = "0123456789abcdef"
	var b strings.Builder
	b.WriteString("[Uint8Contents]: <")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(digits[data[i]>>4])
		b.WriteByte(digits[data[i]&15])
	}
	if remaining := len(data) - s.opts.MaxArrayLength; remaining > 0 {
		b.WriteString(" ... " + strconv.Itoa(remaining) + " more byte" + plural(remaining))
	}
	b.WriteByte('>')
	return []string{b.String()}
}

// boxedBase renders [Number: 3], [String: 'x'], [Number (MyNumber): 3].
func (s *state) boxedBase(obj *goja.Object, ctor string, ctorNull bool, tag string, nkeys int) string {
	typ := boxedType(obj)
	prim := s.in.callValue(s.in.js.primitive, obj, s.in.str(typ))
	base := "[" + typ
	if ctorNull {
		base += " (null prototype)"
	} else if typ != ctor {
		base += " (" + ctor + ")"
	}
	base += ": " + s.formatPrimitive(prim) + "]"
	if tag != "" && tag != ctor {
		base += " [" + tag + "]"
	}
	return base
}

// symbolString is Symbol.prototype.toString: Symbol(description).
func symbolString(s *goja.Symbol) string { return "Symbol(" + s.String() + ")" }
