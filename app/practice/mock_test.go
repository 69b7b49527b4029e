package practice

import (
	"slices"
	"testing"
	"time"
)

func TestPickPrefersCardsDueOrNewAndNeverRepeats(t *testing.T) {
	now := start.Add(30 * 24 * time.Hour)
	learned := Rate(Card{}, Easy, now.Add(-time.Hour)) // due in days
	due := Rate(Card{}, Again, now.Add(-time.Hour))    // due a minute after that hour began
	cards := map[string]Card{"l1": learned, "l2": learned, "l3": learned, "d1": due, "d2": due}
	ids := []string{"l1", "n1", "l2", "d1", "l3", "n2", "d2"}
	tests := []struct {
		name      string
		ids       []string
		n         int
		wantFirst []string // the picks must be these, in any order, before any other
		wantLen   int
	}{
		{"three from due and new", ids, 3, []string{"d1", "d2", "n1", "n2"}, 3},
		{"all due and new before the learned", ids, 5, []string{"d1", "d2", "n1", "n2"}, 5},
		{"the whole deck when it is smaller than asked", ids, 10, []string{"d1", "d2", "n1", "n2"}, 7},
		{"learned cards when nothing else is left", []string{"l1", "l2", "l3"}, 3, nil, 3},
		{"an id given twice counts once", []string{"n1", "n1", "n2", "n1"}, 3, []string{"n1", "n2"}, 2},
		{"nothing from an empty deck", nil, 5, nil, 0},
		{"nothing when none is asked", ids, 0, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(20) {
				got := Pick(tt.ids, cards, now, tt.n, seed)
				if len(got) != tt.wantLen {
					t.Fatalf("seed %d: picked %v, want %d cards", seed, got, tt.wantLen)
				}
				seen := map[string]bool{}
				for i, id := range got {
					if seen[id] {
						t.Fatalf("seed %d: %s asked twice in %v", seed, id, got)
					}
					seen[id] = true
					if !slices.Contains(tt.ids, id) {
						t.Fatalf("seed %d: %s is not in the deck", seed, id)
					}
					if i < len(tt.wantFirst) && !slices.Contains(tt.wantFirst, id) {
						t.Fatalf("seed %d: %v asks %s before a card due or new", seed, got, id)
					}
				}
			}
		})
	}
}

func TestPickIsTheSameForOneSeedAndVariesWithTheSeed(t *testing.T) {
	ids := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	first := Pick(ids, nil, start, 5, 42)
	if again := Pick(ids, nil, start, 5, 42); !slices.Equal(first, again) {
		t.Errorf("seed 42 picked %v, then %v", first, again)
	}
	orders := map[string]bool{}
	for seed := range uint64(50) {
		orders[Pick(ids, nil, start, 5, seed)[0]] = true
	}
	if len(orders) < 5 {
		t.Errorf("50 seeds opened with only %d different questions", len(orders))
	}
	if !slices.Equal(ids, []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}) {
		t.Errorf("picking reordered the caller's ids: %v", ids)
	}
}

func TestCoverageRatesTheCardByTheShareOfPointsCovered(t *testing.T) {
	tests := []struct {
		covered, points int
		want            Rating
	}{
		{0, 4, Again},
		{1, 4, Again}, // 25 %
		{1, 3, Again}, // 33 %
		{2, 5, Hard},  // 40 %
		{2, 4, Hard},  // 50 %
		{2, 3, Hard},  // 67 %
		{3, 4, Good},  // 75 %
		{4, 5, Good},  // 80 %
		{3, 3, Easy},
		{5, 5, Easy},
		{7, 5, Easy},   // more than there are: all
		{-1, 4, Again}, // fewer than none: none
		{0, 0, Good},   // nothing to cover
	}
	for _, tt := range tests {
		if got := CoverageRating(tt.covered, tt.points); got != tt.want {
			t.Errorf("%d of %d points: %d, want %d", tt.covered, tt.points, got, tt.want)
		}
	}
}

func TestFewerPointsCoveredBringTheCardBackSooner(t *testing.T) {
	var last time.Duration
	for covered := 4; covered >= 0; covered-- {
		c := Rate(Card{}, CoverageRating(covered, 4), start)
		gap := c.Due.Sub(start)
		if covered < 4 && gap > last {
			t.Errorf("%d of 4 points: back in %v, later than %v for more points", covered, gap, last)
		}
		last = gap
	}
}

func TestTheWeakestTopicHasTheSmallestShareOfPointsCovered(t *testing.T) {
	tests := []struct {
		name    string
		answers []Coverage
		topic   string
		covered int
		points  int
		ok      bool
	}{
		{"one topic missed points", []Coverage{{"risk", 4, 4}, {"business", 1, 4}, {"risk", 3, 3}}, "business", 1, 4, true},
		{"points of a topic add up over its answers", []Coverage{{"risk", 0, 4}, {"risk", 4, 4}, {"business", 2, 5}}, "business", 2, 5, true},
		{"the topic asked first among equals", []Coverage{{"risk", 2, 4}, {"business", 1, 2}}, "risk", 2, 4, true},
		{"a topic with every point covered is not weak", []Coverage{{"risk", 4, 4}, {"business", 4, 5}}, "business", 4, 5, true},
		{"nothing missed", []Coverage{{"risk", 4, 4}, {"business", 5, 5}}, "", 0, 0, false},
		{"nothing asked", nil, "", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			topic, covered, points, ok := Weakest(tt.answers)
			if topic != tt.topic || covered != tt.covered || points != tt.points || ok != tt.ok {
				t.Errorf("Weakest = %q %d/%d %v, want %q %d/%d %v", topic, covered, points, ok, tt.topic, tt.covered, tt.points, tt.ok)
			}
		})
	}
}

func TestTotalAddsUpThePointsCovered(t *testing.T) {
	covered, points := Total([]Coverage{{"risk", 3, 4}, {"business", 9, 5}, {"risk", -2, 3}})
	if covered != 8 || points != 12 {
		t.Errorf("Total = %d of %d, want 8 of 12", covered, points)
	}
}
