package runtime

import (
	"strconv"

	"github.com/dop251/goja"
)

// The structured clone's fast path, in Go: a message made only of plain
// objects, dense arrays and primitives (the usual case: { id, result },
// [x, y]) is copied from the sender's runtime into a tree of Go values and
// rebuilt in the receiver's, without going through text. Anything else
// (Map, Set, Date, typed arrays, errors, ports, shared references, cycles,
// class instances, functions) takes the full path in lib/worker_threads.js.

// cloneObj and cloneArr are a plain object and an array in transit.
type cloneObj struct {
	keys []string
	vals []any
}

type cloneArr struct{ vals []any }

// maxFastCloneDepth bounds the fast path; deeper values take the full one.
const maxFastCloneDepth = 32

// fastClone copies v into Go values, or reports false when v needs the
// full structured clone.
func (r *runner) fastClone(v goja.Value) (any, bool) {
	seen := map[*goja.Object]bool{}
	return r.fastCloneValue(v, seen, 0)
}

func (r *runner) fastCloneValue(v goja.Value, seen map[*goja.Object]bool, depth int) (any, bool) {
	if v == nil || goja.IsUndefined(v) {
		return undefinedPayload{}, true
	}
	if goja.IsNull(v) {
		return nil, true
	}
	obj, isObj := v.(*goja.Object)
	if !isObj {
		switch x := v.Export().(type) {
		case int64, float64, string, bool:
			return x, true
		}
		return nil, false // bigint, symbol
	}
	if depth >= maxFastCloneDepth || seen[obj] {
		return nil, false // deep, shared or cyclic: the full path keeps identity
	}
	seen[obj] = true
	switch obj.ClassName() {
	case "Array":
		n := int(obj.Get("length").ToInteger())
		keys := obj.Keys()
		if len(keys) != n {
			return nil, false // holes or extra properties
		}
		vals := make([]any, n)
		for i := range n {
			c, ok := r.fastCloneValue(obj.Get(strconv.Itoa(i)), seen, depth+1)
			if !ok {
				return nil, false
			}
			vals[i] = c
		}
		return &cloneArr{vals}, true
	case "Object":
		if p := obj.Prototype(); p != nil && p != r.objectProto() {
			return nil, false // a class instance: the full path drops its prototype as node does
		}
		if len(obj.Symbols()) > 0 {
			return nil, false
		}
		keys := obj.Keys()
		c := &cloneObj{keys: keys, vals: make([]any, len(keys))}
		for i, k := range keys {
			val, ok := r.fastCloneValue(obj.Get(k), seen, depth+1)
			if !ok {
				return nil, false
			}
			c.vals[i] = val
		}
		return c, true
	}
	return nil, false
}

// objectProto is Object.prototype of this runtime.
func (r *runner) objectProto() *goja.Object {
	if r.lane != nil && r.lane.objProto != nil {
		return r.lane.objProto
	}
	p := r.rt.Get("Object").ToObject(r.rt).Get("prototype").ToObject(r.rt)
	if r.lane != nil {
		r.lane.objProto = p
	}
	return p
}

// importClone builds a cloned tree in this runtime.
func (r *runner) importClone(v any) goja.Value {
	switch x := v.(type) {
	case *cloneObj:
		o := r.rt.NewObject()
		for i, k := range x.keys {
			_ = o.Set(k, r.importClone(x.vals[i]))
		}
		return o
	case *cloneArr:
		vals := make([]any, len(x.vals))
		for i, e := range x.vals {
			vals[i] = r.importClone(e)
		}
		return r.rt.NewArray(vals...)
	}
	return r.importPayload(v)
}
