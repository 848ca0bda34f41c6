package prepare

import (
	"reflect"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
)

// Generic, reflection-driven traversal of goja ASTs. The rewriter (rewrite.go) is the typed walker
// that knows every node; these helpers serve the passes that treat every node alike: moving
// positions, reading every node of a kind, cloning templates. Reflection keeps them complete by
// construction: a file.Idx field added to goja's ast package is moved too.

var (
	idxType = reflect.TypeOf(file.Idx(0))
	astPkg  = reflect.TypeOf(ast.Program{}).PkgPath()
)

// inAST reports whether t is a type of goja's ast package (or a pointer, slice or interface of
// one), i.e. something worth descending into.
func inAST(t reflect.Type) bool {
	for t.Kind() == reflect.Ptr || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t.PkgPath() == astPkg
}

// eachNode calls fn for every pointer to an ast struct reachable from root, once each (goja
// shares some nodes, e.g. the bindings of a var statement also sit in the DeclarationList).
func eachNode(root any, fn func(node any)) {
	seen := map[any]bool{}
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				visit(v.Elem())
			}
		case reflect.Ptr:
			if v.IsNil() || !inAST(v.Type()) {
				return
			}
			key := v.Interface()
			if seen[key] {
				return
			}
			seen[key] = true
			fn(key)
			visit(v.Elem())
		case reflect.Struct:
			if !inAST(v.Type()) {
				return
			}
			for i := 0; i < v.NumField(); i++ {
				visit(v.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i))
			}
		}
	}
	visit(reflect.ValueOf(root))
}

// shiftPositions adds delta to every non-zero file.Idx in the tree, each field once.
func shiftPositions(root any, delta int) {
	eachNode(root, func(node any) {
		shiftStruct(reflect.ValueOf(node).Elem(), delta)
	})
}

// shiftStruct moves the Idx fields of one struct and of the structs embedded in it by value
// (DotExpression.Identifier, PrivateIdentifier.Identifier, ...), but not of pointed-to nodes:
// eachNode reaches those itself.
func shiftStruct(v reflect.Value, delta int) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch {
		case f.Type() == idxType:
			if f.Int() != 0 {
				f.SetInt(f.Int() + int64(delta))
			}
		case f.Kind() == reflect.Struct && inAST(f.Type()):
			shiftStruct(f, delta)
		}
	}
}

// walkFunctions calls fn for every node reachable from root (once each) together with the
// innermost function (FunctionLiteral or ArrowFunctionLiteral) that contains it.
func walkFunctions(root any, fn func(node, function any)) {
	seen := map[any]bool{}
	var visit func(v reflect.Value, function any)
	visit = func(v reflect.Value, function any) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				visit(v.Elem(), function)
			}
		case reflect.Ptr:
			if v.IsNil() || !inAST(v.Type()) {
				return
			}
			key := v.Interface()
			if seen[key] {
				return
			}
			seen[key] = true
			fn(key, function)
			switch key.(type) {
			case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
				function = key
			}
			visit(v.Elem(), function)
		case reflect.Struct:
			if !inAST(v.Type()) {
				return
			}
			for i := 0; i < v.NumField(); i++ {
				visit(v.Field(i), function)
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i), function)
			}
		}
	}
	visit(reflect.ValueOf(root), nil)
}
