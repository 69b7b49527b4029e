package progress

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

var (
	seoul = time.FixedZone("KST", 9*3600)
	paris = time.FixedZone("CET", 3600)
	la    = time.FixedZone("PST", -8*3600)
)

func TestADayCountsWhatTheLearnerDidOnTheDevicesLocalDate(t *testing.T) {
	tests := []struct {
		name string
		at   time.Time
		add  Day
		date string
		want Day
	}{
		{"a card late in the evening in Seoul", time.Date(2026, 12, 1, 23, 50, 0, 0, seoul), Day{Cards: 1}, "2026-12-01", Day{Cards: 1, Zone: 540}},
		{"the same instant in Los Angeles is the day before", time.Date(2026, 12, 1, 23, 50, 0, 0, seoul).In(la), Day{Cards: 1}, "2026-12-01", Day{Cards: 1, Zone: -480}},
		{"just after midnight in Paris", time.Date(2026, 12, 2, 0, 5, 0, 0, paris), Day{Seconds: 60}, "2026-12-02", Day{Seconds: 60, Zone: 60}},
		{"a minute of study, a question and a lesson", time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC), Day{Seconds: 60, Questions: 1, Lessons: 1, Mocks: 1}, "2026-12-03", Day{Seconds: 60, Questions: 1, Lessons: 1, Mocks: 1}},
		{"taking back more than was counted stops at zero", time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC), Day{Lessons: -3}, "2026-12-04", Day{}},
		{"a day never holds more than a day's seconds", time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC), Day{Seconds: 90 * 3600}, "2026-12-05", Day{Seconds: 25 * 3600}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New()
			d.Record(tt.at, tt.add)
			if got, ok := d.Study.Days[tt.date]; !ok || got != tt.want || len(d.Study.Days) != 1 {
				t.Errorf("days %+v, want %s: %+v", d.Study.Days, tt.date, tt.want)
			}
		})
	}
	d := New()
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, seoul)
	d.Record(at, Day{Cards: 1})
	d.Record(at.Add(time.Hour), Day{Cards: 2, Seconds: 120})
	if got := d.Study.Days["2026-12-01"]; got != (Day{Cards: 3, Seconds: 120, Zone: 540}) {
		t.Errorf("two records on one day add up to %+v", got)
	}
}

func TestADayIsMetFromTheMomentItMeetsTheGoalAndStaysMet(t *testing.T) {
	monday := time.Date(2026, 11, 30, 8, 0, 0, 0, seoul)
	d := New()
	d.Record(monday, Day{Cards: 4})
	if d.Study.Days["2026-11-30"].Met {
		t.Fatal("a day with no goal set is met")
	}
	d.SetGoal(Goal{Cards: 5}, monday)
	d.Record(monday.Add(time.Hour), Day{Cards: 1})
	if !d.Study.Days["2026-11-30"].Met {
		t.Fatal("five cards do not meet a goal of five")
	}
	d.SetGoal(Goal{Minutes: 30}, monday.Add(2*time.Hour))
	if !d.Study.Days["2026-11-30"].Met {
		t.Error("changing the goal took back a day already met")
	}
	tuesday := monday.Add(24 * time.Hour)
	d.Record(tuesday, Day{Seconds: 20 * 60})
	if d.Study.Days["2026-12-01"].Met {
		t.Error("20 minutes meet a goal of 30")
	}
	d.SetGoal(Goal{Minutes: 20}, tuesday)
	if !d.Study.Days["2026-12-01"].Met {
		t.Error("lowering the goal to what today holds does not meet it")
	}
	d.SetGoal(Goal{Minutes: 10, Cards: 5}, tuesday)
	if d.Study.Goal != (Goal{Minutes: 10}) {
		t.Errorf("a goal of both minutes and cards became %+v, want the minutes", d.Study.Goal)
	}
	if (Goal{}).MetBy(Day{Seconds: 3600, Cards: 50}) {
		t.Error("no goal is met")
	}
}

func TestOnlyTheNewestDaysAreKeptWhateverTheClockOnceSaid(t *testing.T) {
	d := New()
	first := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	for i := range MaxDays + 30 {
		d.Record(first.AddDate(0, 0, i), Day{Cards: 1})
	}
	if len(d.Study.Days) != MaxDays {
		t.Fatalf("%d days kept, want %d", len(d.Study.Days), MaxDays)
	}
	if _, ok := d.Study.Days["2025-01-30"]; ok {
		t.Error("the oldest days were kept")
	}
	last := DateOf(first.AddDate(0, 0, MaxDays+29))
	// A clock set years ahead for a moment costs one old day, not the year.
	d.Record(time.Date(2031, 6, 1, 12, 0, 0, 0, time.UTC), Day{Cards: 1})
	if _, ok := d.Study.Days[last]; !ok || len(d.Study.Days) != MaxDays {
		t.Errorf("a day in 2031 pushed out the recent days (%d kept)", len(d.Study.Days))
	}
}

func TestALessonMarkedDoneCountsOnceOnItsDay(t *testing.T) {
	at := time.Date(2026, 12, 1, 21, 0, 0, 0, seoul)
	d := New()
	d.MarkDone("pay", true, at)
	d.MarkDone("pay", true, at.Add(time.Minute))
	if got := d.Study.Days["2026-12-01"].Lessons; got != 1 || d.Lesson("pay").DoneOn != "2026-12-01" {
		t.Errorf("lessons counted %d, done on %q", got, d.Lesson("pay").DoneOn)
	}
	d.MarkDone("pay", false, at.Add(2*time.Minute))
	if got := d.Study.Days["2026-12-01"].Lessons; got != 0 {
		t.Errorf("taking the mark back the same day leaves %d counted", got)
	}
	d.MarkDone("pay", true, at)
	d.MarkDone("pay", false, at.Add(48*time.Hour))
	if got := d.Study.Days["2026-12-01"].Lessons; got != 1 {
		t.Errorf("taking the mark back two days later changed the day it was done: %d", got)
	}
}

func TestAMissedQuizQuestionComesBackUntilItIsRemembered(t *testing.T) {
	start := time.Date(2026, 12, 1, 20, 0, 0, 0, seoul)
	type answer struct {
		after time.Duration // since start
		right bool
	}
	tests := []struct {
		name    string
		answers []answer
		changed []bool
		state   practice.State
		dueIn   time.Duration // after the last answer; 0 for not scheduled
	}{
		{"a question answered right is never scheduled", []answer{{0, true}}, []bool{false}, practice.New, 0},
		{"a question answered wrong comes back in a minute", []answer{{0, false}}, []bool{true}, practice.Learning, time.Minute},
		{"answered right when it comes back, it waits a day", []answer{{0, false}, {time.Hour, true}}, []bool{true, true}, practice.Review, 24 * time.Hour},
		{"answered right again, it waits longer", []answer{{0, false}, {time.Hour, true}, {25 * time.Hour, true}}, []bool{true, true, true}, practice.Review, 48 * time.Hour},
		{"answered wrong again, it starts over soon", []answer{{0, false}, {time.Hour, true}, {25 * time.Hour, false}}, []bool{true, true, true}, practice.Relearning, 5 * time.Minute},
		{"the right option picked right after the explanation does not count", []answer{{0, false}, {10 * time.Second, true}}, []bool{true, false}, practice.Learning, time.Minute - 10*time.Second},
		{"answers before it is due change nothing", []answer{{0, false}, {time.Hour, true}, {2 * time.Hour, false}}, []bool{true, true, false}, practice.Review, 23 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New()
			var at time.Time
			for i, a := range tt.answers {
				at = start.Add(a.after)
				if got := d.ReviewQuestion("pay", "q1", a.right, at); got != tt.changed[i] {
					t.Errorf("answer %d changed the schedule: %v, want %v", i, got, tt.changed[i])
				}
			}
			c := d.Lesson("pay").Review["q1"]
			if c.State != tt.state {
				t.Errorf("state %d, want %d", c.State, tt.state)
			}
			if tt.dueIn > 0 && c.Due.Sub(at) != tt.dueIn {
				t.Errorf("due in %v, want %v", c.Due.Sub(at), tt.dueIn)
			}
		})
	}
}

func TestAnImportedDailyLoopIsCheckedFieldByField(t *testing.T) {
	good := practice.Rate(practice.Card{}, practice.Again, now)
	file, _ := json.Marshal(map[string]any{
		"app": Marker, "version": Schema,
		"lessons": map[string]any{
			"pay": map[string]any{"review": map[string]any{
				"q1": good,
				"q2": map[string]any{"due": "2026-11-23T00:00:00Z", "last": "2099-01-01T00:00:00Z", "s": 1.0, "d": 5.0, "state": 1},
				"q9": good,
			}},
		},
		"study": map[string]any{
			"goal": map[string]any{"minutes": 20},
			"days": map[string]any{
				"2026-11-20": map[string]any{"seconds": 1200, "cards": 3, "met": true, "zone": 540},
				"2026-11-21": map[string]any{"cards": -2},
				"2026-11-22": map[string]any{"seconds": 200000},
				"2026-13-01": map[string]any{"cards": 1},
				"2027-05-01": map[string]any{"cards": 1},
				"2026-11-19": map[string]any{"cards": 1, "zone": 2000},
			},
		},
	})
	d, report, problem := Import(file, known, now)
	if problem != nil {
		t.Fatal(problem)
	}
	if want := (Report{Study: 6, Unknown: 1}); report != want {
		t.Errorf("report %+v, want %+v", report, want)
	}
	if len(d.Study.Days) != 1 || d.Study.Days["2026-11-20"] != (Day{Seconds: 1200, Cards: 3, Met: true, Zone: 540}) || d.Study.Goal != (Goal{Minutes: 20}) {
		t.Errorf("study %+v", d.Study)
	}
	if r := d.Lesson("pay").Review; len(r) != 2 || r["q1"].State != practice.Learning {
		t.Errorf("reviews %+v: the one reviewed in 2099 should be gone, the unknown question kept", r)
	}
	for _, goal := range []map[string]any{{"minutes": 100000}, {"cards": -1}, {"minutes": 10, "cards": 5}} {
		file, _ := json.Marshal(map[string]any{"app": Marker, "version": Schema, "study": map[string]any{"goal": goal, "days": map[string]any{"2026-11-20": map[string]any{"cards": 1}}}})
		d, report, problem := Import(file, known, now)
		if problem != nil || d.Study.Goal.IsSet() || report.Study != 1 {
			t.Errorf("goal %v imported as %+v (%+v, %v)", goal, d.Study.Goal, report, problem)
		}
	}
	// A file with only a goal in it is the learner's, and worth importing.
	file, _ = json.Marshal(map[string]any{"app": Marker, "version": Schema, "study": map[string]any{"goal": map[string]any{"cards": 10}}})
	if d, _, problem := Import(file, known, now); problem != nil || d.Study.Goal != (Goal{Cards: 10}) {
		t.Errorf("a file with only a goal: %v", problem)
	}
}

func TestMergingKeepsEveryDayOfStudyAndCountsADayOnce(t *testing.T) {
	day := func(n int) time.Time { return time.Date(2026, 11, n, 20, 0, 0, 0, seoul) }
	mine := New()
	mine.SetGoal(Goal{Cards: 5}, day(1))
	mine.Record(day(1), Day{Cards: 5})
	mine.Record(day(2), Day{Cards: 2, Seconds: 600})
	mine.ReviewQuestion("pay", "q1", false, day(1))
	theirs := New()
	theirs.SetGoal(Goal{Minutes: 30}, day(1))
	theirs.Record(day(2), Day{Cards: 1, Seconds: 1800})
	theirs.Record(day(3), Day{Questions: 4})
	theirs.ReviewQuestion("pay", "q1", false, day(2))
	theirs.ReviewQuestion("pay", "q2", false, day(2))

	got := Merge(mine, theirs)
	if got.Study.Goal != (Goal{Cards: 5}) {
		t.Errorf("goal %+v: this device's should win", got.Study.Goal)
	}
	want := map[string]Day{
		"2026-11-01": {Cards: 5, Met: true, Zone: 540},
		"2026-11-02": {Cards: 2, Seconds: 1800, Met: true, Zone: 540},
		"2026-11-03": {Questions: 4, Zone: 540},
	}
	if fmt.Sprint(got.Study.Days) != fmt.Sprint(want) {
		t.Errorf("days %+v, want %+v", got.Study.Days, want)
	}
	if again := Merge(got, theirs); fmt.Sprint(again.Study.Days) != fmt.Sprint(want) {
		t.Errorf("merging the same file twice counts again: %+v", again.Study.Days)
	}
	r := got.Lesson("pay").Review
	if len(r) != 2 || !r["q1"].LastReview.Equal(day(2).UTC()) {
		t.Errorf("reviews %+v: the later review should win", r)
	}
	if len(mine.Lesson("pay").Review) != 1 || len(mine.Study.Days) != 2 {
		t.Error("merging changed this device's document")
	}
	empty := Merge(New(), theirs)
	if empty.Study.Goal != (Goal{Minutes: 30}) {
		t.Errorf("with no goal here, the file's should come: %+v", empty.Study.Goal)
	}
}
