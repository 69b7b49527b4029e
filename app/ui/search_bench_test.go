package ui

import (
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/search"
	"github.com/cxopath/cxopath/content"
)

// BenchmarkSearchKeystroke types a query one character at a time and
// searches the whole course in that language after each, as the search page
// does; it reports the time per keystroke. The index is built once, as the
// app builds it on the first search.
func BenchmarkSearchKeystroke(b *testing.B) {
	course, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	for lang, query := range map[string]string{"en": "technical debt budgets", "ko": "레거시 시스템 기술 부채", "ja": "情報システム部門の技術的負債"} {
		b.Run(lang, func(b *testing.B) {
			idx := searchIndex(course, lang)
			runes := []rune(query)
			var keystrokes int
			start := time.Now()
			for b.Loop() {
				for i := 1; i <= len(runes); i++ {
					idx.Search(string(runes[:i]))
					keystrokes++
				}
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(keystrokes), "ms/keystroke")
		})
	}
}

// BenchmarkSearchIndex builds a language's index from the course, which the
// first search in a session waits for.
func BenchmarkSearchIndex(b *testing.B) {
	course, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		search.New(search.CourseDocs(course, "ja"))
	}
}
