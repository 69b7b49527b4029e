// Package practice schedules the interview cards with FSRS, the Free Spaced
// Repetition Scheduler (github.com/open-spaced-repetition/go-fsrs, default
// parameters: 90 % target recall, no fuzz, short learning steps of 1, 5 and
// 10 minutes before a card graduates to days). It adds what a study app on
// a personal device needs around the algorithm: a device clock that jumps
// backwards, or saved data that is damaged, never corrupts a schedule; and
// the choice of the next card, the deck's counts and the intervals each
// answer would give. It is pure logic, with no browser and no go-app.
package practice

import (
	"math"
	"slices"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v3"
)

// Rating is how well the learner recalled a card's answer points.
type Rating int

// The four ratings, as FSRS numbers them.
const (
	Again Rating = iota + 1 // forgot: see it again soon
	Hard                    // recalled with difficulty
	Good                    // recalled
	Easy                    // recalled at once
)

// Ratings are the ratings in order, for buttons and keys 1 to 4.
var Ratings = []Rating{Again, Hard, Good, Easy}

// State is where a card stands in its schedule.
type State int

// The states of a card, as FSRS numbers them.
const (
	New State = iota
	Learning
	Review
	Relearning
)

// Card is the saved schedule of one interview card. The zero Card is new.
type Card struct {
	Due        time.Time `json:"due,omitzero"`
	LastReview time.Time `json:"last,omitzero"`
	Stability  float64   `json:"s,omitempty"`
	Difficulty float64   `json:"d,omitempty"`
	Scheduled  int       `json:"days,omitempty"` // days to the due date when last reviewed
	Reps       int       `json:"reps,omitempty"`
	Lapses     int       `json:"lapses,omitempty"`
	State      State     `json:"state,omitempty"`
}

var scheduler = fsrs.NewFSRS(fsrs.DefaultParam())

// sound reports whether a saved card can be scheduled from: a card that is
// not new needs its dates and a positive, finite memory state.
func (c Card) sound() bool {
	if c.State == New {
		return true
	}
	finite := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	return c.State >= Learning && c.State <= Relearning &&
		!c.Due.IsZero() && !c.LastReview.IsZero() &&
		finite(c.Stability) && c.Stability > 0 &&
		finite(c.Difficulty) && c.Difficulty >= 1 && c.Difficulty <= 10 &&
		c.Reps >= 0 && c.Lapses >= 0
}

// Sane returns the card if it can be scheduled from, else a new card: a
// damaged schedule starts again rather than producing nonsense dates.
func (c Card) Sane() Card {
	if c.sound() {
		return c
	}
	return Card{}
}

// clamp keeps time from running backwards for a card: a device clock set
// back (or a trip across time zones, which only moves the wall clock) would
// otherwise give a negative interval since the last review.
func (c Card) clamp(now time.Time) time.Time {
	if !c.LastReview.IsZero() && now.Before(c.LastReview) {
		return c.LastReview
	}
	return now
}

func (c Card) toFSRS() fsrs.Card {
	return fsrs.Card{
		Due: c.Due, LastReview: c.LastReview, Stability: c.Stability, Difficulty: c.Difficulty,
		ScheduledDays: uint64(max(c.Scheduled, 0)), Reps: uint64(max(c.Reps, 0)), Lapses: uint64(max(c.Lapses, 0)),
		State: fsrs.State(c.State),
	}
}

func fromFSRS(f fsrs.Card) Card {
	return Card{
		Due: f.Due, LastReview: f.LastReview, Stability: f.Stability, Difficulty: f.Difficulty,
		Scheduled: int(f.ScheduledDays), Reps: int(f.Reps), Lapses: int(f.Lapses), State: State(f.State),
	}
}

// Rate returns the card's schedule after the learner rated their recall
// at now. Times are kept in UTC, so a change of time zone changes nothing.
func Rate(c Card, r Rating, now time.Time) Card {
	c = c.Sane()
	if r < Again || r > Easy {
		return c
	}
	now = c.clamp(now).UTC()
	return fromFSRS(scheduler.Next(c.toFSRS(), now, fsrs.Rating(r)).Card)
}

// Intervals returns, for each rating, how long until the card would be due
// again if the learner chose it at now.
func Intervals(c Card, now time.Time) map[Rating]time.Duration {
	c = c.Sane()
	now = c.clamp(now).UTC()
	log := scheduler.Repeat(c.toFSRS(), now)
	out := make(map[Rating]time.Duration, len(Ratings))
	for _, r := range Ratings {
		out[r] = log[fsrs.Rating(r)].Card.Due.Sub(now)
	}
	return out
}

// IsDue reports whether a card that has been studied is due at now.
func (c Card) IsDue(now time.Time) bool {
	c = c.Sane()
	return c.State != New && !c.Due.After(now)
}

// Counts are the cards of a deck by where they stand.
type Counts struct {
	Due     int // studied before and due now
	New     int // never studied
	Learned int // studied and not due yet
}

// Tally counts the cards ids by their schedules at now.
func Tally(ids []string, cards map[string]Card, now time.Time) Counts {
	var n Counts
	for _, id := range ids {
		c := cards[id].Sane()
		switch {
		case c.State == New:
			n.New++
		case c.IsDue(now):
			n.Due++
		default:
			n.Learned++
		}
	}
	return n
}

// Next chooses the card to study at now among ids: the card that has been
// due longest, else the first new card in the order given. ok is false when
// nothing is due and nothing is new; then upcoming is the earliest due date
// (zero if the deck is empty).
func Next(ids []string, cards map[string]Card, now time.Time) (id string, upcoming time.Time, ok bool) {
	var due []string
	firstNew := ""
	for _, cid := range ids {
		c := cards[cid].Sane()
		switch {
		case c.State == New:
			if firstNew == "" {
				firstNew = cid
			}
		case c.IsDue(now):
			due = append(due, cid)
		case upcoming.IsZero() || c.Due.Before(upcoming):
			upcoming = c.Due
		}
	}
	if len(due) > 0 {
		slices.SortStableFunc(due, func(a, b string) int { return cards[a].Due.Compare(cards[b].Due) })
		return due[0], time.Time{}, true
	}
	if firstNew != "" {
		return firstNew, time.Time{}, true
	}
	return "", upcoming, false
}
