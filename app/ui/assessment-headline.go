package ui

import (
	"strconv"
	"strings"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultsHeadline opens the results with what they come to: the role that
// fits best (every role tied for it), its fit as a ring and a figure, and
// one sentence on the learner's strongest and weakest areas.
type resultsHeadline struct {
	app.Compo

	ILang      string
	ICourse    *content.Course
	IFits      []assess.Fit
	IScores    []assess.AreaScore
	IChecklist *assess.Checklist
}

func newResultsHeadline() *resultsHeadline { return &resultsHeadline{} }

// Lang sets the language.
func (h *resultsHeadline) Lang(v string) *resultsHeadline { h.ILang = v; return h }

// Course sets the course whose roles and areas are named.
func (h *resultsHeadline) Course(v *content.Course) *resultsHeadline { h.ICourse = v; return h }

// Results sets the checklist, the ranking of the roles, best first, and
// the area scores.
func (h *resultsHeadline) Results(cl *assess.Checklist, fits []assess.Fit, scores []assess.AreaScore) *resultsHeadline {
	h.IChecklist, h.IFits, h.IScores = cl, fits, scores
	return h
}

// sentence says where the learner is strongest and weakest.
func (h *resultsHeadline) sentence() string {
	lang, c := h.ILang, h.ICourse
	strong, weak, even := assess.Extremes(h.IScores)
	if h.IChecklist != nil && len(h.IFits) > 0 {
		strong, weak, even = h.IChecklist.ExtremesFor(h.IFits[0].Role, h.IScores)
	}
	switch {
	case strong == "":
		return ""
	case even:
		return locale.T(lang, msgHeadlineEven)
	}
	return locale.T(lang, msgHeadlineAreas, map[string]any{"Strong": areaPhrase(c, lang, strong), "Weak": areaPhrase(c, lang, weak)})
}

func (h *resultsHeadline) Render() app.UI {
	lang := h.ILang
	if len(h.IFits) == 0 {
		return app.Div()
	}
	best := h.IFits[0]
	var names []app.UI
	for _, f := range h.IFits {
		if !f.Best {
			break
		}
		if len(names) > 0 {
			names = append(names, app.Span().Class("headline-and").Aria("hidden", "true").Text(" · "))
		}
		names = append(names, app.A().Href(RolePath(lang, f.Role)).Text(roleName(h.ICourse, lang, f.Role)))
	}
	fit := locale.T(lang, msgFitScore, map[string]any{"Percent": percent(lang, best.Score)})
	return app.Section().Class("results-headline").Aria("label", locale.T(lang, msgHeadlineLabel)).Body(
		app.Div().Class("headline-ring").Aria("hidden", "true").Body(
			app.Span().Class("progress-ring").Style("--value", strconv.FormatFloat(clamp01(best.Score), 'f', 3, 64)),
			textSpan("headline-percent", strings.TrimSpace(percent(lang, best.Score))),
		),
		app.Div().Class("headline-text").Body(
			textP("headline-label", locale.T(lang, msgHeadlineLabel)),
			// The ring shows the fit; the words say it to a screen reader.
			app.P().Class("headline-role").Body(append(names, textSpan("headline-fit visually-hidden", fit))...),
			textP("headline-areas", h.sentence()),
		),
	)
}
