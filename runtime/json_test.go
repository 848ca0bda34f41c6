package runtime

import "testing"

// Every expected message is what node v20.20.2's JSON.parse said.
func TestJSONError(t *testing.T) {
	tests := map[string]string{
		"":                            "Unexpected end of JSON input",
		"{bad":                        "Expected property name or '}' in JSON at position 1",
		"abc":                         `Unexpected token 'a', "abc" is not valid JSON`,
		`{"a":1,}`:                    "Expected double-quoted property name in JSON at position 7",
		"[1,2":                        "Expected ',' or ']' after array element in JSON at position 4",
		`{"a" 1}`:                     "Expected ':' after property name in JSON at position 5",
		`{"a":1`:                      "Expected ',' or '}' after property value in JSON at position 6",
		"1 2":                         "Unexpected non-whitespace character after JSON at position 2",
		"{'a':1}":                     "Expected property name or '}' in JSON at position 1",
		"undefined":                   `"undefined" is not valid JSON`,
		"[1,]":                        `Unexpected token ']', "[1,]" is not valid JSON`,
		`"abc`:                        "Unterminated string in JSON at position 4",
		`{"a":tru}`:                   `Unexpected token '}', "{"a":tru}" is not valid JSON`,
		"nul":                         "Unexpected end of JSON input",
		"01":                          "Unexpected number in JSON at position 1",
		"-":                           "No number after minus sign in JSON at position 1",
		"1.":                          "Unterminated fractional number in JSON at position 2",
		`"\x"`:                        "Bad escaped character in JSON at position 2",
		"[":                           "Unexpected end of JSON input",
		"{":                           "Expected property name or '}' in JSON at position 1",
		"true false":                  "Unexpected non-whitespace character after JSON at position 5",
		"\"a\nb\"":                    "Bad control character in string literal in JSON at position 2",
		"1e":                          "Exponent part is missing a number in JSON at position 2",
		"NaN":                         `"NaN" is not valid JSON`,
		"[1 2]":                       "Expected ',' or ']' after array element in JSON at position 3",
		`{"a":"b" "c":1}`:             "Expected ',' or '}' after property value in JSON at position 9",
		".5":                          `Unexpected token '.', ".5" is not valid JSON`,
		"truex":                       "Unexpected non-whitespace character after JSON at position 4",
		"xaaaaaaaaaaaaaaaaaaaa":       `Unexpected token 'x', "xaaaaaaaaa"... is not valid JSON`,
		"[1,1,1,1,1,1,1,1,x,1,1,1]":   `Unexpected token 'x', ..."1,1,1,1,1,x,1,1,1]" is not valid JSON`,
		`{"ok": [1, 2, {"x": null}]}`: "",
	}
	for in, want := range tests {
		if got := jsonError(in); got != want {
			t.Errorf("jsonError(%q) = %q, want %q", in, got, want)
		}
	}
}
