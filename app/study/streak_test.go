package study

import (
	"testing"
	"time"
	_ "time/tzdata" // real zones with summer time, whatever the machine has

	"github.com/cxopath/cxopath/app/progress"
)

var (
	la    = time.FixedZone("PST", -8*3600)
	paris = time.FixedZone("CET", 3600)
	tokyo = time.FixedZone("JST", 9*3600)
)

// studied is a session: cards rated at a moment in the device's zone.
type studied struct {
	at    time.Time
	cards int
}

// on is a session of five cards at hour:00 on a day of December 2026 in zone.
func on(day, hour int, zone *time.Location) studied {
	return studied{time.Date(2026, 12, day, hour, 0, 0, 0, zone), 5}
}

func TestTheStreakCountsDaysInARowThatMetTheGoal(t *testing.T) {
	tests := []struct {
		name     string
		sessions []studied
		now      time.Time
		streak   int
		met      bool
	}{
		{"nothing yet", nil, time.Date(2026, 12, 5, 9, 0, 0, 0, seoul), 0, false},
		{"three days in a row, today among them", []studied{on(3, 8, seoul), on(4, 22, seoul), on(5, 7, seoul)}, time.Date(2026, 12, 5, 9, 0, 0, 0, seoul), 3, true},
		{"today not met yet does not break it", []studied{on(3, 8, seoul), on(4, 22, seoul)}, time.Date(2026, 12, 5, 23, 59, 0, 0, seoul), 2, false},
		{"a whole day missed breaks it", []studied{on(2, 8, seoul), on(3, 8, seoul)}, time.Date(2026, 12, 5, 0, 1, 0, 0, seoul), 0, false},
		{"a day missed in between breaks it", []studied{on(1, 8, seoul), on(2, 8, seoul), on(4, 8, seoul), on(5, 8, seoul)}, time.Date(2026, 12, 5, 9, 0, 0, 0, seoul), 2, true},
		{"a day short of the goal breaks it", []studied{on(3, 8, seoul), {time.Date(2026, 12, 4, 8, 0, 0, 0, seoul), 4}, on(5, 8, seoul)}, time.Date(2026, 12, 5, 9, 0, 0, 0, seoul), 1, true},
		{"two sessions make one day", []studied{on(4, 8, seoul), {time.Date(2026, 12, 5, 8, 0, 0, 0, seoul), 3}, {time.Date(2026, 12, 5, 21, 0, 0, 0, seoul), 2}}, time.Date(2026, 12, 5, 22, 0, 0, 0, seoul), 2, true},
		{"late at night and early the next morning are two days", []studied{on(4, 23, seoul), on(5, 0, seoul)}, time.Date(2026, 12, 5, 1, 0, 0, 0, seoul), 2, true},
		{
			// Los Angeles on the 1st in the evening, then a night flight
			// over the date line: Seoul on the morning of the 3rd. The
			// 2nd lasted seven hours, in the air.
			"a flight west over the date line that skips a date keeps it",
			[]studied{on(1, 20, la), on(3, 9, seoul)}, time.Date(2026, 12, 3, 10, 0, 0, 0, seoul), 2, true,
		},
		{"arriving, before studying that day, keeps it too", []studied{on(1, 20, la)}, time.Date(2026, 12, 3, 10, 0, 0, 0, seoul), 1, false},
		{
			// Paris on the 1st, the night flight lands in Tokyo on the
			// afternoon of the 2nd, which lasted sixteen hours: too
			// short for a day, the 2nd does not break it.
			"a night flight east that shortens a day keeps it",
			[]studied{on(1, 21, paris), on(3, 9, tokyo)}, time.Date(2026, 12, 3, 10, 0, 0, 0, tokyo), 2, true,
		},
		{"a day skipped in the same zone breaks it", []studied{on(1, 21, tokyo), on(3, 9, tokyo)}, time.Date(2026, 12, 3, 10, 0, 0, 0, tokyo), 1, true},
		{
			// Seoul on the 2nd, then Los Angeles, where it is the 1st again.
			"a flight east over the date line that repeats a date keeps it",
			[]studied{on(1, 9, seoul), on(2, 9, seoul)}, time.Date(2026, 12, 1, 20, 0, 0, 0, la), 2, true,
		},
		{
			// The clock was set back a week: the days after it still count.
			"a clock set back keeps the streak it had",
			[]studied{on(3, 9, seoul), on(4, 9, seoul), on(5, 9, seoul)}, time.Date(2026, 11, 28, 9, 0, 0, 0, seoul), 3, false,
		},
		{
			// The clock ran ten days ahead for one session, then was put
			// right: that day stands alone.
			"a clock that ran ahead and came back keeps the streak",
			[]studied{on(3, 9, seoul), on(4, 9, seoul), on(15, 9, seoul), on(5, 9, seoul)}, time.Date(2026, 12, 5, 10, 0, 0, 0, seoul), 3, true,
		},
		{
			// The clock jumped back an hour over midnight: the studying
			// done then went to the day before, which was met already.
			"a clock that jumps back over midnight keeps it",
			[]studied{on(4, 9, seoul), {time.Date(2026, 12, 4, 23, 30, 0, 0, seoul), 2}}, time.Date(2026, 12, 4, 23, 40, 0, 0, seoul).Add(time.Hour), 1, false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := progress.New()
			d.SetGoal(progress.Goal{Cards: 5}, time.Date(2026, 11, 1, 9, 0, 0, 0, seoul))
			for _, s := range tt.sessions {
				d.Record(s.at, progress.Day{Cards: s.cards})
			}
			st := DayStatus(d.Study, tt.now)
			if st.Streak != tt.streak || st.Met != tt.met || Met(d.Study, tt.now) != tt.met {
				t.Errorf("streak %d, met %v; want %d, %v (days %+v)", st.Streak, st.Met, tt.streak, tt.met, d.Study.Days)
			}
		})
	}
}

func TestADayMissedWhenSummerTimeBeginsStillBreaksTheStreak(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	d := progress.New()
	d.SetGoal(progress.Goal{Minutes: 10}, time.Date(2026, 3, 1, 9, 0, 0, 0, paris))
	// 29 March 2026 lasts 23 hours in Paris; the learner skipped it.
	d.Record(time.Date(2026, 3, 28, 9, 0, 0, 0, paris), progress.Day{Seconds: 600})
	d.Record(time.Date(2026, 3, 30, 9, 0, 0, 0, paris), progress.Day{Seconds: 600})
	if got := Streak(d.Study, time.Date(2026, 3, 30, 10, 0, 0, 0, paris)); got != 1 {
		t.Errorf("streak %d over a day skipped when summer time began, want 1", got)
	}
	// Kept every day across the change, the streak goes on.
	d.Record(time.Date(2026, 3, 29, 9, 0, 0, 0, paris), progress.Day{Seconds: 600})
	if got := Streak(d.Study, time.Date(2026, 3, 30, 10, 0, 0, 0, paris)); got != 3 {
		t.Errorf("streak %d across summer time, want 3", got)
	}
}

func TestAGoalChangedLaterNeverChangesADayThatHasPassed(t *testing.T) {
	d := progress.New()
	d.SetGoal(progress.Goal{Minutes: 10}, on(1, 8, seoul).at)
	for day := 1; day <= 3; day++ {
		d.Record(on(day, 9, seoul).at, progress.Day{Seconds: 11 * 60})
	}
	d.SetGoal(progress.Goal{Minutes: 30}, on(3, 10, seoul).at)
	st := DayStatus(d.Study, on(4, 9, seoul).at)
	if st.Streak != 3 || st.Met {
		t.Errorf("after raising the goal: streak %d, met %v; want 3 days kept", st.Streak, st.Met)
	}
	d.Record(on(4, 9, seoul).at, progress.Day{Seconds: 20 * 60})
	if done, of := DayStatus(d.Study, on(4, 9, seoul).at).Progress(); done != 20 || of != 30 {
		t.Errorf("progress %d of %d minutes, want 20 of 30", done, of)
	}
	d.SetGoal(progress.Goal{Cards: 5}, on(4, 10, seoul).at)
	d.Record(on(4, 11, seoul).at, progress.Day{Cards: 2})
	if done, of := DayStatus(d.Study, on(4, 11, seoul).at).Progress(); done != 2 || of != 5 {
		t.Errorf("progress %d of %d cards, want 2 of 5", done, of)
	}
	if done, of := (Status{}).Progress(); done != 0 || of != 0 {
		t.Errorf("progress without a goal: %d of %d", done, of)
	}
}

func TestTheCalendarShowsTwelveWeeksEndingThisWeek(t *testing.T) {
	d := progress.New()
	d.SetGoal(progress.Goal{Cards: 5}, time.Date(2026, 9, 1, 9, 0, 0, 0, seoul))
	d.Record(time.Date(2026, 12, 2, 9, 0, 0, 0, seoul), progress.Day{Cards: 5, Seconds: 300})
	d.Record(time.Date(2026, 11, 30, 9, 0, 0, 0, seoul), progress.Day{Questions: 2})
	d.Record(time.Date(2026, 9, 1, 9, 0, 0, 0, seoul), progress.Day{Cards: 9}) // before the calendar
	tests := []struct {
		name         string
		now          time.Time
		first        time.Weekday
		start, today string
		column, row  int // where today is
	}{
		{"weeks from Sunday, on a Wednesday", time.Date(2026, 12, 2, 20, 0, 0, 0, seoul), time.Sunday, "2026-09-13", "2026-12-02", 11, 3},
		{"weeks from Monday, on a Wednesday", time.Date(2026, 12, 2, 20, 0, 0, 0, seoul), time.Monday, "2026-09-14", "2026-12-02", 11, 2},
		{"weeks from Monday, on a Sunday", time.Date(2026, 12, 6, 20, 0, 0, 0, seoul), time.Monday, "2026-09-14", "2026-12-06", 11, 6},
		{"weeks from Sunday, on a Sunday", time.Date(2026, 12, 6, 20, 0, 0, 0, seoul), time.Sunday, "2026-09-20", "2026-12-06", 11, 0},
		{"the same instant in Los Angeles is the day before", time.Date(2026, 12, 2, 8, 0, 0, 0, seoul).In(la), time.Sunday, "2026-09-13", "2026-12-01", 11, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			weeks := Activity(d.Study, tt.now, Weeks, tt.first)
			if len(weeks) != Weeks || weeks[0][0].Date != tt.start {
				t.Fatalf("%d weeks from %s, want %d from %s", len(weeks), weeks[0][0].Date, Weeks, tt.start)
			}
			today := weeks[tt.column][tt.row]
			if today.Date != tt.today || today.Future {
				t.Errorf("today's place holds %+v, want %s", today, tt.today)
			}
			for w, week := range weeks {
				for i, c := range week {
					if after := w*7+i > tt.column*7+tt.row; c.Future != after || after && c.Studied() {
						t.Errorf("%s: future %v, studied %v", c.Date, c.Future, c.Studied())
					}
				}
			}
		})
	}
	weeks := Activity(d.Study, time.Date(2026, 12, 2, 20, 0, 0, 0, seoul), Weeks, time.Sunday)
	wed, mon := weeks[11][3], weeks[11][1]
	if !wed.Met || wed.Day.Cards != 5 || wed.Day.Seconds != 300 || mon.Met || mon.Day.Questions != 2 || !mon.Studied() {
		t.Errorf("this week: Monday %+v, Wednesday %+v", mon, wed)
	}
	// Across the change back from summer time in a real zone, every
	// column is still a week of seven dates.
	ny, _ := time.LoadLocation("America/New_York")
	weeks = Activity(d.Study, time.Date(2026, 11, 3, 20, 0, 0, 0, ny), Weeks, time.Sunday)
	for w := 1; w < len(weeks); w++ {
		prev, _ := time.Parse(time.DateOnly, weeks[w-1][0].Date)
		this, _ := time.Parse(time.DateOnly, weeks[w][0].Date)
		if this.Sub(prev) != 7*24*time.Hour || this.Weekday() != time.Sunday {
			t.Errorf("week %d starts %s after %s", w, weeks[w][0].Date, weeks[w-1][0].Date)
		}
	}
}
