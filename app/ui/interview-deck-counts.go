package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// deckCounts shows how many cards of a deck are due, new and learned.
type deckCounts struct {
	app.Compo

	ILang   string
	ICounts practice.Counts
}

func newDeckCounts() *deckCounts { return &deckCounts{} }

// Lang sets the language.
func (d *deckCounts) Lang(v string) *deckCounts { d.ILang = v; return d }

// Counts sets the figures.
func (d *deckCounts) Counts(v practice.Counts) *deckCounts { d.ICounts = v; return d }

func (d *deckCounts) Render() app.UI {
	lang := d.ILang
	stat := func(class string, n int, label string) app.UI {
		return app.Div().Class("deck-stat "+class).Body(
			app.Dt().Text(label),
			app.Dd().Text(locale.Number(lang, n)),
		)
	}
	return app.Dl().Class("deck-counts").Body(
		stat("is-due", d.ICounts.Due, locale.T(lang, msgDeckDue)),
		stat("is-new", d.ICounts.New, locale.T(lang, msgDeckNew)),
		stat("is-learned", d.ICounts.Learned, locale.T(lang, msgDeckLearned)),
	)
}
