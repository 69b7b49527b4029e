package practice

import (
	"math"
	"testing"
	"time"
)

var (
	seoul = time.FixedZone("KST", 9*3600)
	start = time.Date(2026, 11, 22, 21, 30, 0, 0, seoul)
)

func TestANewCardGoesThroughLearningStepsToDays(t *testing.T) {
	tests := []struct {
		rating Rating
		want   time.Duration
		state  State
	}{
		{Again, time.Minute, Learning},
		{Hard, 5 * time.Minute, Learning},
		{Good, 10 * time.Minute, Learning},
	}
	for _, tt := range tests {
		c := Rate(Card{}, tt.rating, start)
		if got := c.Due.Sub(start); got != tt.want || c.State != tt.state {
			t.Errorf("%d on a new card: due in %v as %d, want %v as %d", tt.rating, got, c.State, tt.want, tt.state)
		}
	}
	easy := Rate(Card{}, Easy, start)
	if easy.State != Review || easy.Scheduled < 1 {
		t.Errorf("easy on a new card: %+v, want days away in review", easy)
	}
	// Good twice graduates the card to days away.
	c := Rate(Card{}, Good, start)
	c = Rate(c, Good, start.Add(10*time.Minute))
	if c.State != Review || c.Due.Sub(start) < 24*time.Hour {
		t.Errorf("after good twice: %+v", c)
	}
}

func TestIntervalsGrowWithEachSuccessfulReview(t *testing.T) {
	c := Rate(Rate(Card{}, Good, start), Good, start.Add(10*time.Minute))
	now := c.Due
	last := c.Due.Sub(c.LastReview)
	for i := range 4 {
		c = Rate(c, Good, now)
		gap := c.Due.Sub(now)
		if gap <= last {
			t.Fatalf("review %d: interval %v did not grow from %v", i, gap, last)
		}
		last, now = gap, c.Due
	}
	forgot := Rate(c, Again, now)
	if forgot.State != Relearning || forgot.Lapses != 1 || forgot.Due.Sub(now) > time.Hour {
		t.Errorf("forgetting a learned card: %+v", forgot)
	}
}

func TestIntervalsMatchWhatEachRatingWouldDo(t *testing.T) {
	c := Rate(Rate(Card{}, Good, start), Good, start.Add(10*time.Minute))
	now := c.Due.Add(2 * time.Hour)
	iv := Intervals(c, now)
	for _, r := range Ratings {
		if got := Rate(c, r, now).Due.Sub(now); got != iv[r] {
			t.Errorf("%d: Intervals says %v, Rate gives %v", r, iv[r], got)
		}
	}
	if !(iv[Again] < iv[Hard] && iv[Hard] < iv[Good] && iv[Good] < iv[Easy]) {
		t.Errorf("intervals out of order: %v", iv)
	}
}

func TestTheScheduleIsTheSameInEveryTimeZone(t *testing.T) {
	in := func(loc *time.Location) Card {
		c := Rate(Card{}, Good, start.In(loc))
		c = Rate(c, Good, start.Add(10*time.Minute).In(loc))
		return Rate(c, Hard, c.Due.Add(26*time.Hour).In(loc))
	}
	tokyo := in(time.FixedZone("JST", 9*3600))
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("PST", -8*3600), time.FixedZone("NPT", 5*3600+45*60)} {
		got := in(loc)
		if !got.Due.Equal(tokyo.Due) || got.Stability != tokyo.Stability || got.Scheduled != tokyo.Scheduled {
			t.Errorf("in %s: %+v, in Tokyo: %+v", loc, got, tokyo)
		}
		if got.Due.Location() != time.UTC {
			t.Errorf("due date kept in %s, want UTC", got.Due.Location())
		}
	}
}

func TestAClockThatJumpsBackwardsDoesNotCorruptTheSchedule(t *testing.T) {
	c := Rate(Rate(Card{}, Good, start), Good, start.Add(10*time.Minute))
	before := c
	// The device clock is set back two days, before the last review.
	back := c.LastReview.Add(-48 * time.Hour)
	if c.IsDue(back) {
		t.Error("a card is due at a time before it was last reviewed")
	}
	got := Rate(c, Good, back)
	if got.LastReview.Before(before.LastReview) || got.Due.Before(before.LastReview) {
		t.Errorf("the schedule went back in time: %+v", got)
	}
	if got.Scheduled > 1000 || math.IsNaN(got.Stability) || got.Stability <= 0 {
		t.Errorf("nonsense after the clock jumped: %+v", got)
	}
	for r, d := range Intervals(c, back) {
		if d < 0 {
			t.Errorf("rating %d would be due %v in the past", r, d)
		}
	}
}

func TestDamagedSavedCardsStartAgain(t *testing.T) {
	tests := map[string]Card{
		"no due date":          {State: Review, LastReview: start, Stability: 3, Difficulty: 5},
		"NaN stability":        {State: Review, Due: start, LastReview: start, Stability: math.NaN(), Difficulty: 5},
		"negative stability":   {State: Review, Due: start, LastReview: start, Stability: -1, Difficulty: 5},
		"difficulty off scale": {State: Review, Due: start, LastReview: start, Stability: 3, Difficulty: 40},
		"an unknown state":     {State: 9, Due: start, LastReview: start, Stability: 3, Difficulty: 5},
		"no last review":       {State: Learning, Due: start, Stability: 3, Difficulty: 5},
		"infinite stability":   {State: Review, Due: start, LastReview: start, Stability: math.Inf(1), Difficulty: 5},
		"negative repetitions": {State: Review, Due: start, LastReview: start, Stability: 3, Difficulty: 5, Reps: -4},
	}
	for name, c := range tests {
		t.Run(name, func(t *testing.T) {
			if got := c.Sane(); got != (Card{}) {
				t.Errorf("kept as %+v", got)
			}
			if got := Rate(c, Good, start); got.State != Learning || got.Reps != 1 {
				t.Errorf("rated as %+v, want a fresh first review", got)
			}
		})
	}
}

func TestTallyAndNext(t *testing.T) {
	ids := []string{"a", "b", "c", "d", "e"}
	learned := Rate(Card{}, Easy, start)  // due in days
	dueSoon := Rate(Card{}, Again, start) // due a minute later
	dueEarlier := Rate(Card{}, Again, start.Add(-time.Hour))
	cards := map[string]Card{"a": learned, "b": dueSoon, "d": dueEarlier}
	now := start.Add(2 * time.Minute)

	if got, want := Tally(ids, cards, now), (Counts{Due: 2, New: 2, Learned: 1}); got != want {
		t.Errorf("Tally = %+v, want %+v", got, want)
	}
	if id, _, ok := Next(ids, cards, now); !ok || id != "d" {
		t.Errorf("Next = %q, %v; want the card due longest, d", id, ok)
	}
	delete(cards, "d")
	delete(cards, "b")
	if id, _, ok := Next(ids, cards, now); !ok || id != "b" {
		t.Errorf("Next = %q; want the first new card, b", id)
	}
	all := map[string]Card{}
	for _, id := range ids {
		all[id] = learned
	}
	all["c"] = Rate(Card{}, Good, start) // learning, due in ten minutes
	id, upcoming, ok := Next(ids, all, now)
	if ok || id != "" || !upcoming.Equal(all["c"].Due) {
		t.Errorf("Next = %q, %v, %v; want nothing now and c's due date next", id, upcoming, ok)
	}
	if _, upcoming, ok := Next(nil, nil, now); ok || !upcoming.IsZero() {
		t.Error("an empty deck has something to study")
	}
}
