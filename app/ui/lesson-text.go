package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lessonText renders the body of a lesson — its typed blocks — as HTML
// elements. Nothing in it is raw HTML.
type lessonText struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IText   *content.LessonText
}

func newLessonText() *lessonText { return &lessonText{} }

// Lang sets the language of the text.
func (b *lessonText) Lang(v string) *lessonText { b.ILang = v; return b }

// Course sets the course that links resolve against.
func (b *lessonText) Course(v *content.Course) *lessonText { b.ICourse = v; return b }

// Text sets the lesson text to show.
func (b *lessonText) Text(v *content.LessonText) *lessonText { b.IText = v; return b }

func (b *lessonText) Render() app.UI {
	t := b.IText.Body()
	return app.Div().Class("lesson-text").Body(
		app.Range(t.Intro).Slice(func(i int) app.UI { return b.block(t.Intro[i]) }),
		app.Range(t.Sections).Slice(func(i int) app.UI {
			s := t.Sections[i]
			return app.Section().Aria("labelledby", s.ID).Body(
				app.H2().ID(s.ID).Body(b.inlines(s.Title)...),
				app.Range(s.Blocks).Slice(func(j int) app.UI { return b.block(s.Blocks[j]) }),
			)
		}),
	)
}

func (b *lessonText) blocks(blocks []content.Block) []app.UI {
	out := make([]app.UI, 0, len(blocks))
	for _, bl := range blocks {
		out = append(out, b.block(bl))
	}
	return out
}

func (b *lessonText) block(bl content.Block) app.UI {
	switch bl.Kind {
	case content.Subheading:
		return app.H3().ID(bl.ID).Body(b.inlines(bl.Inlines)...)
	case content.BulletList, content.NumberedList:
		items := make([]app.UI, 0, len(bl.Items))
		for _, item := range bl.Items {
			items = append(items, app.Li().Body(b.itemBody(item)...))
		}
		if bl.Kind == content.NumberedList {
			return app.Ol().Body(items...)
		}
		return app.Ul().Body(items...)
	case content.Table:
		// A narrow screen may scroll the table sideways: the keyboard can
		// too, once it focuses the table, which the header names.
		// On a phone each row stands as a card of its own, each cell under
		// its column's name, which the cell carries for the stylesheet.
		columns := make([]string, len(bl.Header))
		var names []string
		for i, h := range bl.Header {
			columns[i] = content.PlainText(h)
			if columns[i] != "" {
				names = append(names, columns[i])
			}
		}
		// A table whose top-left cell is empty labels its rows in the
		// first column.
		rowHeaders := len(columns) > 0 && columns[0] == ""
		return app.Div().Class("table-wrap").TabIndex(0).Attr("role", "region").Aria("label", strings.Join(names, " / ")).Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(b.headerCells(bl.Header)...)),
				app.TBody().Body(app.Range(bl.Rows).Slice(func(i int) app.UI {
					return app.Tr().Body(b.cells(bl.Rows[i], columns, rowHeaders)...)
				})),
			),
		)
	}
	return app.P().Body(b.inlines(bl.Inlines)...)
}

// itemBody renders a list item; a tight item's single paragraph is inlined.
func (b *lessonText) itemBody(item []content.Block) []app.UI {
	if len(item) == 1 && item[0].Kind == content.Paragraph {
		return b.inlines(item[0].Inlines)
	}
	return b.blocks(item)
}

// headerCells renders the header row.
func (b *lessonText) headerCells(cells [][]content.Inline) []app.UI {
	out := make([]app.UI, 0, len(cells))
	for _, c := range cells {
		out = append(out, app.Th().Scope("col").Body(b.inlines(c)...))
	}
	return out
}

// cells renders a row of data cells, each labelled with its column's name,
// the first one a row header if asked.
func (b *lessonText) cells(cells [][]content.Inline, columns []string, rowHeader bool) []app.UI {
	out := make([]app.UI, 0, len(cells))
	for i, c := range cells {
		if rowHeader && i == 0 {
			out = append(out, app.Th().Scope("row").Body(b.inlines(c)...))
			continue
		}
		td := app.Td()
		if i < len(columns) && columns[i] != "" {
			td = td.DataSet("label", columns[i])
		}
		out = append(out, td.Body(b.inlines(c)...))
	}
	return out
}

func (b *lessonText) inlines(inlines []content.Inline) []app.UI {
	out := make([]app.UI, 0, len(inlines))
	for _, in := range inlines {
		out = append(out, b.inline(in))
	}
	return out
}

func (b *lessonText) inline(in content.Inline) app.UI {
	switch in.Kind {
	case content.Strong:
		return app.Strong().Body(b.inlines(in.Children)...)
	case content.Emphasis:
		return app.Em().Body(b.inlines(in.Children)...)
	case content.Link:
		return b.link(in)
	}
	return app.Text(locale.KeepDots(in.Text))
}

// link renders a reference: another lesson as a link, a glossary term with
// its definition at hand, a role as a link to its profile, a figure as a
// link to its source.
func (b *lessonText) link(in content.Inline) app.UI {
	children := b.inlines(in.Children)
	switch in.Ref.Kind {
	case content.LessonRef:
		return app.A().Href(LessonPath(b.ILang, in.Ref.ID)).Body(children...)
	case content.TermRef:
		if t, ok := b.ICourse.Term(in.Ref.ID); ok {
			return newTermTip().Lang(b.ILang).Term(t.ID, content.PlainText(in.Children), t.Text[b.ILang].Definition).Name(t.Text[b.ILang].Term)
		}
	case content.RoleRef:
		return app.A().Href(RolePath(b.ILang, in.Ref.ID)).Body(children...)
	case content.SourceRef:
		return figureLink(b.ILang, b.ICourse, in.Ref.ID, children)
	}
	return app.Span().Body(children...)
}
