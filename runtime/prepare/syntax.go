package prepare

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// Mapping goja's syntax errors to V8's (node 20) wording and place. testdata/syntax.txt has a
// case for each rule below, and the test compares the whole block node prints.
//
// Mapped by rule:
//
//	goja                                      node
//	Unexpected token ILLEGAL                  Invalid or unexpected token (a block comment
//	                                          left open, too, which goja calls end of input)
//	Unexpected token ;                        Unexpected token ';' (the token as written)
//	Unexpected token ( after `function`       Function statements require a function name
//	Unexpected token await                    Unexpected reserved word
//	Unexpected <anything> after an argument   missing ) after argument list (at the last
//	                                          token of the list)
//	Unexpected identifier                     Unexpected identifier 'foo'
//	Unexpected identifier after `await`       await is only valid in async functions and the
//	                                          top level bodies of modules
//	Unexpected reserved word: import          Cannot use import statement outside a module
//	                          import.meta     Cannot use 'import.meta' outside a module
//	                          export          Unexpected token 'export'
//	                          if, for, ...    Unexpected token 'if'
//	                          let, yield ...  Unexpected strict mode reserved word
//	Invalid left-hand side in assignment      Invalid left-hand side expression in
//	  (++ or --)                              postfix / prefix operation
//	Label 'L' already exists                  Label 'L' has already been declared
//	Invalid template literal on optional ...  Invalid tagged template on optional chain
//	Compiler bug: ... PrivateIdentifier       Private field '#x' must be declared in an
//	                                          enclosing class
//	and the fixed rewordings of sameErrorOtherWords. Positions follow V8 where it differs:
//	redeclarations at the later declaration, a missing catch at the try block's closing
//	brace, a missing initializer at the pattern, getter and setter parameter lists, private
//	names at the token before them.
//
// Regular expression literals are checked when the module is prepared (rewriter.regexp):
// "Invalid regular expression flags", "Invalid regular expression: /re/: <goja's reason>".
//
// Kept as goja words them, because V8 says the same: Unexpected number, Unexpected string,
// Unexpected end of input, Unexpected strict mode reserved word, Identifier 'x' has already been
// declared, Missing initializer in const declaration, Invalid left-hand side in assignment,
// Illegal break statement, Illegal return statement, Strict mode code may not include a with
// statement, Duplicate parameter name not allowed in this context, Unexpected reserved word, and
// the other compiler messages. Anything else keeps goja's text and position.

// syntaxError maps one of goja's parse errors.
func (m *module) syntaxError(s *source, e parseError) error {
	text := s.text
	off, msg := e.off, e.msg
	tok := tokenAt(text, off)
	if e.eof {
		tok = ""
	}

	unexpected := msg == "Unexpected end of input" || strings.HasPrefix(msg, "Unexpected token ") ||
		msg == "Unexpected identifier" || msg == "Unexpected number" || msg == "Unexpected string"

	// goja sometimes places "Unexpected token X" at the token after X (on the same line).
	if x := strings.TrimPrefix(msg, "Unexpected token "); x != msg && x != "ILLEGAL" && !strings.HasPrefix(tok, x) {
		if p := lastTokenStart(text, off); p < off && tokenAt(text, p) == x && !strings.ContainsAny(text[p:off], "\n\r") {
			off, tok = p, x
			e.off = p
		}
	}

	if unexpected && msg != "Unexpected token ILLEGAL" && m.missingParen(e) {
		// V8 points at the last token of the argument list.
		start := lastTokenStart(text, off)
		return s.syntaxErrorAt(start, len(tokenAt(text, start)), "missing ) after argument list")
	}

	// `await x` where await is not a keyword: V8 knows what was meant.
	if prev, start := wordBefore(text, off); (unexpected || msg == "Unexpected reserved word") && prev == "await" && (start == 0 || text[start-1] != '.') && canStartOperand(tok) {
		if m.esm != nil {
			// In a module, await is a reserved word outside async functions.
			return s.syntaxErrorAt(start, 5, "Unexpected reserved word")
		}
		se := s.syntaxErrorAt(start, 5, msgAwaitOnlyAsync)
		se.ModuleSyntax = m.topLevelAwait()
		return se
	}

	switch {
	case e.eof || msg == "Unexpected end of input":
		if c := unterminatedComment(text); c >= 0 {
			return s.syntaxErrorAt(c, len(text)-c, "Invalid or unexpected token")
		}
		return s.syntaxErrorAt(len(text), 0, "Unexpected end of input")
	case msg == "Unexpected token ILLEGAL":
		width := len(tok)
		if tok != "" && tok[0] >= '0' && tok[0] <= '9' {
			// V8 marks the number it scanned, not the letters stuck to it.
			width = 1
			for width < len(tok) && (tok[width] >= '0' && tok[width] <= '9' || tok[width] == '.') {
				width++
			}
		}
		return s.syntaxErrorAt(off, width, "Invalid or unexpected token")
	case tok == "await" && strings.HasPrefix(msg, "Unexpected token "):
		return s.syntaxErrorAt(off, 5, "Unexpected reserved word")
	case tok == "(" && strings.HasPrefix(msg, "Unexpected token "):
		if w, start := wordBefore(text, off); w == "function" {
			return s.syntaxErrorAt(start, 8, "Function statements require a function name")
		}
		return s.syntaxErrorAt(off, 1, "Unexpected token '('")
	case msg == "Missing catch or finally after try":
		// V8 points at the closing brace of the try block.
		if open := skipSpace(text, off+3); open < len(text) && text[open] == '{' {
			if end := matchBrace(text, open); end >= 0 {
				return s.syntaxErrorAt(end, 1, msg)
			}
		}
	case msg == "Unexpected identifier":
		return s.syntaxErrorAt(off, len(tok), "Unexpected identifier '"+tok+"'")
	case msg == "Unexpected reserved word":
		return m.reservedWord(s, off, tok)
	case strings.HasPrefix(msg, "Unexpected token "):
		if tok == "" {
			return s.syntaxErrorAt(len(text), 0, "Unexpected end of input")
		}
		if tok == "import" || tok == "export" {
			return m.reservedWord(s, off, tok)
		}
		return s.syntaxErrorAt(off, len(tok), "Unexpected token '"+tok+"'")
	case msg == "Missing initializer in destructuring declaration":
		// V8 marks the pattern.
		if end := skipSpaceBack(text, off); end > 0 && (text[end-1] == ']' || text[end-1] == '}') {
			if open := matchOpenBack(text, end-1); open >= 0 {
				return s.syntaxErrorAt(open, end-open, msg)
			}
		}
	case msg == "Invalid left-hand side in assignment" && (tok == "++" || tok == "--"):
		// goja points at the operator; V8 at the operand, with its own words.
		if p := lastTokenStart(text, off); p < off && endsOperand(text[p:skipSpaceBack(text, off)]) && !strings.Contains(text[p:off], "\n") {
			return s.syntaxErrorAt(p, len(tokenAt(text, p)), "Invalid left-hand side expression in postfix operation")
		}
		operand := skipSpace(text, off+2)
		return s.syntaxErrorAt(operand, len(tokenAt(text, operand)), "Invalid left-hand side expression in prefix operation")
	case msg == "Getter must not have any formal parameters." || msg == "Setter must have exactly one formal parameter.":
		// V8 marks the parameter list.
		if tok == "(" {
			if end := matchParen(text, off); end > off {
				return s.syntaxErrorAt(off, end+1-off, msg)
			}
		}
	case msg == "Invalid template literal on optional chain":
		width := len(tok)
		if tok == "`" {
			if end := strings.IndexByte(text[off+1:], '`'); end >= 0 {
				width = end + 2
			}
		}
		return s.syntaxErrorAt(off, width, "Invalid tagged template on optional chain")
	case strings.HasPrefix(msg, "Label '") && strings.HasSuffix(msg, "' already exists"):
		return s.syntaxErrorAt(off, len(tok), strings.TrimSuffix(msg, "already exists")+"has already been declared")
	}
	if v8, ok := sameErrorOtherWords[msg]; ok {
		msg = v8
	}
	return s.syntaxErrorAt(off, len(tok), msg)
}

// reservedWord words the error for a keyword where goja expected something else.
func (m *module) reservedWord(s *source, off int, tok string) error {
	text := s.text
	switch {
	case tok == "import":
		next := skipSpace(text, off+6)
		switch {
		case next < len(text) && text[next] == '(':
			return s.unsupportedAt(off, "loopviz does not support import() yet")
		case next < len(text) && text[next] == '.':
			meta := skipSpace(text, next+1)
			se := s.syntaxErrorAt(meta, len(wordAt(text, meta)), "Cannot use 'import.meta' outside a module")
			se.ModuleSyntax = true
			return se
		}
		se := s.syntaxErrorAt(off, 6, "Cannot use import statement outside a module")
		se.ModuleSyntax = true
		return se
	case tok == "export":
		se := s.syntaxErrorAt(off, 6, "Unexpected token 'export'")
		se.ModuleSyntax = true
		return se
	case strictReserved[tok]:
		return s.syntaxErrorAt(off, len(tok), "Unexpected strict mode reserved word")
	case keywords[tok]:
		return s.syntaxErrorAt(off, len(tok), "Unexpected token '"+tok+"'")
	}
	return s.syntaxErrorAt(off, len(tok), "Unexpected reserved word")
}

// missingParen reports whether the error is a call's argument list left open: with a ')'
// inserted where goja stopped, a call must end there right after its last argument.
func (m *module) missingParen(e parseError) bool {
	ins := e.off
	if e.eof {
		ins = len(m.work)
	}
	// Parse the text goja complained about again, in the same form, with the ')' inserted.
	var full string
	delta := 0 // user offset - offset in full
	switch {
	case e.inMethod:
		full, delta = methodOpen+m.work[e.methodAt:], e.methodAt-len(methodOpen)
	case e.mode.prefix() != "":
		full, delta = e.mode.prefix()+m.work+fnSuffix, -len(e.mode.prefix())
	default:
		full = m.work
	}
	at := ins - delta
	if at < 0 || at > len(full) {
		return false
	}
	text := full[:at] + ")" + full[at:]
	prog, _, err := parseText(m.name, text, asScript)
	if err != nil || prog == nil {
		return false
	}
	found := false
	check := func(rp int, args []ast.Expression) {
		if found || rp-1 != at || len(args) == 0 || args[len(args)-1] == nil {
			return
		}
		last := int(args[len(args)-1].Idx1()) - 1
		if last >= 0 && last <= at && strings.TrimSpace(text[last:at]) == "" {
			found = true
		}
	}
	eachNode(prog, func(n any) {
		switch n := n.(type) {
		case *ast.CallExpression:
			check(int(n.RightParenthesis), n.ArgumentList)
		case *ast.NewExpression:
			check(int(n.RightParenthesis), n.ArgumentList)
		}
	})
	return found
}

// topLevelAwait reports whether the module parses as the body of an async function: then its
// awaits are top-level awaits, and node 20 would retry the file as an ES module.
func (m *module) topLevelAwait() bool {
	c := &module{name: m.name, work: m.work, forAwait: map[int]bool{}, methods: map[int]*methodPatch{}}
	_, errs, err := c.parse(asAsyncFunction)
	return err == nil && len(errs) == 0
}

// compileError maps an error of goja's compiler (scope and strict-mode rules) on the prepared
// program.
func compileError(s *source, prog *ast.Program, err error) error {
	cse, ok := err.(*goja.CompilerSyntaxError)
	if !ok {
		return &InternalError{File: s.name, Detail: err.Error()}
	}
	msg := cse.Message
	if v8, ok := sameErrorOtherWords[msg]; ok {
		msg = v8
	}
	off := cse.Offset
	if off < 0 {
		off = 0
	}
	width := len(tokenAt(s.text, off))
	switch {
	case strings.HasPrefix(msg, "Identifier '") && strings.HasSuffix(msg, "' has already been declared"):
		off, width = redeclaration(prog, s, off, msg[len("Identifier '"):len(msg)-len("' has already been declared")])
	case msg == "Compiler bug: Unknown expression type: *ast.PrivateIdentifier":
		// `#x` outside any class.
		msg = "Private field '" + tokenAt(s.text, off) + "' must be declared in an enclosing class"
		fallthrough
	case strings.HasPrefix(msg, "Private field '"):
		// V8 points at the token before the private name.
		off = lastTokenStart(s.text, off)
		width = len(tokenAt(s.text, off))
	}
	return s.syntaxErrorAt(off, width, msg)
}

// redeclaration finds where V8 reports "Identifier 'name' has already been declared": at the
// later of the two declarations in source order (goja may name the earlier one), and at the
// `function` keyword of a function declaration. Best effort: the next declaration of the name
// in the same function.
func redeclaration(prog *ast.Program, s *source, off int, name string) (int, int) {
	type site struct{ key, report int }
	sites := map[any][]site{} // by enclosing function
	var owner any
	add := func(fn any, id *ast.Identifier, report int) {
		if id != nil && id.Name.String() == name {
			sites[fn] = append(sites[fn], site{key: int(id.Idx) - 1, report: report})
		}
	}
	walkFunctions(prog, func(n, fn any) {
		switch n := n.(type) {
		case *ast.Binding:
			if id, ok := n.Target.(*ast.Identifier); ok {
				add(fn, id, int(id.Idx)-1)
			}
		case *ast.ForDeclaration:
			if id, ok := n.Target.(*ast.Identifier); ok {
				add(fn, id, int(id.Idx)-1)
			}
		case *ast.FunctionDeclaration:
			add(fn, n.Function.Name, int(n.Function.Function)-1)
			if n.Function.Name != nil && int(n.Function.Name.Idx)-1 == off && owner == nil {
				owner = fn
			}
		case *ast.ClassDeclaration:
			if n.Class.Name != nil {
				add(fn, n.Class.Name, int(n.Class.Name.Idx)-1)
			}
		}
		if id, ok := n.(*ast.Identifier); ok && int(id.Idx)-1 == off && owner == nil {
			owner = fn
		}
	})
	list := sites[owner]
	best := -1
	for i, st := range list {
		if st.key > off && (best < 0 || st.key < list[best].key) {
			best = i
		}
	}
	if best < 0 {
		for i, st := range list {
			if st.key == off {
				best = i
			}
		}
	}
	if best < 0 {
		return off, len(name)
	}
	st := list[best]
	if st.report != st.key {
		return st.report, 1
	}
	return st.key, len(name)
}

// endsOperand reports whether a token can end an operand (so that `++` after it is postfix).
func endsOperand(tok string) bool {
	if tok == "" {
		return false
	}
	c := tok[len(tok)-1]
	return isIdentByte(c) || c == ')' || c == ']' || c == '\'' || c == '"' || c == '`'
}

// matchOpenBack returns the offset of the bracket opening the one at close, or -1 (best
// effort: brackets inside strings are counted too).
func matchOpenBack(text string, close int) int {
	open := byte('[')
	if text[close] == '}' {
		open = '{'
	}
	depth := 0
	for i := close; i >= 0; i-- {
		switch text[i] {
		case text[close]:
			depth++
		case open:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// matchParen returns the offset of the parenthesis closing the one at open, or -1.
func matchParen(text string, open int) int {
	depth := 0
	for i := open; i < len(text); i++ {
		switch text[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// lastTokenStart returns where the last token before off starts.
func lastTokenStart(text string, off int) int {
	p := skipSpaceBack(text, off)
	if p == 0 {
		return 0
	}
	c := text[p-1]
	switch {
	case isIdentByte(c):
		q := p
		for q > 0 && (isIdentByte(text[q-1]) || text[q-1] == '.' && q > 1 && text[q-2] >= '0' && text[q-2] <= '9') {
			q--
		}
		return q
	case c == '\'' || c == '"' || c == '`':
		for q := p - 2; q >= 0; q-- {
			if text[q] == c && (q == 0 || text[q-1] != '\\') {
				return q
			}
		}
		return p - 1
	}
	for _, punct := range punctuators {
		if strings.HasSuffix(text[:p], punct) {
			return p - len(punct)
		}
	}
	return p - 1
}

// unterminatedComment returns where a block comment that runs to the end of the text starts,
// or -1. Best effort: a "/*" after the last "*/", not inside quotes on its line.
func unterminatedComment(text string) int {
	c := strings.LastIndex(text, "/*")
	if c < 0 || strings.Contains(text[c:], "*/") {
		return -1
	}
	lineStart := strings.LastIndexAny(text[:c], "\n\r") + 1
	before := text[lineStart:c]
	if strings.Count(before, "'")%2 != 0 || strings.Count(before, `"`)%2 != 0 || strings.Count(before, "`")%2 != 0 || strings.Contains(before, "//") {
		return -1
	}
	return c
}

// matchBrace returns the offset of the brace closing the one at open, or -1. Best effort: it
// skips strings and comments, not regular expressions or template substitutions.
func matchBrace(text string, open int) int {
	depth := 0
	for i := open; i < len(text); i++ {
		switch c := text[i]; c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		case '\'', '"', '`':
			for i++; i < len(text) && text[i] != c; i++ {
				if text[i] == '\\' {
					i++
				}
			}
		case '/':
			if i+1 < len(text) && text[i+1] == '/' {
				for i < len(text) && text[i] != '\n' {
					i++
				}
			} else if i+1 < len(text) && text[i+1] == '*' {
				end := strings.Index(text[i+2:], "*/")
				if end < 0 {
					return -1
				}
				i += end + 3
			}
		}
	}
	return -1
}
