package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The self-assessment over time, as the results page shows it: the
// learner's ratings are kept as a snapshot of the day each time they view
// their own results, and the page compares two snapshots, by default the
// previous one and the latest.

// keepSnapshot keeps the learner's ratings as the day's snapshot when they
// view their own results and the ratings differ from the last snapshot
// kept (see progress.Document.KeepSnapshot). Shared results keep nothing.
func (p *ResultsPage) keepSnapshot() {
	if !app.IsClient || p.shared != nil || p.mounted.Page().URL().Fragment != "" {
		return
	}
	now := time.Now()
	if d := p.doc; !d.KeepSnapshot(now) { // a copy: it only tells whether there is anything to keep
		return
	}
	updateProgress(p.mounted, func(d *progress.Document) { d.KeepSnapshot(now) })
}

// snapshotDate is a date from the address, if it is one.
func snapshotDate(s string) string {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return ""
	}
	return s
}

// overTime is what the results show of the learner's ratings over time:
// the area scores of the later snapshot compared, what they are compared
// with, and the list to pick two snapshots from. Shared results show the
// scores of answers alone.
func (p *ResultsPage) overTime(cl *assess.Checklist, answers assess.Answers, readOnly bool) ([]assess.AreaScore, *areaComparison, app.UI) {
	if readOnly {
		return cl.AreaScores(answers), nil, nil
	}
	snaps := p.doc.Assessment.WithSnapshot(time.Now())
	scores, compare := compareSnapshots(cl, snaps, p.from, p.to)
	picker := newSnapshotPicker().Lang(p.Lang).Checklist(cl).Snapshots(snaps)
	if compare == nil {
		return cl.AreaScores(answers), nil, picker
	}
	return scores, compare, picker.Compared(compare.From, compare.To)
}
