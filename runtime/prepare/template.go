package prepare

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// The code this package generates is written below as JavaScript templates, parsed once, and
// instantiated by cloning with substitutions. Reading a template is reading the generated code.
//
// Placeholders are identifiers starting with '$':
//   - $name as an identifier (binding or reference) or property name: renamed (inst.names);
//   - $name as an expression: replaced by an expression (inst.exprs);
//   - $name in an argument list: replaced by a list of expressions (inst.lists);
//   - `$name;` in a statement list: replaced by a list of statements (inst.stmts);
//   - `$await(x)`: replaced by an await of x as the enclosing function awaits (inst.await);
//   - `$labels: stmt`: stmt with the user's labels (inst.labels) around it.
//
// Every position in an instance is set to one user position (inst.pos), so that whatever goes
// wrong inside generated code is reported at the construct it came from.

const (
	// Body of an async function: the generator closes over the outer parameters.
	tplAsyncCall = `return __lv.$run($gen.call(this));`
	// The generator takes the parameters itself (they are redeclared by a var, or the body reads
	// `arguments`, whose mapping to the parameters must stay that of the original function).
	tplAsyncApply = `return __lv.$run($gen.apply(this, arguments));`
	// Async arrow whose generator takes the parameters: arrows have no arguments object.
	tplAsyncArgs = `return __lv.$run($gen.call(this, $args));`
	// Parameters that can throw while they are bound (defaults, destructuring): an async
	// function rejects its promise then instead of throwing, and the generator binds its
	// parameters when it is called, so the call is guarded.
	tplAsyncTryApply = `let __lv_g;
try { __lv_g = $gen.apply(this, arguments); } catch (__lv_e) { __lv_g = function* $name() { throw __lv_e; }(); }
return __lv.async(__lv_g);`
	tplAsyncTryArgs = `let __lv_g;
try { __lv_g = $gen.call(this, $args); } catch (__lv_e) { __lv_g = function* $name() { throw __lv_e; }(); }
return __lv.async(__lv_g);`
	// The `arguments` of a function, for the arrow functions inside it (see aliasArguments).
	tplArgumentsAlias = `let __lv_args = arguments;`
	// The module wrapper receives __lv as a sixth argument; node's wrapper has five.
	tplModuleArguments = `arguments.length = 5; delete arguments[5];`
	// for await (INTO of SRC) BODY — ECMA-262 ForIn/OfBodyEvaluation with iteratorKind async,
	// including AsyncIteratorClose on every abrupt exit of the body. $done is true while closing
	// must not happen: after next() threw or reported done, and once closing has begun.
	tplForAwait = `{
  const $it = __lv.asyncIter($src);
  const $next = $it.next;
  let $done = false;
  try {
    $labels: for (;;) {
      $done = true;
      const $r = $await($next.call($it));
      if (typeof $r !== "object" && typeof $r !== "function" || $r === null) throw new TypeError("Iterator result " + String($r) + " is not an object");
      if ($r.done) break;
      const $v = $r.value;
      $done = false;
      $hook;
      $bind;
      $body;
    }
  } catch ($e) {
    if (!$done) {
      $done = true;
      try {
        const $ret = $it.return;
        if ($ret !== undefined && $ret !== null) $await($ret.call($it));
      } catch ($x) {}
    }
    throw $e;
  } finally {
    if (!$done) {
      $done = true;
      const $ret = $it.return;
      if ($ret !== undefined && $ret !== null) {
        const $rr = $await($ret.call($it));
        if (typeof $rr !== "object" && typeof $rr !== "function" || $rr === null) throw new TypeError("Iterator result " + String($rr) + " is not an object");
      }
    }
  }
}`
)

// forAwaitNames are the temporaries of tplForAwait; each use gets them numbered.
var forAwaitNames = []string{"$it", "$next", "$done", "$r", "$v", "$e", "$x", "$ret", "$rr"}

var templates = map[string][]ast.Statement{}

func init() {
	for _, t := range []string{tplAsyncCall, tplAsyncApply, tplAsyncArgs, tplAsyncTryApply, tplAsyncTryArgs, tplArgumentsAlias, tplModuleArguments, tplForAwait} {
		prog, err := parser.ParseFile(nil, "template", "function $t() {\n"+t+"\n}", 0, parser.WithDisableSourceMaps)
		if err != nil {
			panic(fmt.Sprintf("prepare: bad template %q: %v", t, err))
		}
		templates[t] = prog.Body[0].(*ast.FunctionDeclaration).Function.Body.List
	}
}

// inst is one instantiation of a template.
type inst struct {
	pos    file.Idx
	names  map[string]string
	exprs  map[string]ast.Expression
	lists  map[string][]ast.Expression
	stmts  map[string][]ast.Statement
	await  func(pos file.Idx, arg ast.Expression) ast.Expression
	labels []*ast.LabelledStatement

	// argRefs collects the `arguments` identifiers the instance contains: they belong to the
	// scope the instance is placed in (see fnCtx.argRefs).
	argRefs []*ast.Identifier
}

func (in *inst) build(tpl string) []ast.Statement {
	src, ok := templates[tpl]
	if !ok {
		panic("prepare: unknown template")
	}
	var out []ast.Statement
	v := in.value(reflect.ValueOf(src))
	out = v.Interface().([]ast.Statement)
	return out
}

var (
	identType    = reflect.TypeOf(ast.Identifier{})
	identPtrType = reflect.TypeOf(&ast.Identifier{})
)

func (in *inst) value(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		inner := in.value(v.Elem())
		out := reflect.New(v.Type()).Elem()
		out.Set(inner)
		return out
	case reflect.Ptr:
		if v.IsNil() || !inAST(v.Type()) {
			return v
		}
		if r := in.replace(v.Interface()); r != nil {
			return reflect.ValueOf(r)
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(in.value(v.Elem()))
		return out
	case reflect.Struct:
		if !inAST(v.Type()) {
			return v
		}
		if v.Type() == identType {
			id := v.Interface().(ast.Identifier)
			return reflect.ValueOf(in.ident(&id)).Elem()
		}
		out := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if f.Type() == idxType {
				if f.Int() != 0 {
					out.Field(i).SetInt(int64(in.pos))
				}
				continue
			}
			out.Field(i).Set(in.value(f))
		}
		return out
	case reflect.Slice:
		if v.IsNil() || !inAST(v.Type()) {
			return v
		}
		out := reflect.MakeSlice(v.Type(), 0, v.Len())
		for i := 0; i < v.Len(); i++ {
			el := v.Index(i)
			if list, ok := in.splice(el); ok {
				out = reflect.Append(out, list...)
				continue
			}
			out = reflect.Append(out, in.value(el))
		}
		return out
	}
	return v
}

// ident copies or renames an identifier.
func (in *inst) ident(id *ast.Identifier) *ast.Identifier {
	name := string(id.Name)
	if n, ok := in.names[name]; ok {
		name = n
	} else if strings.HasPrefix(name, "$") {
		panic("prepare: template placeholder left unbound: " + name)
	}
	out := &ast.Identifier{Name: unistr(name), Idx: in.pos}
	if name == "arguments" {
		in.argRefs = append(in.argRefs, out)
	}
	return out
}

// replace returns the substitute for a pointer node, or nil to clone it as is.
func (in *inst) replace(node any) any {
	switch n := node.(type) {
	case *ast.Identifier:
		if e, ok := in.exprs[string(n.Name)]; ok {
			return e
		}
		return in.ident(n)
	case *ast.CallExpression:
		if id, ok := n.Callee.(*ast.Identifier); ok && id.Name == "$await" {
			arg := in.value(reflect.ValueOf(&n.ArgumentList[0]).Elem()).Interface().(ast.Expression)
			return in.await(in.pos, arg)
		}
	case *ast.LabelledStatement:
		if n.Label.Name == "$labels" {
			var inner ast.Statement = in.value(reflect.ValueOf(&n.Statement).Elem()).Interface().(ast.Statement)
			for i := len(in.labels) - 1; i >= 0; i-- {
				in.labels[i].Statement = inner
				inner = in.labels[i]
			}
			return inner
		}
	}
	return nil
}

// splice returns the list that replaces a slice element, if it is a list placeholder.
func (in *inst) splice(el reflect.Value) ([]reflect.Value, bool) {
	if el.Kind() != reflect.Interface || el.IsNil() {
		return nil, false
	}
	var vals []reflect.Value
	switch n := el.Elem().Interface().(type) {
	case *ast.ExpressionStatement:
		id, ok := n.Expression.(*ast.Identifier)
		if !ok {
			return nil, false
		}
		list, ok := in.stmts[string(id.Name)]
		if !ok {
			return nil, false
		}
		for _, s := range list {
			vals = append(vals, reflect.ValueOf(s))
		}
	case *ast.Identifier:
		list, ok := in.lists[string(n.Name)]
		if !ok {
			return nil, false
		}
		for _, e := range list {
			vals = append(vals, reflect.ValueOf(e))
		}
	default:
		return nil, false
	}
	return vals, true
}
