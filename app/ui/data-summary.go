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

// summaryCounts name the counts of a summary, in the order of Counts: the
// label a learner reads, and the kind the tests read it by.
var summaryCounts = [...]struct {
	kind  string
	label *i18n.Message
}{
	{"lessons", msgSavedLessons}, {"answers", msgSavedAnswers}, {"ratings", msgSavedRatings}, {"cards", msgSavedCards},
	{"drafts", msgSavedDrafts}, {"days", msgSavedDays}, {"snapshots", msgSavedSnapshots}, {"mocks", msgSavedMocks},
}

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
		items = append(items, app.Div().Class("saved-count").DataSet("kind", summaryCounts[i].kind).Body(
			app.Dt().Text(locale.T(lang, summaryCounts[i].label)),
			app.Dd().Text(locale.Number(lang, n)),
		))
	}
	return app.Section().Class("data-section").Aria("labelledby", "data-saved").Body(
		heading,
		app.Dl().Class("saved-counts").Body(items...),
	)
}
