package runtime

import (
	"fmt"
	"math"
	"strconv"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// Timers and immediates: Node's Timeout and Immediate objects, backed by the
// model's timer lists and immediate queue. The objects carry the same fields
// Node's do, so console.log(setTimeout(...)) prints what node prints.

type timerSymbols struct {
	refed, hasPrimitive, asyncID, triggerID *goja.Symbol
}

type timerAPI struct {
	r            *runner
	sym          timerSymbols
	timeoutProto *goja.Object
	immProto     *goja.Object
	timersList   *goja.Object // stands in for Node's TimersList in _idlePrev/_idleNext
	byID         map[int64]*timeoutObj
	nextAsyncID  int64
}

type timeoutObj struct {
	obj     *goja.Object
	timer   *sim.Timer
	asyncID int64
}

type immediateObj struct {
	obj *goja.Object
	imm *sim.Immediate
}

func (r *runner) newTimerAPI() *timerAPI {
	rt := r.rt
	t := &timerAPI{r: r, byID: map[int64]*timeoutObj{}, nextAsyncID: 2}
	t.sym = timerSymbols{goja.NewSymbol("refed"), goja.NewSymbol("kHasPrimitive"), goja.NewSymbol("asyncId"), goja.NewSymbol("triggerId")}
	custom := r.insp.CustomSymbol()
	depth0 := func(c goja.FunctionCall) goja.Value {
		// Node's Timeout and Immediate print themselves at depth 0.
		opts := rt.NewObject()
		_ = opts.Set("depth", 0)
		_ = opts.Set("customInspect", false)
		fn, _ := goja.AssertFunction(r.insp.InspectFunction())
		v, err := fn(goja.Undefined(), c.This, opts)
		r.rethrow(err)
		return v
	}
	mkClass := func(name string) *goja.Object {
		ctor := r.fn(name, 0, func(goja.FunctionCall) goja.Value {
			r.throwTypeError("Illegal constructor")
			return nil
		})
		proto := rt.NewObject()
		_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = proto.DefineDataPropertySymbol(custom, r.fn("[nodejs.util.inspect.custom]", 2, depth0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return proto
	}
	t.timeoutProto = mkClass("Timeout")
	t.immProto = mkClass("Immediate")
	listProto := rt.NewObject()
	listCtor := r.fn("TimersList", 0, func(goja.FunctionCall) goja.Value { return nil })
	_ = listProto.DefineDataProperty("constructor", listCtor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	t.timersList = rt.CreateObject(listProto)

	tp := t.timeoutProto
	r.method(tp, "ref", 0, func(c goja.FunctionCall) goja.Value {
		if to := t.timeoutOf(c.This); to != nil {
			to.timer.Ref()
			_ = to.obj.SetSymbol(t.sym.refed, true)
		}
		return c.This
	})
	r.method(tp, "unref", 0, func(c goja.FunctionCall) goja.Value {
		if to := t.timeoutOf(c.This); to != nil {
			to.timer.Unref()
			_ = to.obj.SetSymbol(t.sym.refed, false)
		}
		return c.This
	})
	r.method(tp, "hasRef", 0, func(c goja.FunctionCall) goja.Value {
		if to := t.timeoutOf(c.This); to != nil {
			return rt.ToValue(to.timer.HasRef())
		}
		return rt.ToValue(false)
	})
	r.method(tp, "refresh", 0, func(c goja.FunctionCall) goja.Value {
		if to := t.timeoutOf(c.This); to != nil {
			to.timer.Refresh()
			t.syncTimeout(to)
		}
		return c.This
	})
	r.method(tp, "close", 0, func(c goja.FunctionCall) goja.Value {
		t.clearTimeout(c.This)
		return c.This
	})
	_ = tp.DefineDataPropertySymbol(goja.SymToPrimitive, r.fn("[Symbol.toPrimitive]", 0, func(c goja.FunctionCall) goja.Value {
		to := t.timeoutOf(c.This)
		if to == nil {
			return goja.Undefined()
		}
		if _, ok := t.byID[to.asyncID]; !ok {
			t.byID[to.asyncID] = to
			_ = to.obj.SetSymbol(t.sym.hasPrimitive, true)
		}
		return rt.ToValue(to.asyncID)
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	ip := t.immProto
	r.method(ip, "ref", 0, func(c goja.FunctionCall) goja.Value {
		if im := t.immediateOf(c.This); im != nil {
			im.imm.Ref()
			_ = im.obj.SetSymbol(t.sym.refed, im.imm.HasRef())
		}
		return c.This
	})
	r.method(ip, "unref", 0, func(c goja.FunctionCall) goja.Value {
		if im := t.immediateOf(c.This); im != nil {
			im.imm.Unref()
			_ = im.obj.SetSymbol(t.sym.refed, false)
		}
		return c.This
	})
	r.method(ip, "hasRef", 0, func(c goja.FunctionCall) goja.Value {
		if im := t.immediateOf(c.This); im != nil {
			return rt.ToValue(im.imm.HasRef())
		}
		return rt.ToValue(false)
	})
	return t
}

var timeoutKey = goja.NewSymbol("loopviz.timeout")
var immediateKey = goja.NewSymbol("loopviz.immediate")

func (t *timerAPI) timeoutOf(v goja.Value) *timeoutObj {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	slot := obj.GetSymbol(timeoutKey)
	if slot == nil {
		return nil
	}
	to, _ := slot.Export().(*timeoutObj)
	return to
}

func (t *timerAPI) immediateOf(v goja.Value) *immediateObj {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	slot := obj.GetSymbol(immediateKey)
	if slot == nil {
		return nil
	}
	im, _ := slot.Export().(*immediateObj)
	return im
}

// label is "api(name)" for a callback, cached so that a million calls with
// one callback share one string.
func (r *runner) label(api string, fn goja.Value) string {
	key := [2]string{api, r.callbackLabel(fn)}
	if l, ok := r.labels[key]; ok {
		return l
	}
	l := api + "(" + key[1] + ")"
	r.labels[key] = l
	return l
}

// callbackLabel names a callback for the trace: its function name or "anonymous".
func (r *runner) callbackLabel(fn goja.Value) string {
	if n := r.funcName(fn); n != "" {
		return n
	}
	return "anonymous"
}

func (r *runner) requireCallback(v goja.Value) goja.Callable {
	fn, ok := goja.AssertFunction(v)
	if !ok {
		panic(r.nodeError("TypeError", "ERR_INVALID_ARG_TYPE", "The \"callback\" argument must be of type function. Received "+r.receivedDesc(v)))
	}
	return fn
}

// setTimer is setTimeout and setInterval.
func (t *timerAPI) setTimer(c goja.FunctionCall, repeat bool) goja.Value {
	r := t.r
	rt := r.rt
	cbv := c.Argument(0)
	cb := r.requireCallback(cbv)
	after := c.Argument(1).ToFloat()
	delay, overflow := sim.ClampDelay(after)
	if overflow {
		r.EmitWarning("TimeoutOverflowWarning", sim.OverflowWarning(r.formatNumber(after)))
	}
	var args []goja.Value
	var argsVal goja.Value = goja.Undefined()
	if len(c.Arguments) > 2 {
		args = append([]goja.Value(nil), c.Arguments[2:]...)
		argsVal = rt.NewArray(toAny(args)...)
	}
	obj := rt.CreateObject(t.timeoutProto)
	to := &timeoutObj{obj: obj, asyncID: t.nextAsyncID}
	t.nextAsyncID++
	name := r.callbackLabel(cbv)
	api := "setTimeout"
	kind := sim.EntryTimer
	var repeatVal goja.Value = goja.Null()
	if repeat {
		api, kind, repeatVal = "setInterval", sim.EntryInterval, rt.ToValue(delay)
	}
	id := r.loop.NewEntry(sim.Entry{Kind: kind, Label: fmt.Sprintf("%s(%s, %s)", api, name, r.formatNumber(after)),
		Func: r.funcName(cbv)})
	to.timer = r.loop.SetTimeout(sim.TimerSpec{Entry: id, Delay: delay, Repeat: repeat, Fn: func() error {
		err := r.call(cb, obj, args...)
		t.syncTimeout(to)
		return err
	}})
	_ = obj.Set("_idleTimeout", delay)
	_ = obj.Set("_idlePrev", t.timersList)
	_ = obj.Set("_idleNext", t.timersList)
	_ = obj.Set("_idleStart", to.timer.Start())
	_ = obj.Set("_onTimeout", cbv)
	_ = obj.Set("_timerArgs", argsVal)
	_ = obj.Set("_repeat", repeatVal)
	_ = obj.Set("_destroyed", false)
	_ = obj.SetSymbol(t.sym.refed, true)
	_ = obj.SetSymbol(t.sym.hasPrimitive, false)
	_ = obj.SetSymbol(t.sym.asyncID, to.asyncID)
	_ = obj.SetSymbol(t.sym.triggerID, 1)
	_ = obj.DefineDataPropertySymbol(timeoutKey, rt.ToValue(to), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}

// syncTimeout mirrors the model's timer state into the Timeout's fields.
func (t *timerAPI) syncTimeout(to *timeoutObj) {
	obj := to.obj
	_ = obj.Set("_idleStart", to.timer.Start())
	if to.timer.Active() {
		_ = obj.Set("_destroyed", false)
		_ = obj.Set("_idlePrev", t.timersList)
		_ = obj.Set("_idleNext", t.timersList)
		return
	}
	_ = obj.Set("_destroyed", true)
	_ = obj.Set("_idlePrev", goja.Null())
	_ = obj.Set("_idleNext", goja.Null())
}

// clearTimeout is clearTimeout and clearInterval: a Timeout, or the numeric id
// a Timeout turned into.
func (t *timerAPI) clearTimeout(v goja.Value) {
	to := t.timeoutOf(v)
	if to == nil {
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return
		}
		if _, isObj := v.(*goja.Object); isObj {
			return
		}
		id, err := strconv.ParseInt(v.String(), 10, 64)
		if err != nil {
			return
		}
		to = t.byID[id]
		if to == nil {
			return
		}
	}
	if to.timer.Active() {
		to.timer.Clear()
		_ = to.obj.Set("_idleTimeout", -1)
		_ = to.obj.Set("_onTimeout", goja.Null())
	}
	delete(t.byID, to.asyncID)
	t.syncTimeout(to)
}

// setImmediate queues a callback for the check phase.
func (t *timerAPI) setImmediate(c goja.FunctionCall) goja.Value {
	r := t.r
	rt := r.rt
	cbv := c.Argument(0)
	cb := r.requireCallback(cbv)
	var args []goja.Value
	var argv goja.Value = goja.Undefined()
	if len(c.Arguments) > 1 {
		args = append([]goja.Value(nil), c.Arguments[1:]...)
		argv = rt.NewArray(toAny(args)...)
	}
	obj := rt.CreateObject(t.immProto)
	im := &immediateObj{obj: obj}
	asyncID := t.nextAsyncID
	t.nextAsyncID++
	id := r.loop.NewEntry(sim.Entry{Kind: sim.EntryImmediate, Label: r.label("setImmediate", cbv),
		Func: r.funcName(cbv)})
	im.imm = r.loop.SetImmediate(id, func() error {
		_ = obj.Set("_destroyed", true)
		_ = obj.Set("_onImmediate", goja.Null())
		return r.call(cb, obj, args...)
	})
	_ = obj.Set("_idleNext", goja.Null())
	_ = obj.Set("_idlePrev", goja.Null())
	_ = obj.Set("_onImmediate", cbv)
	_ = obj.Set("_argv", argv)
	_ = obj.Set("_destroyed", false)
	_ = obj.SetSymbol(t.sym.refed, true)
	_ = obj.SetSymbol(t.sym.asyncID, asyncID)
	_ = obj.SetSymbol(t.sym.triggerID, 1)
	_ = obj.DefineDataPropertySymbol(immediateKey, rt.ToValue(im), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}

func (t *timerAPI) clearImmediate(v goja.Value) {
	if im := t.immediateOf(v); im != nil {
		im.imm.Clear()
		_ = im.obj.Set("_destroyed", true)
		_ = im.obj.Set("_onImmediate", goja.Null())
	}
}

// install puts the timer functions on the global object.
func (t *timerAPI) install(global *goja.Object) map[string]*goja.Object {
	r := t.r
	fns := map[string]*goja.Object{
		"setTimeout":     r.fn("setTimeout", 2, func(c goja.FunctionCall) goja.Value { return t.setTimer(c, false) }),
		"setInterval":    r.fn("setInterval", 2, func(c goja.FunctionCall) goja.Value { return t.setTimer(c, true) }),
		"setImmediate":   r.fn("setImmediate", 1, t.setImmediate),
		"clearTimeout":   r.fn("clearTimeout", 1, func(c goja.FunctionCall) goja.Value { t.clearTimeout(c.Argument(0)); return goja.Undefined() }),
		"clearInterval":  r.fn("clearInterval", 1, func(c goja.FunctionCall) goja.Value { t.clearTimeout(c.Argument(0)); return goja.Undefined() }),
		"clearImmediate": r.fn("clearImmediate", 1, func(c goja.FunctionCall) goja.Value { t.clearImmediate(c.Argument(0)); return goja.Undefined() }),
	}
	for _, name := range []string{"setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"} {
		_ = global.DefineDataProperty(name, fns[name], goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	// util.promisify(setTimeout) is timers/promises' setTimeout, through the
	// promisify.custom getter Node puts on the two functions.
	forFn, _ := goja.AssertFunction(r.rt.Get("Symbol").ToObject(r.rt).Get("for"))
	customV, _ := forFn(goja.Undefined(), r.rt.ToValue("nodejs.util.promisify.custom"))
	if custom, ok := customV.(*goja.Symbol); ok {
		for _, name := range []string{"setTimeout", "setImmediate"} {
			name := name
			getter := r.fn("get", 0, func(goja.FunctionCall) goja.Value {
				return r.builtin("timers/promises").ToObject(r.rt).Get(name)
			})
			_ = fns[name].DefineAccessorPropertySymbol(custom, getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	return fns
}

// formatNumber prints a number the way JavaScript's String(n) does.
func (r *runner) formatNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == math.Trunc(f) && math.Abs(f) < 1e21:
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return r.rt.ToValue(f).String()
}
