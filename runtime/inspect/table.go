package inspect

import (
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// Table renders console.table(data, properties) as node prints it, without the final newline.
// properties is undefined or an array of column names. Data that is not an object (functions
// included) prints as console.log would print it. Each cell is util.inspect of the value with
// depth 0 (-1 for objects with more than two keys), at most three array items, on one line.
// It panics with a TypeError (a JavaScript throw) when properties is not an array, like node.
func (in *Inspector) Table(data, properties goja.Value) string {
	hasProps := properties != nil && !goja.IsUndefined(properties)
	if hasProps {
		if p, ok := properties.(*goja.Object); !ok || classify(p).kind != kindArray {
			panic(in.invalidPropertiesError(properties))
		}
	}
	obj, ok := data.(*goja.Object)
	if !ok || classify(obj).kind == kindFunction {
		return in.Format([]goja.Value{data}, DefaultOptions())
	}

	cell := func(v goja.Value) string {
		o := DefaultOptions()
		o.Depth = 0
		o.MaxArrayLength = 3
		o.BreakLength = Infinity
		if vo, ok := v.(*goja.Object); ok {
			k := classify(vo).kind
			if k != kindFunction && k != kindArray && in.callValue(in.js.objectKeys, v).(*goja.Object).Get("length").ToInteger() > 2 {
				o.Depth = -1
			}
		}
		return in.Inspect(v, o)
	}
	indexColumn := func(n int) *column {
		c := &column{}
		for i := 0; i < n; i++ {
			c.set(i, strconv.Itoa(i))
		}
		return c
	}

	keyValueTable := func(items []goja.Value) string {
		keys, values := &column{}, &column{}
		n := len(items) / 2
		for i := 0; i < n; i++ {
			keys.set(i, cell(items[2*i]))
			values.set(i, cell(items[2*i+1]))
		}
		return renderTable([]string{"(iteration index)", "Key", "Values"}, []*column{indexColumn(n), keys, values})
	}
	valuesTable := func(items []goja.Value) string {
		values := &column{}
		for i, v := range items {
			values.set(i, cell(v))
		}
		return renderTable([]string{"(iteration index)", "Values"}, []*column{indexColumn(len(items)), values})
	}
	switch kind := classify(obj).kind; kind {
	case kindMapIterator, kindSetIterator:
		// Iterators are previewed without being advanced; a Map's entries() make a key/value
		// table, a Set's entries() list every value twice, as node shows them.
		if items, pairs, ok := iteratorPreview(obj, kind == kindMapIterator); ok {
			if pairs && kind == kindMapIterator {
				return keyValueTable(items)
			}
			return valuesTable(items)
		}
	case kindMap, kindSet:
		isMap := kind == kindMap
		recs, _ := in.call(in.js.collection, obj, in.bool(isMap), in.rt.ToValue(Infinity))
		var items []goja.Value
		for i := 0; i+2 < len(recs); i += 3 {
			if isMap {
				items = append(items, recs[i], recs[i+1])
			} else {
				items = append(items, recs[i])
			}
		}
		if isMap {
			return keyValueTable(items)
		}
		return valuesTable(items)
	}
	var cols orderedColumns
	hasPrimitives := false
	valuesColumn := &column{}
	indexKeys := in.keysOf(obj)
	var propNames []goja.Value
	if hasProps {
		po := properties.(*goja.Object)
		n := int(po.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			propNames = append(propNames, po.Get(strconv.Itoa(i)))
		}
	}
	index := &column{}
	for i, k := range indexKeys {
		index.set(i, k)
		item := obj.Get(k)
		itemObj, isObj := item.(*goja.Object)
		primitive := !isObj
		if !hasProps && primitive {
			hasPrimitives = true
			valuesColumn.set(i, cell(item))
			continue
		}
		var names []goja.Value
		if hasProps {
			names = propNames
		} else {
			for _, name := range in.keysOf(itemObj) {
				names = append(names, in.str(name))
			}
		}
		for _, nameV := range names {
			name := in.callValue(in.js.toString, nameV).String()
			col := cols.get(name)
			if primitive || !in.callValue(in.js.hasOwn, itemObj, nameV).ToBoolean() {
				col.set(i, "")
			} else {
				col.set(i, cell(itemObj.Get(name)))
			}
		}
	}
	head := append([]string{"(index)"}, cols.names...)
	columns := append([]*column{index}, cols.cols...)
	if hasPrimitives {
		head = append(head, "Values")
		columns = append(columns, valuesColumn)
	}
	return renderTable(head, columns)
}

// keysOf is Object.keys(obj).
func (in *Inspector) keysOf(obj *goja.Object) []string {
	arr := in.callValue(in.js.objectKeys, obj).(*goja.Object)
	n := int(arr.Get("length").ToInteger())
	out := make([]string, n)
	for i := range out {
		out[i] = arr.Get(strconv.Itoa(i)).String()
	}
	return out
}

func (in *Inspector) invalidPropertiesError(v goja.Value) *goja.Object {
	o := DefaultOptions()
	received := ""
	switch {
	case goja.IsUndefined(v), goja.IsNull(v):
		received = "Received " + v.String()
	case isObject(v):
		if ctor, isNull := newState(in, o).constructorName(v.(*goja.Object), 0); !isNull && ctor != "" {
			received = "Received an instance of " + ctor
		} else {
			o.Depth = -1
			received = "Received " + in.Inspect(v, o)
		}
	default:
		if isString(v) {
			if u := units(v); len(u) > 28 {
				v = in.str(string(utf16.Decode(u[:25])) + "...")
			}
		}
		shown := in.Inspect(v, o)
		typ := "number"
		switch {
		case isString(v):
			typ = "string"
		case isBigInt(v):
			typ = "bigint"
		case v.ExportType() != nil && v.ExportType().Kind() == reflect.Bool:
			typ = "boolean"
		}
		if _, ok := v.(*goja.Symbol); ok {
			typ = "symbol"
		}
		received = "Received type " + typ + " (" + shown + ")"
	}
	err := in.rt.NewTypeError(`The "properties" argument must be an instance of Array. ` + received)
	_ = err.Set("code", "ERR_INVALID_ARG_TYPE")
	return err
}

// column is a sparse JavaScript array of cell texts.
type column struct {
	cells   []string
	present []bool
}

func (c *column) set(i int, s string) {
	for len(c.cells) <= i {
		c.cells = append(c.cells, "")
		c.present = append(c.present, false)
	}
	c.cells[i], c.present[i] = s, true
}

// orderedColumns keeps columns in the order of a JavaScript object's keys: array indices
// ascending first, then other names in insertion order.
type orderedColumns struct {
	names []string
	cols  []*column
}

func (o *orderedColumns) get(name string) *column {
	for i, n := range o.names {
		if n == name {
			return o.cols[i]
		}
	}
	c := &column{}
	pos := len(o.names)
	if idx, ok := arrayIndex(name); ok {
		pos = 0
		for pos < len(o.names) {
			other, isIdx := arrayIndex(o.names[pos])
			if !isIdx || other > idx {
				break
			}
			pos++
		}
	}
	o.names = append(o.names, "")
	o.cols = append(o.cols, nil)
	copy(o.names[pos+1:], o.names[pos:])
	copy(o.cols[pos+1:], o.cols[pos:])
	o.names[pos], o.cols[pos] = name, c
	return c
}

// arrayIndex parses a canonical array index ("0", "12"; not "01", not 2^32-1).
func arrayIndex(s string) (uint64, bool) {
	if s == "" || len(s) > 10 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n >= 1<<32-1 {
		return 0, false
	}
	return n, true
}

// renderTable draws node's box: left-aligned cells padded to the widest in their column.
func renderTable(head []string, columns []*column) string {
	widths := make([]int, len(head))
	for i, h := range head {
		widths[i] = stringWidth(h)
	}
	rowsN := 0
	for _, c := range columns {
		if len(c.cells) > rowsN {
			rowsN = len(c.cells)
		}
	}
	rows := make([][]string, rowsN)
	for i, c := range columns {
		for j := 0; j < rowsN; j++ {
			if rows[j] == nil {
				rows[j] = make([]string, len(head))
			}
			v := ""
			if j < len(c.cells) && c.present[j] {
				v = c.cells[j]
			}
			rows[j][i] = v
			if w := stringWidth(v); w > widths[i] {
				widths[i] = w
			}
		}
	}
	divider := make([]string, len(widths))
	for i, w := range widths {
		divider[i] = strings.Repeat("─", w+2)
	}
	var b strings.Builder
	b.WriteString("┌" + strings.Join(divider, "┬") + "┐\n")
	renderRow(&b, head, widths)
	b.WriteString("├" + strings.Join(divider, "┼") + "┤\n")
	for _, r := range rows {
		renderRow(&b, r, widths)
	}
	b.WriteString("└" + strings.Join(divider, "┴") + "┘")
	return b.String()
}

func renderRow(b *strings.Builder, row []string, widths []int) {
	b.WriteString("│ ")
	for i, cell := range row {
		b.WriteString(cell)
		b.WriteString(spaces(widths[i] - stringWidth(cell)))
		if i != len(row)-1 {
			b.WriteString(" │ ")
		}
	}
	b.WriteString(" │\n")
}
