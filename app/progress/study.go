package progress

import (
	"slices"
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

// The daily loop: the goal, the days, and the quiz questions that come back.

const (
	// MaxDays is how many days of study a document keeps: the newest by
	// date, a little over a year of daily study. Keeping a number of days,
	// not the days since a date, means a clock that once jumped years ahead
	// cannot wipe the real ones.
	MaxDays = 400
	// MaxGoalMinutes and MaxGoalCards bound a daily goal.
	MaxGoalMinutes = 24 * 60
	MaxGoalCards   = 1000
	// maxZone is the largest distance from UTC of a time zone, in minutes.
	maxZone = 14 * 60
	// maxCount bounds each counter of a day but its seconds: more than
	// anyone does in one day.
	maxCount = 10000
	// maxSeconds is the longest a day lasts (25 hours, when summer time
	// ends).
	maxSeconds = 25 * 3600
)

// MetBy reports whether a day's study meets the goal; no goal is never met.
func (g Goal) MetBy(d Day) bool {
	switch {
	case g.Minutes > 0:
		return d.Seconds >= g.Minutes*60
	case g.Cards > 0:
		return d.Cards >= g.Cards
	}
	return false
}

// IsSet reports whether the learner has chosen a goal.
func (g Goal) IsSet() bool { return g.Minutes > 0 || g.Cards > 0 }

// DateOf is the local date of t in its own location, as days are keyed.
func DateOf(t time.Time) string { return t.Format(time.DateOnly) }

// zoneOf is t's distance from UTC in minutes.
func zoneOf(t time.Time) int {
	_, offset := t.Zone()
	return offset / 60
}

// SetGoal sets the daily goal (minutes or cards, whichever g sets; a g
// with both keeps the minutes) at now, the device's local time. A day
// already meeting the new goal is met from then on; no day that met an
// earlier goal stops being met.
func (d *Document) SetGoal(g Goal, now time.Time) {
	if g.Minutes > 0 {
		g.Cards = 0
	}
	d.Study.Goal = g
	today := DateOf(now)
	if day, ok := d.Study.Days[today]; ok && g.MetBy(day) {
		day.Met = true
		d.Study.Days[today] = day
	}
}

// Record adds what the learner did at now (the device's local time) to that
// local date's study: add's counters are added (a negative one takes back,
// never below zero). The day notes the time zone it was last studied in,
// and is met from the moment it meets the goal. Only the MaxDays newest
// days are kept.
func (d *Document) Record(now time.Time, add Day) {
	today := DateOf(now)
	day := d.Study.Days[today]
	sum := func(have *int, more int) { *have = min(max(*have+more, 0), maxCount) }
	day.Seconds = min(max(day.Seconds+add.Seconds, 0), maxSeconds)
	sum(&day.Cards, add.Cards)
	sum(&day.Questions, add.Questions)
	sum(&day.Lessons, add.Lessons)
	sum(&day.Mocks, add.Mocks)
	day.Zone = zoneOf(now)
	if d.Study.Goal.MetBy(day) {
		day.Met = true
	}
	if d.Study.Days == nil {
		d.Study.Days = map[string]Day{}
	}
	d.Study.Days[today] = day
	d.Study.trim()
}

// trim forgets the oldest days beyond MaxDays.
func (s *Study) trim() {
	if len(s.Days) <= MaxDays {
		return
	}
	dates := make([]string, 0, len(s.Days))
	for date := range s.Days {
		dates = append(dates, date)
	}
	slices.Sort(dates)
	for _, date := range dates[:len(dates)-MaxDays] {
		delete(s.Days, date)
	}
}

// MarkDone marks a lesson done at now, or not done, as SetDone does, and
// counts a lesson finished on the day it becomes done; taking the mark back
// on that same day takes the count back too.
func (d *Document) MarkDone(id string, done bool, now time.Time) {
	today := DateOf(now)
	was := d.Lesson(id)
	d.SetDone(id, done, today)
	switch {
	case done && !was.Done:
		d.Record(now, Day{Lessons: 1})
	case !done && was.Done && was.DoneOn == today:
		d.Record(now, Day{Lessons: -1})
	}
}

// ReviewQuestion schedules a quiz question by an answer given at now, with
// the same scheduler as the interview cards: a question answered wrong
// comes back (Again); once it has come back, answering it when it is due
// lengthens its interval (Good) or starts it again (Again). A question
// never missed is not scheduled, and an answer before a question is due
// changes nothing, so that changing one's mind right after reading the
// explanation does not count as remembering. It reports whether the
// schedule changed.
func (d *Document) ReviewQuestion(lessonID, questionID string, right bool, now time.Time) bool {
	l := d.lesson(lessonID)
	c := l.Review[questionID].Sane()
	scheduled := c.State != practice.New
	switch {
	case !scheduled && right, scheduled && !c.IsDue(now):
		return false
	}
	rating := practice.Again
	if right {
		rating = practice.Good
	}
	if l.Review == nil {
		l.Review = map[string]practice.Card{}
	}
	l.Review[questionID] = practice.Rate(c, rating, now)
	return true
}

// checkStudy leaves out of an imported document the daily goal and the
// days that cannot be right: a goal out of range, a day that is not a
// date or lies in the future, a time zone that does not exist or a count
// out of range. r counts them in Study.
func checkStudy(d *Document, now time.Time, r *Report) {
	n := &r.Study
	g := d.Study.Goal
	if g.Minutes < 0 || g.Minutes > MaxGoalMinutes || g.Cards < 0 || g.Cards > MaxGoalCards || g.Minutes > 0 && g.Cards > 0 {
		d.Study.Goal = Goal{}
		*n++
	}
	future := now.Add(slack)
	for date, day := range d.Study.Days {
		t, err := time.Parse(time.DateOnly, date)
		counts := []int{day.Cards, day.Questions, day.Lessons, day.Mocks}
		if err != nil || t.After(future) || day.Zone < -maxZone || day.Zone > maxZone || day.Seconds < 0 || day.Seconds > maxSeconds ||
			slices.ContainsFunc(counts, func(c int) bool { return c < 0 || c > maxCount }) {
			delete(d.Study.Days, date)
			*n++
		}
	}
	d.Study.trim()
}

// checkReview leaves out of an imported lesson the review schedules that
// cannot be right (as for interview cards), counted in r.Study, and counts
// in r.Unknown the questions this version of the lesson does not have,
// which are kept. quiz is the lesson's questions as Known lists them.
func checkReview(l *Lesson, quiz map[string]int, now time.Time, r *Report) {
	for q, c := range l.Review {
		switch {
		case quiz[q] == 0:
			r.Unknown++
		case !sound(c, now):
			delete(l.Review, q)
			r.Study++
		}
	}
}

// sound reports whether a saved schedule can be right at now: one the
// scheduler accepts, last reviewed no later than now and due no further
// off than the scheduler ever sets.
func sound(c practice.Card, now time.Time) bool {
	future := now.Add(slack)
	return c == (practice.Card{}) || c.Sane() != (practice.Card{}) && !c.LastReview.After(future) && !c.Due.After(c.LastReview.Add(longest+slack))
}

// mergeStudy folds their daily loop into mine: my goal, else theirs; every
// day either holds, a day both hold with the larger of each count (the
// same day merged twice counts once) and met if either met it.
func mergeStudy(mine *Document, theirs Study) {
	if !mine.Study.Goal.IsSet() {
		mine.Study.Goal = theirs.Goal
	}
	for date, t := range theirs.Days {
		if mine.Study.Days == nil {
			mine.Study.Days = map[string]Day{}
		}
		have, ok := mine.Study.Days[date]
		if !ok {
			mine.Study.Days[date] = t
			continue
		}
		have.Seconds = max(have.Seconds, t.Seconds)
		have.Cards = max(have.Cards, t.Cards)
		have.Questions = max(have.Questions, t.Questions)
		have.Lessons = max(have.Lessons, t.Lessons)
		have.Mocks = max(have.Mocks, t.Mocks)
		have.Met = have.Met || t.Met
		mine.Study.Days[date] = have
	}
	mine.Study.trim()
}

// mergeReview folds their review schedules of a lesson's quiz questions
// into mine: of two schedules for one question, the more recently reviewed
// wins.
func mergeReview(mine *Lesson, theirs *Lesson) {
	for q, c := range theirs.Review {
		if have, ok := mine.Review[q]; !ok || c.LastReview.After(have.LastReview) {
			if mine.Review == nil {
				mine.Review = map[string]practice.Card{}
			}
			mine.Review[q] = c
		}
	}
}
