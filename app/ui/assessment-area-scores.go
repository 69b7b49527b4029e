package ui

import (
	"math"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// areaScores shows where the learner stands in each area: a radar chart and,
// beside it, a table with the same figures.
type areaScores struct {
	app.Compo

	ILang    string
	ICourse  *content.Course
	IScores  []assess.AreaScore
	ICompare *areaComparison // an earlier snapshot the scores are set against; none: no comparison
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

// percent formats a 0-to-1 score as a whole percentage.
func percent(lang string, score float64) string {
	return locale.Percent(lang, math.Round(score*100))
}

func (a *areaScores) Render() app.UI {
	lang := a.ILang
	labels := make([]string, len(a.IScores))
	values := make([]float64, len(a.IScores))
	rows := make([]app.UI, len(a.IScores))
	for i, s := range a.IScores {
		labels[i] = areaName(a.ICourse, lang, s.Area)
		values[i] = s.Score
		score := locale.T(lang, msgNotRated)
		if s.Answered > 0 {
			score = percent(lang, s.Score)
		}
		rows[i] = app.Tr().Body(
			app.Th().Scope("row").Text(labels[i]),
			app.Td().Class("number").Text(score),
			a.ICompare.cell(lang, i),
			app.Td().Class("number").Text(locale.T(lang, msgRatedOf, map[string]any{
				"Count": locale.Number(lang, s.Answered), "Total": locale.Number(lang, s.Total),
			})),
		)
	}
	return app.Section().Class("area-scores").Aria("labelledby", "where-you-stand").Body(
		app.H2().ID("where-you-stand").Text(locale.T(lang, msgWhereYouStand)),
		app.Div().Class("area-scores-body").Body(
			a.ICompare.figure(lang, newRadarChart().Axes(labels, values).Then(a.ICompare.then())),
			app.Table().Class("area-table").Body(
				app.Caption().Class("visually-hidden").Text(a.ICompare.caption(lang)),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(locale.T(lang, msgAreaColumn)),
					app.Th().Scope("col").Class("number").Text(locale.T(lang, msgScoreColumn)),
					a.ICompare.header(lang),
					app.Th().Scope("col").Class("number").Text(locale.T(lang, msgRatedColumn)),
				)),
				app.TBody().Body(rows...),
			),
		),
	)
}
