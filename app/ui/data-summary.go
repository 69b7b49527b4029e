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
	IStart   string // where a learner with nothing saved begins
}

func newDataSummary() *dataSummary { return &dataSummary{} }

// Lang sets the language.
func (d *dataSummary) Lang(v string) *dataSummary { d.ILang = v; return d }

// Summary sets the counts.
func (d *dataSummary) Summary(v progress.Summary) *dataSummary { d.ISummary = v; return d }

// Start sets the address of the first lesson, offered while nothing is saved.
func (d *dataSummary) Start(v string) *dataSummary { d.IStart = v; return d }

// summaryLabels name the counts of a summary, in the order of Counts, and
// summaryKinds say which each is, for the tests that read them.
var (
	summaryLabels = [...]*i18n.Message{
		msgSavedLessons, msgSavedAnswers, msgSavedRatings, msgSavedCards, msgSavedDrafts, msgSavedDays, msgSavedSnapshots, msgSavedMocks,
	}
	summaryKinds = [...]string{"lessons", "answers", "ratings", "cards", "drafts", "days", "snapshots", "mocks"}
)

func (d *dataSummary) Render() app.UI {
	lang := d.ILang
	heading := app.H2().ID("data-saved").Text(locale.T(lang, msgSavedHeading))
	if d.ISummary.Empty() {
		// Eight noughts say less than one sentence on what will be counted.
		return app.Section().Class("data-section").Aria("labelledby", "data-saved").Body(
			heading,
			emptyState("saved-none", "lessons", locale.T(lang, msgNothingSaved), locale.T(lang, msgSavedWhat),
				app.A().Class("button").Href(d.IStart).Text(locale.T(lang, msgStartHere))),
		)
	}
	// Only what is saved is counted: a tile of nought says nothing a
	// missing tile does not, and a wall of them hides the counts that matter.
	var items []app.UI
	for i, n := range d.ISummary.Counts() {
		if n == 0 {
			continue
		}
		items = append(items, app.Div().Class("saved-count").DataSet("kind", summaryKinds[i]).Body(
			app.Dt().Text(locale.T(lang, summaryLabels[i])),
			app.Dd().Text(locale.Number(lang, n)),
		))
	}
	return app.Section().Class("data-section").Aria("labelledby", "data-saved").Body(
		heading,
		app.Dl().Class("saved-counts").Body(items...),
	)
}
