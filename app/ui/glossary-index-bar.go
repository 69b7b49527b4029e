package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// glossaryIndexBar is the row of initials above the glossary, each a link
// to its section; an initial the filter has emptied is shown, greyed, but
// is no link.
type glossaryIndexBar struct {
	app.Compo

	ILang     string
	ISections []glossarySection
}

func newGlossaryIndexBar() *glossaryIndexBar { return &glossaryIndexBar{} }

// Lang sets the language of the bar.
func (b *glossaryIndexBar) Lang(v string) *glossaryIndexBar { b.ILang = v; return b }

// Sections sets the sections the bar links to, as the filter leaves them.
func (b *glossaryIndexBar) Sections(v []glossarySection) *glossaryIndexBar {
	b.ISections = v
	return b
}

func (b *glossaryIndexBar) Render() app.UI {
	return app.Nav().Class("glossary-index").Aria("label", locale.T(b.ILang, msgGlossaryIndex)).Body(
		app.Ul().Body(
			app.Range(b.ISections).Slice(func(i int) app.UI {
				s := b.ISections[i]
				if len(s.Terms) == 0 {
					return app.Li().Body(textSpan("is-empty", s.Initial))
				}
				return app.Li().Body(app.A().Href("#" + initialAnchor(s.Initial)).Text(s.Initial))
			}),
		),
	)
}
