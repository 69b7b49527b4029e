package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// assessmentStepNav closes a step of the checklist with the way on: back
// to the area before, and on to the next, named, or to the results after
// the last.
type assessmentStepNav struct {
	app.Compo

	ILang    string
	ISteps   []assessmentStep
	ICurrent string
	IRated   int
}

func newAssessmentStepNav() *assessmentStepNav { return &assessmentStepNav{} }

// Lang sets the language.
func (n *assessmentStepNav) Lang(v string) *assessmentStepNav { n.ILang = v; return n }

// Steps sets the areas, in order, and the one shown.
func (n *assessmentStepNav) Steps(steps []assessmentStep, current string) *assessmentStepNav {
	n.ISteps, n.ICurrent = steps, current
	return n
}

// Rated sets how many statements are rated in all: with none, the last
// step leads nowhere further.
func (n *assessmentStepNav) Rated(v int) *assessmentStepNav { n.IRated = v; return n }

func (n *assessmentStepNav) Render() app.UI {
	lang := n.ILang
	i := 0
	for j, s := range n.ISteps {
		if s.ID == n.ICurrent {
			i = j
		}
	}
	var back, next app.UI
	if i > 0 {
		back = app.A().Class("button-secondary step-back").Href(AssessmentStepPath(lang, n.ISteps[i-1].ID)).Text(locale.T(lang, msgStepBack))
	}
	switch {
	case i+1 < len(n.ISteps):
		next = app.A().Class("button step-next").Href(AssessmentStepPath(lang, n.ISteps[i+1].ID)).
			Text(locale.T(lang, msgStepNext, map[string]any{"Area": n.ISteps[i+1].Name}))
	case n.IRated > 0:
		next = app.A().Class("button step-next").Href(ResultsPath(lang)).Text(locale.T(lang, msgSeeResults))
	}
	return app.Nav().Class("step-nav").Aria("label", locale.T(lang, msgStepNavLabel)).Body(back, next, paceNote(lang, n.ISteps, n.ISteps[i]))
}
