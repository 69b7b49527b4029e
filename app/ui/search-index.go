package ui

import (
	"sync"

	"github.com/cxopath/cxopath/app/search"
	"github.com/cxopath/cxopath/content"
)

// indexKey names what a search index is built from.
type indexKey struct {
	course *content.Course
	lang   string
}

var (
	searchMu      sync.Mutex
	searchIndexes = map[indexKey]*search.Index{}
)

// searchIndex is everything searchable in c in lang, prepared once per course
// and language.
func searchIndex(c *content.Course, lang string) *search.Index {
	key := indexKey{c, lang}
	searchMu.Lock()
	defer searchMu.Unlock()
	if idx, ok := searchIndexes[key]; ok {
		return idx
	}
	idx := search.New(search.CourseDocs(c, lang))
	if c.HasText(lang) {
		// Kept only once the lessons' text is here: until then lessons are
		// found by their title and summary alone.
		searchIndexes[key] = idx
	}
	return idx
}
