package ui

import (
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// snapshotPicker lists the days the learner's ratings were kept, each with
// its overall score, in two lists to pick the two days the results
// compare. A pick moves to the address of that comparison, so it can be
// bookmarked; with one day kept, it says how the comparison comes.
type snapshotPicker struct {
	app.Compo

	ILang      string
	IChecklist *assess.Checklist
	ISnapshots []progress.Snapshot // oldest first
	IFrom, ITo string              // the dates compared
}

func newSnapshotPicker() *snapshotPicker { return &snapshotPicker{} }

// Lang sets the language.
func (s *snapshotPicker) Lang(v string) *snapshotPicker { s.ILang = v; return s }

// Checklist sets the checklist that scores the snapshots.
func (s *snapshotPicker) Checklist(v *assess.Checklist) *snapshotPicker { s.IChecklist = v; return s }

// Snapshots sets the snapshots to pick from, oldest first.
func (s *snapshotPicker) Snapshots(v []progress.Snapshot) *snapshotPicker { s.ISnapshots = v; return s }

// Compared sets the dates of the two snapshots compared.
func (s *snapshotPicker) Compared(from, to string) *snapshotPicker {
	s.IFrom, s.ITo = from, to
	return s
}

// pick moves to the comparison with the date chosen in the list that
// changed in place of the one it showed.
func (s *snapshotPicker) pick(from bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		date := ctx.JSSrc().Get("value").String()
		f, t := s.IFrom, s.ITo
		if from {
			f = date
		} else {
			t = date
		}
		ctx.Navigate(ComparedResultsPath(s.ILang, f, t))
	}
}

// choice is one of the two lists: every snapshot, newest first, with
// chosen selected.
func (s *snapshotPicker) choice(id string, label string, swatch string, chosen string, onChange app.EventHandler) app.UI {
	lang := s.ILang
	options := make([]app.UI, len(s.ISnapshots))
	for i := range s.ISnapshots {
		snap := s.ISnapshots[len(s.ISnapshots)-1-i]
		score, _ := s.IChecklist.Overall(snap.Ratings)
		options[i] = app.Option().Value(snap.On).Selected(snap.On == chosen).Text(locale.T(lang, msgSnapshotOption, map[string]any{
			"Date": ratedOn(lang, snap.On), "Score": percent(lang, score),
		}))
	}
	return app.Div().Class("snapshot-choice").Body(
		// The label carries the line the day is drawn with in the radar's
		// legend, so the lists say which day is which shape in any theme.
		app.Label().For(id).Body(legendSwatch(swatch), app.Span().Text(label)),
		app.Select().ID(id).OnChange(onChange).Body(options...),
	)
}

func (s *snapshotPicker) Render() app.UI {
	lang := s.ILang
	body := []app.UI{app.H2().ID("over-time").Text(locale.T(lang, msgSnapshotsHeading))}
	if len(s.ISnapshots) < 2 {
		body = append(body, app.P().Text(locale.T(lang, msgSnapshotsOnlyOne)))
	} else {
		body = append(body,
			app.P().Text(locale.N(lang, msgSnapshotsLead, len(s.ISnapshots))),
			newTrendChart().Lang(lang).Snapshots(s.IChecklist, s.ISnapshots).Compared(s.IFrom, s.ITo),
			app.Div().Class("snapshot-choices").Body(
				s.choice("snapshot-from", locale.T(lang, msgSnapshotFrom), "radar-legend-then", s.IFrom, s.pick(true)),
				s.choice("snapshot-to", locale.T(lang, msgSnapshotTo), "radar-legend-now", s.ITo, s.pick(false)),
			),
		)
	}
	return app.Section().Class("snapshot-picker").Aria("labelledby", "over-time").Body(body...)
}
