package inspect

import (
	"strings"

	"github.com/dop251/goja"
)

// Format renders args like util.formatWithOptions(opts, ...args), which is what console.log
// prints (without the newline). A first argument that is a string may hold placeholders:
//
//	%s  String(x); numbers as util.inspect shows them (-0), bigints as 5n, objects whose toString
//	    is a built-in one with util.inspect at depth 0
//	%d  Number(x) (bigints as 5n, symbols as NaN)      %i  parseInt(x)      %f  parseFloat(x)
//	%j  JSON.stringify(x), [Circular] for circular structures
//	%o  util.inspect(x, { showHidden: true, showProxy: true, depth: 4 })
//	%O  util.inspect(x)      %c  consumes a CSS argument, prints nothing      %%  a single %
//
// Arguments left over are appended, separated by spaces: strings as they are, anything else
// through util.inspect.
func (in *Inspector) Format(args []goja.Value, opts Options) string {
	if len(args) == 0 {
		return ""
	}
	var b strings.Builder
	a := 0
	join := ""
	if first := args[0]; isString(first) {
		f := first.String()
		if len(args) == 1 {
			return f
		}
		lastPos := 0
		for i := 0; i < len(f)-1; i++ {
			if f[i] != '%' {
				continue
			}
			i++
			next := f[i]
			if a+1 == len(args) {
				if next == '%' {
					b.WriteString(f[lastPos:i])
					lastPos = i + 1
				}
				continue
			}
			var tmp string
			switch next {
			case 's':
				a++
				tmp = in.formatS(args[a], opts)
			case 'j':
				a++
				tmp = in.formatJSON(args[a])
			case 'd':
				a++
				tmp = in.formatNumeric(args[a], func(v goja.Value) goja.Value { return v.ToNumber() }, true)
			case 'i':
				a++
				tmp = in.formatNumeric(args[a], func(v goja.Value) goja.Value { return in.callValue(in.js.parseInt, v) }, true)
			case 'f':
				a++
				tmp = in.formatNumeric(args[a], func(v goja.Value) goja.Value { return in.callValue(in.js.parseFloat, v) }, false)
			case 'O':
				a++
				tmp = in.Inspect(args[a], opts)
			case 'o':
				a++
				o := opts
				o.ShowHidden, o.ShowProxy, o.Depth = true, true, 4
				tmp = in.Inspect(args[a], o)
			case 'c':
				a++
				tmp = ""
			case '%':
				b.WriteString(f[lastPos:i])
				lastPos = i + 1
				continue
			default:
				continue
			}
			if lastPos != i-1 {
				b.WriteString(f[lastPos : i-1])
			}
			b.WriteString(tmp)
			lastPos = i + 1
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(f) {
				b.WriteString(f[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		b.WriteString(join)
		if v := args[a]; isString(v) {
			b.WriteString(v.String())
		} else {
			b.WriteString(in.Inspect(v, opts))
		}
		join = " "
	}
	return b.String()
}

// formatS is %s.
func (in *Inspector) formatS(v goja.Value, opts Options) string {
	if isBigInt(v) || isNumber(v) {
		return formatNumberLike(v)
	}
	obj, ok := v.(*goja.Object)
	if !ok || classify(obj).kind == kindFunction || !in.hasBuiltInToString(obj) {
		return in.callValue(in.js.toString, v).String()
	}
	o := opts
	o.Depth, o.Compact = 0, 3
	return in.Inspect(v, o)
}

// hasBuiltInToString reports whether obj's toString is a built-in one (then %s inspects it).
// Proxies count as their target; revoked ones as built-in.
func (in *Inspector) hasBuiltInToString(obj *goja.Object) bool {
	for classify(obj).kind == kindProxy {
		t := obj.Export().(goja.Proxy).Target()
		if t == nil {
			return true
		}
		obj = t
	}
	return in.callValue(in.js.hasBuiltInTS, obj, in.builtinsObject()).ToBoolean()
}

// formatNumeric is %d, %i and %f: bigints print as 5n (except for %f), symbols as NaN.
func (in *Inspector) formatNumeric(v goja.Value, conv func(goja.Value) goja.Value, bigintAsIs bool) string {
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	if bigintAsIs && isBigInt(v) {
		return formatNumberLike(v)
	}
	return formatNumberLike(conv(v))
}

// formatJSON is %j: JSON.stringify, with [Circular] for circular structures.
func (in *Inspector) formatJSON(v goja.Value) string {
	res, err := in.js.stringify(goja.Undefined(), v)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok && in.isCircularError(ex) {
			return "[Circular]"
		}
		panic(err)
	}
	if res == nil || goja.IsUndefined(res) {
		return "undefined"
	}
	return res.String()
}

func (in *Inspector) isCircularError(ex *goja.Exception) bool {
	o, ok := ex.Value().(*goja.Object)
	if !ok {
		return false
	}
	if name := o.Get("name"); name == nil || name.String() != "TypeError" {
		return false
	}
	msg := o.Get("message")
	return msg != nil && firstLine(msg.String()) == in.circular
}

// circularMessage finds the message of the engine's circular-structure TypeError.
func (in *Inspector) circularMessage() string {
	a := in.rt.NewObject()
	_ = a.Set("a", a)
	_, err := in.js.stringify(goja.Undefined(), a)
	if ex, ok := err.(*goja.Exception); ok {
		if o, ok := ex.Value().(*goja.Object); ok {
			if m := o.Get("message"); m != nil {
				return firstLine(m.String())
			}
		}
	}
	return "\x00no circular error"
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func isBigInt(v goja.Value) bool {
	if v == nil || isObject(v) {
		return false
	}
	t := v.ExportType()
	return t != nil && t.String() == "*big.Int"
}

func isNumber(v goja.Value) bool {
	if v == nil || isObject(v) {
		return false
	}
	t := v.ExportType()
	return t != nil && (t.String() == "int64" || t.String() == "float64")
}
