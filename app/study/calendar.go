package study

import (
	"time"

	"github.com/cxopath/cxopath/app/progress"
)

// Weeks is how many weeks the activity calendar shows.
const Weeks = 12

// Cell is one day of the activity calendar.
type Cell struct {
	Date   string       // the local date, YYYY-MM-DD
	Day    progress.Day // what the learner did on it
	Met    bool         // it met the goal
	Future bool         // it has not come yet
}

// Studied reports whether the learner did anything on the day.
func (c Cell) Studied() bool {
	d := c.Day
	return d.Seconds > 0 || d.Cards > 0 || d.Questions > 0 || d.Lessons > 0 || d.Mocks > 0
}

// Activity is the calendar of the weeks up to now's, oldest first, each
// week of seven days from first (Sunday or Monday, as the learner's
// calendar starts weeks).
func Activity(s progress.Study, now time.Time, weeks int, first time.Weekday) [][7]Cell {
	today := progress.DateOf(now)
	// Calendar arithmetic on a date at noon in UTC: no summer time there.
	y, m, d := now.Date()
	day := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	back := (int(day.Weekday()) - int(first) + 7) % 7
	start := day.AddDate(0, 0, -back-7*(weeks-1))
	out := make([][7]Cell, weeks)
	for w := range out {
		for i := range 7 {
			date := progress.DateOf(start.AddDate(0, 0, 7*w+i))
			if date > today {
				out[w][i] = Cell{Date: date, Future: true}
				continue
			}
			out[w][i] = Cell{Date: date, Day: s.Days[date], Met: met(s, date, today)}
		}
	}
	return out
}
