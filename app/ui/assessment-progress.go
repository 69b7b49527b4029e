package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// assessmentProgress says how much of the checklist is rated, with a bar,
// and leads to the results once anything is.
type assessmentProgress struct {
	app.Compo

	ILang  string
	IRated int
	ITotal int
	ILive  bool
}

func newAssessmentProgress() *assessmentProgress { return &assessmentProgress{} }

// Lang sets the language.
func (a *assessmentProgress) Lang(v string) *assessmentProgress { a.ILang = v; return a }

// Rated sets how many of how many statements are rated.
func (a *assessmentProgress) Rated(rated, total int) *assessmentProgress {
	a.IRated, a.ITotal = rated, total
	return a
}

// Live makes it announce each change to screen readers: one of the copies
// on a page is live, so a rating is announced once.
func (a *assessmentProgress) Live(v bool) *assessmentProgress { a.ILive = v; return a }

func (a *assessmentProgress) Render() app.UI {
	lang := a.ILang
	label := locale.N(lang, msgRatedCount, a.IRated, map[string]any{"Total": locale.Number(lang, a.ITotal)})
	return app.Div().Class("assessment-progress").Body(
		app.If(a.ILive, func() app.UI { return app.P().Attr("role", "status").Text(label) }).
			Else(func() app.UI { return app.P().Text(label) }),
		app.Progress().Max(a.ITotal).Value(a.IRated).Aria("label", label),
		app.If(a.IRated > 0, func() app.UI {
			return app.A().Class("button").Href(ResultsPath(lang)).Text(locale.T(lang, msgSeeResults))
		}),
	)
}
