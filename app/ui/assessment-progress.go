package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// assessmentStep is one area of the checklist as a step: its id, its name
// and how many of its statements are rated.
type assessmentStep struct {
	ID, Name     string
	Rated, Total int
}

// assessmentProgress says how much of the checklist is rated and, as a bar
// of one segment per area, how much of each; a segment leads to its area's
// step. It stays on screen while the page scrolls, and its count is a live
// region, so each rating is announced once.
type assessmentProgress struct {
	app.Compo

	ILang    string
	IRated   int
	ITotal   int
	ISteps   []assessmentStep
	ICurrent string // the area shown; "" when every area is
}

func newAssessmentProgress() *assessmentProgress { return &assessmentProgress{} }

// Lang sets the language.
func (a *assessmentProgress) Lang(v string) *assessmentProgress { a.ILang = v; return a }

// Rated sets how many of how many statements are rated.
func (a *assessmentProgress) Rated(rated, total int) *assessmentProgress {
	a.IRated, a.ITotal = rated, total
	return a
}

// Steps sets the areas, in order, and the one shown.
func (a *assessmentProgress) Steps(steps []assessmentStep, current string) *assessmentProgress {
	a.ISteps, a.ICurrent = steps, current
	return a
}

func (a *assessmentProgress) Render() app.UI {
	lang := a.ILang
	label := locale.N(lang, msgRatedCount, a.IRated, map[string]any{"Total": locale.Number(lang, a.ITotal)})
	segments := make([]app.UI, len(a.ISteps))
	for i, s := range a.ISteps {
		class := "step-link"
		if s.Total > 0 && s.Rated == s.Total {
			class += " is-done"
		}
		link := app.A().Class(class).Href(AssessmentStepPath(lang, s.ID)).
			Style("--done", strconv.FormatFloat(float64(s.Rated)/float64(max(s.Total, 1)), 'f', 2, 64))
		if s.ID == a.ICurrent {
			link = link.Aria("current", "step")
		}
		segments[i] = app.Li().Body(link.Body(
			textSpan("visually-hidden", locale.T(lang, msgStepLink, map[string]any{
				"Area": s.Name, "Count": locale.Number(lang, s.Rated), "Total": locale.Number(lang, s.Total),
			})),
			app.Span().Class("step-bar").Aria("hidden", "true"),
		))
	}
	return app.Div().Class("assessment-progress").Body(
		app.Div().Class("assessment-progress-head").Body(
			app.P().Attr("role", "status").Text(label),
			app.If(a.IRated > 0, func() app.UI {
				return app.A().Class("results-link").Href(ResultsPath(lang)).Text(locale.T(lang, msgSeeResults))
			}),
		),
		app.Nav().Aria("label", locale.T(lang, msgAssessmentAreas)).Body(
			app.Ol().Class("assessment-steps").Body(segments...),
		),
	)
}
