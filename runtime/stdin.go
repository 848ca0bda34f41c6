package runtime

import "github.com/dop251/goja"

// process.stdin: loopviz runs programs without input, so stdin is what node
// gets from `node app.js </dev/null`: an fs.ReadStream over fd 0 that reaches
// its end at the first read (a threadpool request, as in node). Like node's,
// it is made on first use.
func (r *runner) installStdin(p *goja.Object) {
	var stdin goja.Value
	_ = p.DefineAccessorProperty("stdin", r.fn("get stdin", 0, func(goja.FunctionCall) goja.Value {
		if stdin == nil {
			fs := r.builtin("fs").ToObject(r.rt)
			opts := r.rt.NewObject()
			_ = opts.Set("fd", 0)
			_ = opts.Set("autoClose", false)
			v, err := r.rt.New(fs.Get("ReadStream"), goja.Null(), opts)
			r.rethrow(err)
			stdin = v
		}
		return stdin
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}
