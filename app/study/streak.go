package study

import (
	"slices"
	"time"

	"github.com/cxopath/cxopath/app/progress"
)

// Status is where the learner stands today against the daily goal.
type Status struct {
	Goal   progress.Goal
	Today  progress.Day // what they did today
	Met    bool         // today met the goal
	Streak int          // days in a row that met it, today's once it has
}

// Progress is how far today has come toward the goal, in the goal's unit
// (whole minutes or cards), and the goal itself; both 0 without a goal.
func (s Status) Progress() (done, of int) {
	switch {
	case s.Goal.Minutes > 0:
		return s.Today.Seconds / 60, s.Goal.Minutes
	case s.Goal.Cards > 0:
		return s.Today.Cards, s.Goal.Cards
	}
	return 0, 0
}

// DayStatus is where the learner stands at now, the device's local time.
func DayStatus(s progress.Study, now time.Time) Status {
	today := progress.DateOf(now)
	return Status{Goal: s.Goal, Today: s.Days[today], Met: met(s, today, today), Streak: Streak(s, now)}
}

// Met reports whether the learner's day at now has met the goal.
func Met(s progress.Study, now time.Time) bool {
	today := progress.DateOf(now)
	return met(s, today, today)
}

// met reports whether a date met the goal: a past day as it stood then,
// today also by the goal as it is now.
func met(s progress.Study, date, today string) bool {
	day, ok := s.Days[date]
	return ok && (day.Met || date == today && s.Goal.MetBy(day))
}

// shortDay is how long a date must have lasted for the learner for it to
// count against a streak when they did not study on it: a trip east
// shortens a day by the hours the clock moves ahead, and flying across the
// date line can skip a date altogether. Summer time changes a day by an
// hour at most, so a day skipped then still counts.
const shortDay = 20 * time.Hour

// Streak is how many days in a row have met the goal, at now. Today counts
// once it has met the goal; until the day is over, not having met it yet
// does not break the streak. A date the learner spent less than shortDay in
// (see shortDay) does not break it either. Days recorded after now's date
// mean the clock was set back, or the learner flew west: the streak that
// ran up to them is kept. A day recorded while the clock ran ahead stands
// alone and leaves the real streak as it was once the clock is right.
func Streak(s progress.Study, now time.Time) int {
	today := progress.DateOf(now)
	var dates []string // the dates that met the goal, newest first
	for date := range s.Days {
		if _, err := time.Parse(time.DateOnly, date); err == nil && met(s, date, today) {
			dates = append(dates, date)
		}
	}
	slices.Sort(dates)
	slices.Reverse(dates)
	_, offset := now.Zone()
	best := run(s, dates, today, offset/60, met(s, today, today))
	for _, date := range dates {
		if date > today {
			best = max(best, run(s, dates, date, s.Days[date].Zone, true))
		}
	}
	return best
}

// run counts the met dates in a row going back from date from, in time
// zone zone (minutes from UTC), counting from itself when counted.
func run(s progress.Study, dates []string, from string, zone int, counted bool) int {
	n := 0
	if counted {
		n = 1
	}
	for _, d := range dates {
		if d >= from {
			continue
		}
		gap := between(d, from) - 1
		if gap > 0 && !shortened(d, s.Days[d].Zone, from, zone, gap) {
			break
		}
		n, from, zone = n+1, d, s.Days[d].Zone
	}
	return n
}

// between is how many calendar days date b is after date a.
func between(a, b string) int {
	ta, _ := time.Parse(time.DateOnly, a)
	tb, _ := time.Parse(time.DateOnly, b)
	return int(tb.Sub(ta).Hours()/24 + 0.5)
}

// shortened reports whether the gap dates between date a, in zone za, and
// date b, in zone zb, lasted less than shortDay each for the learner: the
// time from the end of a to the start of b, each in its own zone.
func shortened(a string, za int, b string, zb int, gap int) bool {
	ta, _ := time.Parse(time.DateOnly, a)
	tb, _ := time.Parse(time.DateOnly, b)
	end := time.Date(ta.Year(), ta.Month(), ta.Day()+1, 0, 0, 0, 0, time.FixedZone("", za*60))
	start := time.Date(tb.Year(), tb.Month(), tb.Day(), 0, 0, 0, 0, time.FixedZone("", zb*60))
	return start.Sub(end) < time.Duration(gap)*shortDay
}
