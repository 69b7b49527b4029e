package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// dataSummary lists what is saved on the device, counted.
type dataSummary struct {
	app.Compo

	ILang    string
	ISummary progress.Summary
}

func newDataSummary() *dataSummary { return &dataSummary{} }

// Lang sets the language.
func (d *dataSummary) Lang(v string) *dataSummary { d.ILang = v; return d }

// Summary sets the counts.
func (d *dataSummary) Summary(v progress.Summary) *dataSummary { d.ISummary = v; return d }

// summaryRows names each count of a summary, in order.
func summaryRows(s progress.Summary) []struct {
	label *i18n.Message
	n     int
} {
	return []struct {
		label *i18n.Message
		n     int
	}{
		{msgSavedLessons, s.LessonsDone},
		{msgSavedAnswers, s.QuizAnswers},
		{msgSavedRatings, s.Ratings},
		{msgSavedCards, s.CardsStudied},
		{msgSavedDrafts, s.Drafts},
	}
}

func (d *dataSummary) Render() app.UI {
	lang := d.ILang
	rows := summaryRows(d.ISummary)
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		items[i] = app.Div().Class("saved-count").Body(
			app.Dt().Text(locale.T(lang, r.label)),
			app.Dd().Text(locale.Number(lang, r.n)),
		)
	}
	return app.Section().Class("data-section").Aria("labelledby", "data-saved").Body(
		app.H2().ID("data-saved").Text(locale.T(lang, msgSavedHeading)),
		app.Dl().Class("saved-counts").Body(items...),
	)
}
