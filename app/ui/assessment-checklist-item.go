package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// checklistItem is one statement of the self-assessment with the rating
// scale as a group of radio buttons; a rating is saved as soon as it is
// chosen.
type checklistItem struct {
	app.Compo

	ILang      string
	IID        string
	IStatement string
	INumber    int
	IRating    int // -1 when not rated
}

func newChecklistItem() *checklistItem { return &checklistItem{} }

// Lang sets the language of the scale.
func (c *checklistItem) Lang(v string) *checklistItem { c.ILang = v; return c }

// Item sets the item's id, its number on the page and its statement.
func (c *checklistItem) Item(id string, number int, statement string) *checklistItem {
	c.IID, c.INumber, c.IStatement = id, number, statement
	return c
}

// Rating sets the saved rating, or -1 for none.
func (c *checklistItem) Rating(v int) *checklistItem { c.IRating = v; return c }

func (c *checklistItem) rate(rating int) app.EventHandler {
	id := c.IID
	return func(ctx app.Context, e app.Event) {
		updateProgress(ctx, func(d *progress.Document) { d.Rate(id, rating, today()) })
	}
}

func (c *checklistItem) Render() app.UI {
	lang := c.ILang
	name := "rate-" + c.IID
	options := make([]app.UI, len(ratingNames))
	for r, m := range ratingNames {
		options[r] = radioOption("rating-option", name, r, locale.T(lang, m), r == c.IRating, c.rate(r))
	}
	class := "checklist-item"
	if c.IRating >= 0 {
		class += " is-rated"
	}
	return app.FieldSet().Class(class).ID(c.IID).Body(
		app.Legend().Body(
			textSpan("checklist-number", locale.Number(lang, c.INumber)+"."),
			app.Text(" "+locale.KeepDots(c.IStatement)),
		),
		app.Div().Class("rating-scale").Body(options...),
	)
}
