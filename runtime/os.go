package runtime

import (
	"github.com/dop251/goja"
)

// The os module of the virtual machine every run happens on: a fixed Linux
// box with four cores, so that programs sizing pools by os.cpus().length
// behave the same everywhere.

// VirtualCPUs is how many cores os.cpus() reports.
const VirtualCPUs = 4

func (r *runner) osModule() goja.Value {
	rt := r.rt
	o := rt.NewObject()
	constant := func(name string, v any) {
		r.method(o, name, 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(v) })
	}
	_ = o.Set("EOL", "\n")
	_ = o.Set("devNull", "/dev/null")
	constant("platform", "linux")
	constant("type", "Linux")
	constant("arch", "x64")
	constant("release", "6.1.0-loopviz")
	constant("version", "#1 SMP loopviz")
	constant("machine", "x86_64")
	constant("hostname", "loopviz")
	constant("homedir", "/home/node")
	constant("tmpdir", "/tmp")
	constant("endianness", "LE")
	constant("totalmem", 8*1024*1024*1024)
	constant("freemem", 6*1024*1024*1024)
	constant("availableParallelism", VirtualCPUs)
	r.method(o, "uptime", 0, func(goja.FunctionCall) goja.Value {
		return rt.ToValue(3600 + int64(r.world.Now()/1e9))
	})
	r.method(o, "loadavg", 0, func(goja.FunctionCall) goja.Value { return rt.NewArray(0, 0, 0) })
	r.method(o, "cpus", 0, func(goja.FunctionCall) goja.Value {
		cpus := make([]any, VirtualCPUs)
		for i := range cpus {
			c := rt.NewObject()
			_ = c.Set("model", "loopviz virtual CPU")
			_ = c.Set("speed", 2400)
			times := rt.NewObject()
			for _, k := range []string{"user", "nice", "sys", "idle", "irq"} {
				_ = times.Set(k, 0)
			}
			_ = c.Set("times", times)
			cpus[i] = c
		}
		return rt.NewArray(cpus...)
	})
	r.method(o, "userInfo", 0, func(goja.FunctionCall) goja.Value {
		u := rt.NewObject()
		_ = u.Set("uid", 1000)
		_ = u.Set("gid", 1000)
		_ = u.Set("username", "node")
		_ = u.Set("homedir", "/home/node")
		_ = u.Set("shell", "/bin/sh")
		return u
	})
	r.method(o, "networkInterfaces", 0, func(goja.FunctionCall) goja.Value { return rt.NewObject() })
	return o
}
