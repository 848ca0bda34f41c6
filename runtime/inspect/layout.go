package inspect

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// reduceToSingleString joins an object's entries on one line when they fit, else one entry a
// line indented by two. With a numeric Compact (node's default 3), an object goes on one line
// only when it holds at most Compact nested levels below it (counted from the object entered
// last) and the line, with its indentation, fits in BreakLength; arrays of more than six
// entries are first grouped into aligned columns.
func (s *state) reduceToSingleString(output []string, base string, braces [2]string, extras, recurse int, value *goja.Object) string {
	if s.opts.Compact != CompactTrue {
		if s.opts.Compact >= 1 {
			entries := len(output)
			if extras == arrayEntries && entries > 6 {
				output = s.groupArrayElements(output, value)
			}
			if s.currentDepth-recurse < s.opts.Compact && entries == len(output) {
				start := len(output) + s.indent + jsLen(braces[0]) + jsLen(base) + 10
				if s.isBelowBreakLength(output, start, base) {
					joined := strings.Join(output, ", ")
					if !strings.Contains(joined, "\n") {
						if base != "" {
							base += " "
						}
						return base + braces[0] + " " + joined + " " + braces[1]
					}
				}
			}
		}
		ind := "\n" + spaces(s.indent)
		if base != "" {
			base += " "
		}
		return base + braces[0] + ind + "  " + strings.Join(output, ","+ind+"  ") + ind + braces[1]
	}
	// compact: true, node's old layout.
	if s.isBelowBreakLength(output, 0, base) {
		b := ""
		if base != "" {
			b = " " + base
		}
		return braces[0] + b + " " + strings.Join(output, ", ") + " " + braces[1]
	}
	ind := spaces(s.indent)
	ln := " "
	if base != "" || jsLen(braces[0]) != 1 {
		b := ""
		if base != "" {
			b = " " + base
		}
		ln = b + "\n" + ind + "  "
	}
	return braces[0] + ln + strings.Join(output, ",\n"+ind+"  ") + " " + braces[1]
}

// isBelowBreakLength reports whether the entries, plus start columns, fit in BreakLength and
// base is a single line.
func (s *state) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > s.opts.BreakLength {
		return false
	}
	for _, o := range output {
		total += jsLen(o)
		if total > s.opts.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// groupArrayElements lays out the entries of a long array in columns: as many as make the block
// roughly square (a character being about 2.5 times as high as wide), at most 15, at most
// Compact*4, and only when three entries fit next to each other and no entry is much longer than
// the average. Numbers (and bigints) are right-aligned, everything else left-aligned.
func (s *state) groupArrayElements(output []string, value *goja.Object) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if s.opts.MaxArrayLength < len(output) {
		// The "... N more items" entry is not part of the grid.
		outputLength--
	}
	const separatorSpace = 2 // ", "
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := stringWidth(output[i])
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+s.indent >= s.opts.BreakLength ||
		!(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		return output
	}
	const approxCharHeights = 2.5
	averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := minInt(
		int(jsRound(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax)),
		(s.opts.BreakLength-s.indent)/actualMax,
		s.opts.Compact*4,
		15,
	)
	if columns <= 1 {
		return output
	}
	var maxLineLength []int
	for i := 0; i < columns; i++ {
		lineLength := 0
		for j := i; j < len(output); j += columns {
			if j < outputLength && dataLen[j] > lineLength {
				lineLength = dataLen[j]
			}
		}
		maxLineLength = append(maxLineLength, lineLength+separatorSpace)
	}
	padStart := value == nil || s.allNumbers(value, len(output))
	tmp := make([]string, 0, outputLength/columns+2)
	for i := 0; i < outputLength; i += columns {
		max := minInt(i+columns, outputLength)
		var b strings.Builder
		j := i
		for ; j < max-1; j++ {
			cell := output[j] + ", "
			pad := maxLineLength[j-i] - dataLen[j] - separatorSpace
			if padStart {
				b.WriteString(spaces(pad))
				b.WriteString(cell)
			} else {
				b.WriteString(cell)
				b.WriteString(spaces(pad))
			}
		}
		if padStart {
			b.WriteString(spaces(maxLineLength[j-i] - separatorSpace - dataLen[j]))
			b.WriteString(output[j])
		} else {
			b.WriteString(output[j])
		}
		tmp = append(tmp, b.String())
	}
	if s.opts.MaxArrayLength < len(output) {
		tmp = append(tmp, output[outputLength])
	}
	return tmp
}

// allNumbers reports whether value[0..n) are all numbers or bigints (node pads those on the left).
func (s *state) allNumbers(value *goja.Object, n int) bool {
	typed := classify(value).kind == kindTypedArray
	for i := 0; i < n; i++ {
		if typed {
			continue
		}
		v := s.in.elementOf(value, i)
		if !isNumberOrBigInt(v) {
			return false
		}
	}
	return true
}

// elementOf is value[i] (node reads it with an ordinary [[Get]]).
func (in *Inspector) elementOf(value *goja.Object, i int) goja.Value {
	return value.Get(strconv.Itoa(i))
}

func isNumberOrBigInt(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, ok := v.(*goja.Object); ok {
		return false
	}
	if isString(v) {
		return false
	}
	t := v.ExportType()
	if t == nil {
		return false
	}
	switch t.Kind() {
	case 0:
		return false
	}
	switch t.String() {
	case "int64", "float64", "*big.Int":
		return true
	}
	return false
}

// jsRound is JavaScript's Math.round: halves round up.
func jsRound(f float64) float64 { return math.Floor(f + 0.5) }

func minInt(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

// sortJS sorts strings the way Array.prototype.sort does without a comparator: by UTF-16 code
// units, stably.
func sortJS(a []string) {
	sort.SliceStable(a, func(i, j int) bool { return lessUTF16(a[i], a[j]) })
}

func lessUTF16(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		return a < b
	}
	ua, ub := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return ua[i] < ub[i]
		}
	}
	return len(ua) < len(ub)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
