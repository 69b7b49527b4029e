package progress

import (
	"slices"
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

// MaxMocks is how many finished mock interviews the history keeps: the
// latest ones.
const MaxMocks = 50

// FinishMock keeps a finished mock interview in the history (the latest
// MaxMocks, oldest first), schedules each card it asked by the share of
// the card's answer points the learner covered (points: card id → how many
// answer points it has; a card it does not list keeps its schedule), and
// counts the mock interview on the local date today. One already kept (it
// started at the same time), as when two copies of a tab finish the same
// interview, changes nothing.
func (d *Document) FinishMock(m Mock, points map[string]int, now time.Time, today string) {
	if slices.ContainsFunc(d.Practice.Mocks, func(k Mock) bool { return k.At == m.At }) {
		return
	}
	m = cloneMock(m)
	for i, a := range m.Answers {
		n, ok := points[a.Card]
		if !ok {
			m.Answers[i].Covered = cleanCovered(a.Covered, -1)
			continue
		}
		m.Answers[i].Covered = cleanCovered(a.Covered, n)
		rating := practice.CoverageRating(len(m.Answers[i].Covered), n)
		d.SetCard(a.Card, practice.Rate(d.Practice.Cards[a.Card], rating, now))
	}
	d.Practice.Mocks = keepMocks(append(d.Practice.Mocks, m))
	if d.Study.Days == nil {
		d.Study.Days = map[string]Day{}
	}
	day := d.Study.Days[today]
	day.Mocks++
	d.Study.Days[today] = day
}

// MockTime is when a mock interview started; ok is false when its date
// cannot be read.
func MockTime(m Mock) (t time.Time, ok bool) {
	t, err := time.Parse(time.RFC3339, m.At)
	return t, err == nil
}

// keepMocks orders mock interviews by when they started, oldest first
// (those whose date cannot be read before the rest), and keeps the latest
// MaxMocks.
func keepMocks(mocks []Mock) []Mock {
	// An insertion sort, stable: the history is short, and a generic sort
	// of Mock would cost app.wasm several kilobytes.
	at := make([]time.Time, len(mocks))
	for i, m := range mocks {
		at[i], _ = MockTime(m)
	}
	for i := 1; i < len(mocks); i++ {
		for j := i; j > 0 && at[j].Before(at[j-1]); j-- {
			mocks[j], mocks[j-1] = mocks[j-1], mocks[j]
			at[j], at[j-1] = at[j-1], at[j]
		}
	}
	if len(mocks) > MaxMocks {
		mocks = slices.Clone(mocks[len(mocks)-MaxMocks:])
	}
	return mocks
}

// cleanCovered is the indexes of the answer points covered, each once, in
// order, and only those below points (any, when points is negative).
func cleanCovered(covered []int, points int) []int {
	var out []int
	for _, i := range covered {
		if i >= 0 && (points < 0 || i < points) && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

func cloneMock(m Mock) Mock {
	m.Topics = slices.Clone(m.Topics)
	m.Answers = slices.Clone(m.Answers)
	for i := range m.Answers {
		m.Answers[i].Covered = slices.Clone(m.Answers[i].Covered)
	}
	return m
}

// checkMocks is Check for the mock interviews: one whose date is not a
// date or lies in the future, or that has no answers, is left out, and so
// are those beyond the latest MaxMocks; an answer's negative time becomes
// none and its points the card does not have are left out. Each mock
// interview left out or corrected counts once. Answers to cards this
// version does not have are kept as they are.
func checkMocks(d *Document, k Known, now time.Time, r *Report) {
	future := now.Add(slack)
	var kept []Mock
	for _, m := range d.Practice.Mocks {
		if at, ok := MockTime(m); !ok || at.After(future) || len(m.Answers) == 0 {
			r.Mocks++
			continue
		}
		corrected := false
		for i, a := range m.Answers {
			if !k.Cards[a.Card] {
				r.Unknown++
				continue
			}
			points := -1
			if n, ok := k.Points[a.Card]; ok {
				points = n
			}
			covered := cleanCovered(a.Covered, points)
			if a.Seconds < 0 || len(covered) != len(a.Covered) {
				corrected = true
			}
			m.Answers[i].Seconds = max(a.Seconds, 0)
			m.Answers[i].Covered = covered
		}
		if corrected {
			r.Mocks++
		}
		kept = append(kept, m)
	}
	n := len(kept)
	d.Practice.Mocks = keepMocks(kept)
	r.Mocks += n - len(d.Practice.Mocks)
}

// mergeMocks is Merge for the mock interviews: every one either document
// holds, once, in the order they started, the latest MaxMocks.
func mergeMocks(out *Document, theirs *Document) {
	seen := map[string]bool{}
	var all []Mock
	for _, m := range slices.Concat(out.Practice.Mocks, theirs.Practice.Mocks) {
		if key := fingerprint(m); !seen[key] {
			seen[key] = true
			all = append(all, cloneMock(m))
		}
	}
	out.Practice.Mocks = keepMocks(all)
}
