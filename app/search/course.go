package search

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

// CourseDocs turns the course into documents: lessons, glossary terms,
// roles and interview questions, in that order.
func CourseDocs(c *content.Course, lang string) []Doc {
	var docs []Doc
	for _, l := range c.Lessons {
		t := l.Text[lang]
		var body, heads strings.Builder
		for _, s := range t.Body().Sections {
			heads.WriteString(content.PlainText(s.Title) + "\n")
			blocksText(&body, s.Blocks)
		}
		docs = append(docs, Doc{Kind: Lesson, ID: l.ID, Title: t.Title, Fields: []Field{
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
		docs = append(docs, Doc{Kind: Term, ID: term.ID, Title: term.Text[lang].Term, Fields: []Field{
			{Text: term.Text[lang].Definition, Weight: 2},
			{Text: strings.Join(others, "\n"), Weight: 2},
		}})
	}
	for _, r := range c.Roles {
		t := r.Text[lang]
		docs = append(docs, Doc{Kind: Role, ID: r.ID, Title: t.Name + " · " + t.Title, Fields: []Field{
			{Text: t.Mission, Weight: 2},
			{Text: strings.Join(append(append(append(append([]string{t.Where}, t.Responsibilities...), t.Path...), t.Success...), t.Pressures...), "\n"), Weight: 1},
		}})
	}
	if iv := c.Interview; iv != nil {
		for _, q := range iv.Questions {
			t := iv.Text[lang].Questions[q.ID]
			docs = append(docs, Doc{Kind: Question, ID: q.ID, Title: t.Question, Fields: []Field{
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
