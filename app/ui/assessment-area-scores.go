package ui

import (
	"math"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// areaScores shows where the learner stands in each area: a radar chart,
// with what a role asks as a second outline, and beside it a table with
// the same figures.
type areaScores struct {
	app.Compo

	ILang    string
	ICourse  *content.Course
	IScores  []assess.AreaScore
	ICompare *areaComparison // an earlier snapshot the scores are set against; none: no comparison
	IRole    string          // the role whose profile is outlined; "": none
	IProfile []float64       // what the role asks, one value per area
}

func newAreaScores() *areaScores { return &areaScores{} }

// Lang sets the language.
func (a *areaScores) Lang(v string) *areaScores { a.ILang = v; return a }

// Course sets the course whose area names are shown.
func (a *areaScores) Course(v *content.Course) *areaScores { a.ICourse = v; return a }

// Scores sets the scores, one per area in checklist order.
func (a *areaScores) Scores(v []assess.AreaScore) *areaScores { a.IScores = v; return a }

// Compare sets an earlier snapshot to set the scores against.
func (a *areaScores) Compare(v *areaComparison) *areaScores { a.ICompare = v; return a }

// Role sets the role whose profile is drawn beside the scores.
func (a *areaScores) Role(role string, profile []float64) *areaScores {
	a.IRole, a.IProfile = role, profile
	return a
}

// percent formats a 0-to-1 score as a whole percentage.
func percent(lang string, score float64) string {
	return locale.Percent(lang, math.Round(score*100))
}

func (a *areaScores) Render() app.UI {
	lang := a.ILang
	n := len(a.IScores)
	labels, values, scores := make([]string, n), make([]float64, n), make([]string, n)
	rows := make([]app.UI, n)
	role := roleName(a.ICourse, lang, a.IRole)
	hasRole := a.IRole != "" && len(a.IProfile) == n
	for i, s := range a.IScores {
		labels[i] = areaName(a.ICourse, lang, s.Area)
		values[i] = s.Score
		scores[i] = "—"
		score := locale.T(lang, msgNotRated)
		if s.Answered > 0 {
			score = percent(lang, s.Score)
			scores[i] = score
		}
		rows[i] = app.Tr().Body(
			app.Th().Scope("row").Text(labels[i]),
			app.Td().Class("number").Text(score),
			app.If(hasRole, func() app.UI { return app.Td().Class("number area-asks").Text(percent(lang, a.IProfile[i])) }),
			a.ICompare.cell(lang, i),
			app.Td().Class("number area-rated").Text(locale.T(lang, msgRatedOf, map[string]any{
				"Count": locale.Number(lang, s.Answered), "Total": locale.Number(lang, s.Total),
			})),
		)
	}
	var profile []float64
	if hasRole {
		profile = a.IProfile
	}
	chart := func(narrow bool) app.UI {
		return newRadarChart().Axes(labels, values).Scores(scores).Target(profile).Then(a.ICompare.then()).Narrow(narrow)
	}
	return app.Section().Class("area-scores").Aria("labelledby", "where-you-stand").Body(
		app.H2().ID("where-you-stand").Text(locale.T(lang, msgWhereYouStand)),
		app.Div().Class("area-scores-body").Body(
			app.Div().Class("radar-figure").Body(
				chart(false),
				chart(true),
				radarLegend(lang, a.ICompare, role, hasRole),
			),
			app.Table().Class("area-table").Body(
				app.Caption().Class("visually-hidden").Text(a.ICompare.caption(lang)),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(locale.T(lang, msgAreaColumn)),
					app.Th().Scope("col").Class("number").Text(locale.T(lang, msgScoreColumn)),
					app.If(hasRole, func() app.UI {
						return app.Th().Scope("col").Class("number area-asks").Text(locale.T(lang, msgRoleAsks, map[string]any{"Role": role}))
					}),
					a.ICompare.header(lang),
					app.Th().Scope("col").Class("number area-rated").Text(locale.T(lang, msgRatedColumn)),
				)),
				app.TBody().Body(rows...),
			),
		),
	)
}

// legendSwatch is the short line the legend draws a shape with; class,
// when set, is the legend item whose stroke it takes.
func legendSwatch(class string) app.UI {
	sw := svg("svg").Class("radar-swatch").Attr("viewBox", "0 0 28 8").Aria("hidden", "true").Body(
		svg("line").Attr("x1", 1).Attr("y1", 4).Attr("x2", 27).Attr("y2", 4),
	)
	if class != "" {
		sw = sw.Class(class)
	}
	return sw
}

// radarLegend names the chart's shapes: the learner's scores (by date when
// two days are compared), the earlier day's, and what the role needs. Like the chart, it is hidden from screen readers: the table's
// caption and headings say the same.
func radarLegend(lang string, compare *areaComparison, role string, hasRole bool) app.UI {
	item := func(class, text string) app.UI {
		return app.Li().Class(class).Body(legendSwatch(""), app.Span().Text(text))
	}
	now := locale.T(lang, msgLegendYou)
	var then app.UI
	if compare != nil {
		now = ratedOn(lang, compare.To)
		then = item("radar-legend-then", ratedOn(lang, compare.From))
	}
	var target app.UI
	if hasRole {
		target = item("radar-legend-target", locale.T(lang, msgRoleAsks, map[string]any{"Role": role}))
	}
	return app.Ul().Class("radar-legend").Aria("hidden", "true").Body(item("radar-legend-now", now), then, target)
}
