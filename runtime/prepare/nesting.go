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

// MaxNodes is the most syntax-tree nodes one file may have. Preparing costs
// time and memory per node (a 5 MB file of 655,000 one-line statements, 2.6
// million nodes, took over 10 s and 800 MiB to prepare), so a file past this
// bound stops the run under the memory cap rather than going near it. Half a
// million nodes is a program of 100,000 to 150,000 statements.
const MaxNodes = 500_000

// TooLargeError reports a file with more than MaxNodes syntax-tree nodes.
type TooLargeError struct {
	File string
}

// Error says what the bound is and why.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s has more than %d syntax-tree nodes (a program of over 100,000 statements): loopviz prepares files up to that size, to keep a run under its memory cap; run it under node, or give loopviz a smaller program", e.File, MaxNodes)
}

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

// measure walks the tree until it finds a node deeper than MaxNesting
// (returned as deep) or has counted more than MaxNodes nodes (tooMany).
func measure(root any) (deep ast.Node, tooMany bool) {
	var found ast.Node
	count := 0
	seen := map[any]bool{} // goja shares nodes (a var's bindings sit in DeclarationList too)
	var visit func(v reflect.Value, depth int)
	visit = func(v reflect.Value, depth int) {
		if found != nil || count > MaxNodes {
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
				count++
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
	return found, count > MaxNodes
}
