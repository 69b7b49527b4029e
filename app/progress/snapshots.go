package progress

import (
	"maps"
	"slices"
	"time"
)

// MaxSnapshots is how many snapshots of the self-assessment a document
// keeps: a year of weekly views. Older ones give way to newer ones.
const MaxSnapshots = 52

// KeepSnapshot keeps the learner's ratings as they stand as the snapshot of
// now's day in now's time zone (the device's local date), as when the
// learner views the results, and reports whether the snapshots changed.
//
// Ratings identical to the latest snapshot add nothing. A later view on the
// same day replaces that day's snapshot, and a day's snapshot that comes
// back to the one before it is dropped, so two snapshots in a row always
// differ. When the clock has gone back behind the latest snapshot's date,
// the ratings replace that snapshot under its date instead of going in
// before it: the newest ratings stay last and no date is kept twice. With
// no ratings nothing is kept.
func (d *Document) KeepSnapshot(now time.Time) bool {
	a := &d.Assessment
	kept := keepSnapshot(a.Snapshots, a.Ratings, now.Format(time.DateOnly))
	if slices.EqualFunc(kept, a.Snapshots, sameSnapshot) {
		return false
	}
	a.Snapshots = kept
	return true
}

// WithSnapshot returns the snapshots as KeepSnapshot would leave them, without
// changing the document: what the results page shows before the keeping is
// saved.
func (a Assessment) WithSnapshot(now time.Time) []Snapshot {
	return keepSnapshot(a.Snapshots, a.Ratings, now.Format(time.DateOnly))
}

// keepSnapshot returns snaps with ratings kept as the snapshot of day on;
// snaps itself is never changed.
func keepSnapshot(snaps []Snapshot, ratings map[string]int, on string) []Snapshot {
	n := len(snaps)
	if len(ratings) == 0 || n > 0 && maps.Equal(snaps[n-1].Ratings, ratings) {
		return snaps
	}
	s := Snapshot{On: on, Ratings: maps.Clone(ratings)}
	out := slices.Clone(snaps)
	switch {
	case n == 0 || out[n-1].On < on:
		out = append(out, s)
	case n > 1 && maps.Equal(out[n-2].Ratings, ratings):
		// Back to where the day before left off: this day adds nothing.
		out = out[:n-1]
	default:
		// The same day, or a clock gone back behind the latest snapshot.
		s.On = out[n-1].On
		out[n-1] = s
	}
	if len(out) > MaxSnapshots {
		out = out[len(out)-MaxSnapshots:]
	}
	return out
}

// sameSnapshot reports whether two snapshots hold the same date and ratings.
func sameSnapshot(a, b Snapshot) bool { return a.On == b.On && maps.Equal(a.Ratings, b.Ratings) }

// SnapshotOn returns the snapshot dated on, if snaps has one.
func SnapshotOn(snaps []Snapshot, on string) (Snapshot, bool) {
	i := slices.IndexFunc(snaps, func(s Snapshot) bool { return s.On == on })
	if i < 0 {
		return Snapshot{}, false
	}
	return snaps[i], true
}

// PickSnapshots chooses the two snapshots to compare: the ones dated
// fromOn and toOn, as the learner picked them, when snaps has them. In
// place of a date snaps lacks (or none), to is the latest snapshot, and
// from the previous one: the latest before to whose ratings differ from
// to's, else the latest before to, else the first after it. ok is false
// when snaps has no two snapshots to compare.
func PickSnapshots(snaps []Snapshot, fromOn, toOn string) (from, to Snapshot, ok bool) {
	if len(snaps) < 2 {
		return Snapshot{}, Snapshot{}, false
	}
	to, found := SnapshotOn(snaps, toOn)
	if !found {
		to = snaps[len(snaps)-1]
	}
	if from, found = SnapshotOn(snaps, fromOn); found {
		return from, to, true
	}
	before := -1
	for i := len(snaps) - 1; i >= 0; i-- {
		if snaps[i].On >= to.On {
			continue
		}
		if !maps.Equal(snaps[i].Ratings, to.Ratings) {
			return snaps[i], to, true
		}
		if before < 0 {
			before = i
		}
	}
	if before >= 0 {
		return snaps[before], to, true
	}
	for _, s := range snaps {
		if s.On > to.On {
			return s, to, true
		}
	}
	return Snapshot{}, Snapshot{}, false
}

// checkSnapshots leaves out of an imported document the snapshots that
// cannot be right (a date that is not a date or lies after future, a date
// given twice, no ratings, more than MaxSnapshots) and the ratings outside
// the scale, counting each; ratings of items k does not know are kept.
// What is left is put in date order.
func checkSnapshots(a *Assessment, k Known, future time.Time, r *Report) {
	if len(a.Snapshots) == 0 {
		return
	}
	byDate := map[string]Snapshot{}
	for _, s := range a.Snapshots {
		t, err := time.Parse(time.DateOnly, s.On)
		if _, twice := byDate[s.On]; err != nil || t.After(future) || twice {
			r.Snapshots++
			continue
		}
		ratings := map[string]int{}
		for item, rating := range s.Ratings {
			switch known, valid := k.rating(item, rating); {
			case !known:
				r.Unknown++
				ratings[item] = rating
			case !valid:
				r.Ratings++
			default:
				ratings[item] = rating
			}
		}
		if len(ratings) == 0 {
			r.Snapshots++
			continue
		}
		byDate[s.On] = Snapshot{On: s.On, Ratings: ratings}
	}
	a.Snapshots = latest(byDate)
	r.Snapshots += len(byDate) - len(a.Snapshots)
}

// mergeSnapshots folds their snapshots into out's: every date either holds,
// in date order; for a date both hold, the snapshot of the document whose
// self-assessment is the more recent (out's on a tie); the latest
// MaxSnapshots of them. theirsLater says that theirs is the more recent.
func mergeSnapshots(out *Assessment, theirs []Snapshot, theirsLater bool) {
	if len(theirs) == 0 {
		return
	}
	byDate := map[string]Snapshot{}
	for _, s := range out.Snapshots {
		byDate[s.On] = s
	}
	for _, t := range theirs {
		if _, mine := byDate[t.On]; !mine || theirsLater {
			byDate[t.On] = Snapshot{On: t.On, Ratings: maps.Clone(t.Ratings)}
		}
	}
	out.Snapshots = latest(byDate)
}

// latest is the latest MaxSnapshots snapshots of byDate, in date order.
func latest(byDate map[string]Snapshot) []Snapshot {
	dates := make([]string, 0, len(byDate))
	for on := range byDate {
		dates = append(dates, on)
	}
	slices.Sort(dates)
	dates = dates[max(0, len(dates)-MaxSnapshots):]
	out := make([]Snapshot, len(dates))
	for i, on := range dates {
		out[i] = byDate[on]
	}
	return out
}
