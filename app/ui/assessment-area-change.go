package ui

import (
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// areaComparison is what the area scores are set against: an earlier
// snapshot's scores, each area's change since, and the dates of both. Its
// methods draw the comparison's part of the area scores; on a nil
// comparison they draw nothing, so the scores show alone.
type areaComparison struct {
	From, To string         // the snapshots' dates, YYYY-MM-DD
	Latest   string         // the date of the latest snapshot kept, To or later
	Ratings  assess.Answers // the later day's ratings, which the results show
	Then     []assess.AreaScore
	Changes  []assess.AreaChange
}

// compareSnapshots picks the snapshots to compare (see
// progress.PickSnapshots) and returns the scores to show, those of the
// later one picked, with the comparison; nil when there is nothing to
// compare.
func compareSnapshots(cl *assess.Checklist, snaps []progress.Snapshot, from, to string) ([]assess.AreaScore, *areaComparison) {
	then, now, ok := progress.PickSnapshots(snaps, from, to)
	if !ok {
		return nil, nil
	}
	return cl.AreaScores(now.Ratings), &areaComparison{
		From:    then.On,
		To:      now.On,
		Latest:  snaps[len(snaps)-1].On,
		Ratings: now.Ratings,
		Then:    cl.AreaScores(then.Ratings),
		Changes: cl.AreaChanges(then.Ratings, now.Ratings),
	}
}

// then is the earlier scores, one per area, for the radar's second outline.
func (c *areaComparison) then() []float64 {
	if c == nil {
		return nil
	}
	values := make([]float64, len(c.Then))
	for i, s := range c.Then {
		values[i] = s.Score
	}
	return values
}

// caption is the table's caption: what it shows, with both dates when it
// compares.
func (c *areaComparison) caption(lang string) string {
	if c == nil {
		return locale.T(lang, msgWhereYouStand)
	}
	return locale.T(lang, msgSnapshotCaption, map[string]any{"To": ratedOn(lang, c.To), "From": ratedOn(lang, c.From)})
}

// header is the heading of the change column.
func (c *areaComparison) header(lang string) app.UI {
	if c == nil {
		return nil
	}
	return app.Th().Scope("col").Class("number").Text(locale.T(lang, msgSnapshotChangeColumn))
}

// cell is area i's change in percentage points: "+12 pts", "−5 pts", or a dash that says in words,
// for screen readers, that nothing changed or there is nothing to compare.
func (c *areaComparison) cell(lang string, i int) app.UI {
	if c == nil || i >= len(c.Changes) {
		return nil
	}
	ch := c.Changes[i]
	td := app.Td().Class("number area-change")
	switch {
	case !ch.Compared:
		return td.Body(dash(locale.T(lang, msgSnapshotNotCompared)))
	case ch.Points == 0:
		return td.Body(dash(locale.T(lang, msgSnapshotNoChange)))
	case ch.Points > 0:
		return td.Class("is-up").Text(locale.N(lang, msgSnapshotChange, ch.Points, map[string]any{"Sign": "+"}))
	}
	return td.Class("is-down").Text(locale.N(lang, msgSnapshotChange, -ch.Points, map[string]any{"Sign": "−"}))
}

// dash shows "—" and gives screen readers the words it stands for.
func dash(words string) app.UI {
	return app.Span().Body(
		app.Span().Aria("hidden", "true").Text("—"),
		textSpan("visually-hidden", words),
	)
}

// shownRatings are the ratings the results speak for and the day they were
// rated: the learner's own, or, when two days are compared, the later day
// picked, so that the fit at the top, the line under it, the chart's legend
// and the "To" list name one and the same day.
func shownRatings(answers assess.Answers, ratedOn string, c *areaComparison) (assess.Answers, string) {
	if c == nil {
		return answers, ratedOn
	}
	return c.Ratings, c.To
}
