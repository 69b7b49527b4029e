package ui

import (
	"net/url"
	"strings"
	"sync"

	"github.com/cxopath/cxopath/app/locale"
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

var (
	searchMu      sync.Mutex
	searchIndexes = map[string]*search.Index{}
)

// searchIndex is everything searchable in lang, prepared once.
func searchIndex(c *content.Course, lang string) *search.Index {
	searchMu.Lock()
	defer searchMu.Unlock()
	if idx, ok := searchIndexes[lang]; ok {
		return idx
	}
	idx := searchDocsIndex(c, lang)
	if c.HasText(lang) {
		// Kept only once the lessons' text is here: until then lessons are
		// found by their title and summary alone.
		searchIndexes[lang] = idx
	}
	return idx
}

// searchDocsIndex prepares the course's documents in lang.
func searchDocsIndex(c *content.Course, lang string) *search.Index {
	return search.New(searchDocs(c, lang))
}

// searchDocs turns the course into documents: lessons, glossary terms,
// roles and interview questions, in that order.
func searchDocs(c *content.Course, lang string) []search.Doc {
	var docs []search.Doc
	for _, l := range c.Lessons {
		t := l.Text[lang]
		var body, heads strings.Builder
		for _, s := range t.Body().Sections {
			heads.WriteString(content.PlainText(s.Title) + "\n")
			blocksText(&body, s.Blocks)
		}
		docs = append(docs, search.Doc{Kind: search.Lesson, ID: l.ID, Title: t.Title, Fields: []search.Field{
			{Text: t.Summary, Weight: 3},
			{Text: strings.Join(content.Lines(t.KeyPoints), "\n"), Weight: 3},
			{Text: heads.String(), Weight: 2},
			{Text: body.String(), Weight: 1},
		}})
	}
	for _, term := range c.Glossary {
		var others []string
		for _, other := range locale.Langs {
			if other != lang {
				others = append(others, term.Text[other].Term)
			}
		}
		docs = append(docs, search.Doc{Kind: search.Term, ID: term.ID, Title: term.Text[lang].Term, Fields: []search.Field{
			{Text: term.Text[lang].Definition, Weight: 2},
			{Text: strings.Join(others, "\n"), Weight: 2},
		}})
	}
	for _, r := range c.Roles {
		t := r.Text[lang]
		docs = append(docs, search.Doc{Kind: search.Role, ID: r.ID, Title: t.Name + " · " + t.Title, Fields: []search.Field{
			{Text: t.Mission, Weight: 2},
			{Text: strings.Join(append(append(append(append([]string{t.Where}, t.Responsibilities...), t.Path...), t.Success...), t.Pressures...), "\n"), Weight: 1},
		}})
	}
	if iv := c.Interview; iv != nil {
		for _, q := range iv.Questions {
			t := iv.Text[lang].Questions[q.ID]
			docs = append(docs, search.Doc{Kind: search.Question, ID: q.ID, Title: t.Question, Fields: []search.Field{
				{Text: strings.Join(t.Points, "\n"), Weight: 1},
			}})
		}
	}
	return docs
}

// blocksText writes the plain text of lesson blocks, a line each.
func blocksText(b *strings.Builder, blocks []content.Block) {
	for _, bl := range blocks {
		b.WriteString(content.PlainText(bl.Inlines))
		for _, item := range bl.Items {
			blocksText(b, item)
		}
		for _, cell := range bl.Header {
			b.WriteString(content.PlainText(cell) + " ")
		}
		for _, row := range bl.Rows {
			for _, cell := range row {
				b.WriteString(content.PlainText(cell) + " ")
			}
		}
		b.WriteByte('\n')
	}
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
