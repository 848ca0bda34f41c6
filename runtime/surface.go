package runtime

import (
	_ "embed"
	"encoding/json"
	"sort"
	"sync"

	"github.com/dop251/goja"
)

// What node's built-in modules export (lib/surface.json, recorded from node
// by runtime/testdata/surface/record.js). loopviz models the parts of each
// module that matter to the event loop; every other export node has is
// filled in here with a stand-in that says plainly what loopviz does not
// model, so a program that uses fs.watch gets "loopviz does not model
// fs.watch" instead of "fs.watch is not a function". Primitive exports
// (constants such as dns.NOTFOUND) get node's value.

//go:embed lib/surface.json
var surfaceJSON []byte

// surfaceExport is one export: "function", "class", "object", or a primitive
// value.
type surfaceExport struct {
	kind  string
	value any
}

func (e *surfaceExport) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &e.kind); err == nil {
		return nil
	}
	var v struct{ Value any }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	e.kind, e.value = "value", v.Value
	return nil
}

var nodeSurface = sync.OnceValue(func() map[string]map[string]surfaceExport {
	var s struct {
		Modules map[string]map[string]surfaceExport
	}
	if err := json.Unmarshal(surfaceJSON, &s); err != nil {
		panic("loopviz: lib/surface.json: " + err.Error())
	}
	return s.Modules
})

// fillSurface adds stand-ins for what node's module name exports and the
// loaded module v lacks, in name order (map order must not leak).
func (r *runner) fillSurface(name string, v goja.Value) {
	exports, ok := nodeSurface()[name]
	obj, isObj := v.(*goja.Object)
	if !ok || !isObj {
		return
	}
	keys := make([]string, 0, len(exports))
	for k := range exports {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		if hasProperty(obj, key) {
			continue
		}
		e := exports[key]
		what := name + "." + key
		switch e.kind {
		case "value":
			_ = obj.Set(key, r.rt.ToValue(e.value))
		case "object":
			_ = obj.DefineAccessorProperty(key, r.rt.ToValue(func() goja.Value {
				panic(r.unsupportedError(what))
			}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
		default:
			fn := r.rt.ToValue(func(goja.FunctionCall) goja.Value {
				panic(r.unsupportedError(what))
			}).(*goja.Object)
			_ = fn.DefineDataProperty("name", r.rt.ToValue(key), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
			_ = obj.Set(key, fn)
		}
	}
}

// unsupportedError is what using an unmodeled export throws.
func (r *runner) unsupportedError(what string) *goja.Object {
	return r.nodeError("Error", "ERR_LOOPVIZ_UNSUPPORTED",
		"loopviz does not model "+what+": it models what the event loop does (timers, I/O, the threadpool, streams, events), not every API. Rewrite the program without it, or run it under node")
}

// hasProperty is `key in obj`, without calling getters (some exports are
// getters that load on first use or throw).
func hasProperty(obj *goja.Object, key string) bool {
	for o := obj; o != nil; o = o.Prototype() {
		for _, k := range o.GetOwnPropertyNames() {
			if k == key {
				return true
			}
		}
	}
	return false
}
