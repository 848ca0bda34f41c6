package prepare

import (
	"fmt"
	"reflect"

	"github.com/dop251/goja/ast"
)

// MaxNesting is how deep a program's syntax tree may go. V8 parses
// recursively on a fixed stack and gives up on deep nesting with "RangeError:
// Maximum call stack size exceeded" before running anything; node 20 does so
// at between 1,000 and 3,000 levels depending on the construct (2,000 nested
// arrays or blocks parse, 2,000 nested functions or parentheses do not).
// goja would go on, slowly: preparing 10,000 nested functions took seconds.
// One syntax-tree level is an array, a block, an object literal, a call; a
// function is about three (declaration, literal, body). Parentheses alone
// leave no level, so they are not counted.
const MaxNesting = 3500

// NestingError reports a program nested deeper than MaxNesting: node's
// RangeError at compile time.
type NestingError struct {
	File       string
	Line, Col  int // where the nesting passed the limit, as in SyntaxError
	SourceLine string
}

// Error returns "file:line:col: RangeError: Maximum call stack size exceeded ...".
func (e *NestingError) Error() string {
	return fmt.Sprintf("%s:%d:%d: RangeError: Maximum call stack size exceeded (the program nests deeper than %d levels)", e.File, e.Line, e.Col, MaxNesting)
}

// tooDeep returns the first node found deeper than MaxNesting, or nil.
func tooDeep(root any) ast.Node {
	var found ast.Node
	seen := map[any]bool{} // goja shares nodes (a var's bindings sit in DeclarationList too)
	var visit func(v reflect.Value, depth int)
	visit = func(v reflect.Value, depth int) {
		if found != nil {
			return
		}
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				visit(v.Elem(), depth)
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
			if n, ok := key.(ast.Node); ok {
				if depth++; depth > MaxNesting {
					found = n
					return
				}
			}
			visit(v.Elem(), depth)
		case reflect.Struct:
			if !inAST(v.Type()) {
				return
			}
			for i := 0; i < v.NumField(); i++ {
				visit(v.Field(i), depth)
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i), depth)
			}
		}
	}
	visit(reflect.ValueOf(root), 0)
	return found
}
