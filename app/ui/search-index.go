package ui

import (
	"net/url"
	"sync"

	"github.com/cxopath/cxopath/app/search"
	"github.com/cxopath/cxopath/content"
)

// SearchPath is the address of search in lang, for query q (none: empty).
func SearchPath(lang, q string) string {
	if q == "" {
		return "/" + lang + "/search"
	}
	return "/" + lang + "/search?q=" + url.QueryEscape(q)
}

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

// resultPath is where a search result leads.
func resultPath(lang string, d search.Doc) string {
	switch d.Kind {
	case search.Term:
		return GlossaryPath(lang) + "#" + TermAnchor(d.ID)
	case search.Role:
		return RolePath(lang, d.ID)
	case search.Question:
		return PracticePath(lang, deckFilter{}, d.ID)
	}
	return LessonPath(lang, d.ID)
}
