package content

import (
	"reflect"
	"slices"
	"strings"
)

// The course's words in each language (the lessons' titles, summaries and
// key points, the glossary's definitions, the roles, the self-assessment,
// the interview deck, the skills' names) travel with that language's text
// file, not in app.wasm: a page reads one or two languages, and app.wasm
// would otherwise carry all three. What stays in app.wasm is the course's
// shape: ids, order, figures, quiz answers, and an empty string where each
// word goes.
//
// A map field tagged `text:"by-language"` holds words by language. Every
// string under one language's entry is a word of that language's file,
// taken in one fixed order (fields in declaration order, slices in order,
// maps by sorted key), except a string field tagged `text:"app"`: pages show
// it in the other languages too (a term's name), so it stays in app.wasm.

// eachWord calls visit with every word of lang in v, in the order of the
// text file. visit may change the word: a word held in a map is written
// back.
func eachWord(v reflect.Value, lang string, visit func(*string)) {
	walkWords(v, lang, false, visit)
}

func walkWords(v reflect.Value, lang string, words bool, visit func(*string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkWords(v.Elem(), lang, words, visit)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("text")
			switch {
			case !f.IsExported() || tag == "app":
			case tag == "by-language" && !words:
				m := v.Field(i)
				if e := m.MapIndex(reflect.ValueOf(lang)); e.IsValid() {
					m.SetMapIndex(reflect.ValueOf(lang), wordsOf(e, lang, visit))
				}
			default:
				walkWords(v.Field(i), lang, words, visit)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkWords(v.Index(i), lang, words, visit)
		}
	case reflect.Map:
		if !words {
			return // a by-language map is never reached through another map
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			v.SetMapIndex(k, valueWalked(v.MapIndex(k), lang, words, visit))
		}
	case reflect.String:
		if words {
			s := v.String()
			visit(&s)
			v.SetString(s)
		}
	default:
		// numbers and flags are the course's shape: they stay
	}
}

// wordsOf walks one language's entry of a by-language map, every string of
// which is a word, and returns it as changed.
func wordsOf(e reflect.Value, lang string, visit func(*string)) reflect.Value {
	return valueWalked(e, lang, true, visit)
}

// valueWalked walks a value read from a map, which cannot be changed in
// place, through a copy, and returns the copy.
func valueWalked(e reflect.Value, lang string, words bool, visit func(*string)) reflect.Value {
	if e.Kind() == reflect.Pointer || e.Kind() == reflect.Map || e.Kind() == reflect.Slice {
		walkWords(e, lang, words, visit) // changes what e refers to
		return e
	}
	c := reflect.New(e.Type()).Elem()
	c.Set(e)
	walkWords(c, lang, words, visit)
	return c
}

// words lists the words of lang in the course, in file order.
func (c *Course) words(lang string) []string {
	var out []string
	eachWord(reflect.ValueOf(c).Elem(), lang, func(s *string) { out = append(out, *s) })
	return out
}

// wordPlaces counts the places for words of lang in the course.
func (c *Course) wordPlaces(lang string) int {
	n := 0
	eachWord(reflect.ValueOf(c).Elem(), lang, func(*string) { n++ })
	return n
}

// putWords puts the words of lang, in file order, in their places.
// The caller has checked that there is one for each place.
func (c *Course) putWords(lang string, words [][]byte) {
	i := 0
	eachWord(reflect.ValueOf(c).Elem(), lang, func(s *string) { *s, i = string(words[i]), i+1 })
}

// clearWords empties every word of lang, leaving its place.
func (c *Course) clearWords(lang string) {
	eachWord(reflect.ValueOf(c).Elem(), lang, func(s *string) { *s = "" })
}
