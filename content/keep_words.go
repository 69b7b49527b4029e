//go:build !wasm

package content

import (
	"reflect"

	"github.com/cxopath/cxopath/app/locale"
)

// keepWords glues, in every word of the course and every lesson body (never
// in ids or links' targets), the Japanese words a browser's phrase breaker
// would cut in two (locale.KeepWords). The course is loaded this way, so
// the text files, the pages rendered from them and the content's own
// tests see the same words.
func keepWords(c *Course) {
	for _, lang := range locale.Langs {
		keep := func(s *string) { *s = locale.KeepWords(lang, *s) }
		eachWord(reflect.ValueOf(c).Elem(), lang, keep)
		for _, l := range c.Lessons {
			if t := l.Text[lang]; t != nil {
				keepBodyWords(t.Body(), keep)
			}
		}
	}
}

func keepBodyWords(b *LessonBody, keep func(*string)) {
	var inlines func([]Inline)
	inlines = func(in []Inline) {
		for i := range in {
			keep(&in[i].Text)
			inlines(in[i].Children)
		}
	}
	for i := range b.Questions {
		q := &b.Questions[i]
		keep(&q.Question)
		for j := range q.Options {
			keep(&q.Options[j])
		}
		for j := range q.Feedback {
			keep(&q.Feedback[j])
		}
	}
	eachInlines(b.Intro, inlines)
	for i := range b.Sections {
		inlines(b.Sections[i].Title)
		eachInlines(b.Sections[i].Blocks, inlines)
	}
}
