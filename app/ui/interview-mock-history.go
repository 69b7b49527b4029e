package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mockHistory lists the finished mock interviews, the latest first: when,
// the role and topic drilled with the number of questions, and the points
// covered.
type mockHistory struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IMocks  []progress.Mock // oldest first, as the document keeps them
}

func newMockHistory() *mockHistory { return &mockHistory{} }

// Lang sets the language.
func (h *mockHistory) Lang(v string) *mockHistory { h.ILang = v; return h }

// Course sets the course the cards come from.
func (h *mockHistory) Course(v *content.Course) *mockHistory { h.ICourse = v; return h }

// Mocks sets the history.
func (h *mockHistory) Mocks(v []progress.Mock) *mockHistory { h.IMocks = v; return h }

func (h *mockHistory) Render() app.UI {
	lang := h.ILang
	section := app.Section().Class("mock-history").Aria("labelledby", "mock-history")
	heading := app.H2().ID("mock-history").Text(locale.T(lang, msgMockHistory))
	if len(h.IMocks) == 0 {
		return section.Body(heading, emptyState("mock-history-empty", "interview", "", locale.T(lang, msgMockHistoryEmpty), nil))
	}
	rows := make([]app.UI, 0, len(h.IMocks))
	for i := len(h.IMocks) - 1; i >= 0; i-- {
		rows = append(rows, h.row(h.IMocks[i], i == len(h.IMocks)-1))
	}
	return section.Body(
		heading,
		app.Div().Class("table-wrap").TabIndex(0).Attr("role", "region").Aria("labelledby", "mock-history").Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(locale.T(lang, msgMockDate)),
					app.Th().Scope("col").Text(locale.T(lang, msgMockRole)),
					app.Th().Scope("col").Text(locale.T(lang, msgMockPoints)),
				)),
				app.TBody().Body(rows...),
			),
		),
	)
}

// row is one interview of the history; the latest is tagged.
func (h *mockHistory) row(m progress.Mock, latest bool) app.UI {
	lang, c := h.ILang, h.ICourse
	when := ""
	if t, ok := progress.MockTime(m); ok {
		// Short, so that the points covered fit beside it on a phone.
		when = locale.ShortDate(lang, t.Local(), time.Now())
	}
	drilled := locale.T(lang, msgAllRoles)
	if m.Role != "" {
		drilled = roleName(c, lang, m.Role)
	}
	for _, t := range m.Topics {
		if name := c.Interview.Text[lang].Topics[t]; name != "" {
			drilled += " · " + name
		}
	}
	covered, points := practice.Total(mockCoverage(c.Interview, m))
	class := ""
	if latest {
		class = "is-latest"
	}
	return app.Tr().Class(class).Body(
		app.Th().Scope("row").Body(
			app.Text(when),
			app.If(latest, func() app.UI { return textSpan("tag mock-row-latest", locale.T(lang, msgMockLatest)) }),
		),
		app.Td().Body(
			app.Text(drilled),
			textSpan("mock-row-questions", locale.N(lang, msgMockRowQuestions, len(m.Answers))),
		),
		app.Td().Class("mock-row-score").Body(
			app.Text(locale.T(lang, msgMockRowScore, map[string]any{
				"Covered": locale.Number(lang, covered), "Points": locale.Number(lang, points), "Percent": share(lang, covered, points),
			})),
			pointsBar(covered, points),
		),
	)
}
