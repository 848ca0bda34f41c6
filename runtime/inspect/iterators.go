package inspect

import (
	"reflect"
	"strings"
	"unsafe"

	"github.com/dop251/goja"
)

// Node previews what a Map or Set iterator has yet to produce ([Map Iterator] { 'a' },
// [Map Entries] { [ 'a', 1 ] }) without advancing it, through V8's internal previewEntries.
// goja has no such API, so iteratorPreview walks goja's private iterator state (mapIterObject /
// setIterObject -> orderedMapIter -> mapEntry list) by reflection, replaying its next() without
// moving it. It only reads. If goja's internals ever change shape it reports !ok and the
// iterator prints as a plain object; the golden tests notice.

// goja's iterationKind values.
const (
	iterKeys = iota
	iterValues
	iterEntries
)

// iteratorPreview returns the remaining items of a Map or Set iterator: keys or values, or
// key/value pairs flattened when pairs is true.
func iteratorPreview(o *goja.Object, isMap bool) (items []goja.Value, pairs bool, ok bool) {
	defer func() {
		if recover() != nil {
			items, pairs, ok = nil, false, false
		}
	}()
	self := selfOf(o)
	if !self.IsValid() || self.IsNil() || self.Elem().Kind() != reflect.Ptr {
		return nil, false, false
	}
	it := self.Elem().Elem()
	kindField := it.FieldByName("kind")
	iterField := it.FieldByName("iter")
	if !kindField.IsValid() || !iterField.IsValid() || iterField.Kind() != reflect.Ptr {
		return nil, false, false
	}
	kind := int(kindField.Int())
	pairs = kind == iterEntries
	if !isMap && kind != iterValues {
		pairs = true
	}
	if iterField.IsNil() {
		return nil, pairs, true // exhausted
	}
	iter := iterField.Elem()
	m := iter.FieldByName("m")
	if !m.IsValid() || m.IsNil() {
		return nil, pairs, true // closed
	}
	key := func(e reflect.Value) goja.Value { return readValue(e.Elem().FieldByName("key")) }
	value := func(e reflect.Value) goja.Value { return readValue(e.Elem().FieldByName("value")) }

	// Replay orderedMapIter.next: back over deleted entries, then one step forward.
	cur := iter.FieldByName("cur")
	for !cur.IsNil() && key(cur) == nil {
		cur = cur.Elem().FieldByName("iterPrev")
	}
	if !cur.IsNil() {
		cur = cur.Elem().FieldByName("iterNext")
	} else {
		cur = m.Elem().FieldByName("iterFirst")
	}
	for ; !cur.IsNil(); cur = cur.Elem().FieldByName("iterNext") {
		k := key(cur)
		if k == nil {
			continue
		}
		switch {
		case !isMap && pairs:
			items = append(items, k, k)
		case !isMap:
			items = append(items, k)
		case kind == iterKeys:
			items = append(items, k)
		case kind == iterValues:
			items = append(items, value(cur))
		default:
			items = append(items, k, value(cur))
		}
	}
	return items, pairs, true
}

// readValue reads a private goja.Value field.
func readValue(f reflect.Value) goja.Value {
	if !f.IsValid() || f.IsNil() {
		return nil
	}
	v, _ := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(goja.Value)
	return v
}

// formatIterator renders the preview: values for [Map Iterator]/[Set Iterator], [ key, value ]
// pairs for entries, which node brands [Map Entries] / [Set Entries].
func (s *state) formatIterator(items []goja.Value, pairs bool, braces *[2]string, recurse int) []string {
	max := s.opts.MaxArrayLength
	var out []string
	s.indent += 2
	if pairs {
		braces[0] = strings.Replace(braces[0], " Iterator] {", " Entries] {", 1)
		n := len(items) / 2
		for i := 0; i < n && i < max; i++ {
			res := []string{s.formatValue(items[2*i], recurse, false), s.formatValue(items[2*i+1], recurse, false)}
			out = append(out, s.reduceToSingleString(res, "", [2]string{"[", "]"}, arrayEntries, recurse, nil))
		}
		s.indent -= 2
		if n > max {
			out = append(out, moreItems(n-max))
		}
		return out
	}
	for i := 0; i < len(items) && i < max; i++ {
		out = append(out, s.formatValue(items[i], recurse, false))
	}
	s.indent -= 2
	if len(items) > max {
		out = append(out, moreItems(len(items)-max))
	}
	return out
}
