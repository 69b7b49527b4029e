package progress

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

// mockAt is a mock interview that started hours after now.
func mockAt(hours int, answers ...MockAnswer) Mock {
	return Mock{At: now.Add(time.Duration(hours) * time.Hour).Format(time.RFC3339), Answers: answers}
}

func TestFinishingAMockInterviewSchedulesEachCardByThePointsCovered(t *testing.T) {
	d := New()
	learned := practice.Rate(practice.Card{}, practice.Easy, now.Add(-72*time.Hour))
	d.SetCard("cio-role", learned)
	points := map[string]int{"cto-role": 4, "cio-role": 4, "vpoe-role": 5}
	m := Mock{At: now.Format(time.RFC3339), Role: "cto", Answers: []MockAnswer{
		{Card: "cto-role", Seconds: 95, Covered: []int{3, 0, 1, 2}},
		{Card: "cio-role", Seconds: 40, Covered: []int{1, 1, 9}}, // one point, given twice, and one the card lacks
		{Card: "vpoe-role", Seconds: 120, Covered: []int{0, 2, 4}},
		{Card: "gone-card", Seconds: 30, Covered: []int{0}},
	}}
	d.FinishMock(m, points, now, "2026-11-22")

	tests := []struct {
		card string
		from practice.Card
		want practice.Rating
	}{
		{"cto-role", practice.Card{}, practice.Easy},  // all 4
		{"cio-role", learned, practice.Again},         // 1 of 4
		{"vpoe-role", practice.Card{}, practice.Hard}, // 3 of 5
	}
	for _, tt := range tests {
		if got, want := d.Practice.Cards[tt.card], practice.Rate(tt.from, tt.want, now); got != want {
			t.Errorf("%s scheduled %+v, want %+v (rating %d)", tt.card, got, want, tt.want)
		}
	}
	if _, ok := d.Practice.Cards["gone-card"]; ok {
		t.Error("a card the course no longer has was scheduled")
	}
	if len(d.Practice.Mocks) != 1 {
		t.Fatalf("history %+v", d.Practice.Mocks)
	}
	kept := d.Practice.Mocks[0]
	if got := kept.Answers[1].Covered; !slices.Equal(got, []int{1}) {
		t.Errorf("the answer covering one point kept %v", got)
	}
	if got := kept.Answers[0].Covered; !slices.Equal(got, []int{0, 1, 2, 3}) {
		t.Errorf("points covered kept as %v, want in order", got)
	}
	if kept.Role != "cto" || kept.Answers[2].Seconds != 120 {
		t.Errorf("kept %+v", kept)
	}
	if got := d.Study.Days["2026-11-22"].Mocks; got != 1 {
		t.Errorf("the day counts %d mock interviews", got)
	}
	m.Answers[0].Covered[0] = 99
	if d.Practice.Mocks[0].Answers[0].Covered[3] == 99 {
		t.Error("the history shares its answers with the caller")
	}
}

func TestEachMockInterviewFinishedCountsOnItsDay(t *testing.T) {
	d := New()
	d.Study.Days = map[string]Day{"2026-11-22": {Cards: 4}}
	d.FinishMock(mockAt(0, MockAnswer{Card: "cto-role"}), nil, now, "2026-11-22")
	d.FinishMock(mockAt(1, MockAnswer{Card: "cto-role"}), nil, now, "2026-11-22")
	d.FinishMock(mockAt(25, MockAnswer{Card: "cto-role"}), nil, now.Add(25*time.Hour), "2026-11-23")
	if got := d.Study.Days["2026-11-22"]; got != (Day{Cards: 4, Mocks: 2}) {
		t.Errorf("2026-11-22: %+v, want the cards kept and two mock interviews", got)
	}
	if got := d.Study.Days["2026-11-23"].Mocks; got != 1 {
		t.Errorf("2026-11-23: %d mock interviews", got)
	}
}

func TestAMockInterviewFinishedTwiceIsKeptAndCountedOnce(t *testing.T) {
	d := New()
	m := mockAt(0, MockAnswer{Card: "cto-role", Covered: []int{0}})
	d.FinishMock(m, map[string]int{"cto-role": 4}, now, "2026-11-22")
	once := d.Practice.Cards["cto-role"]
	d.FinishMock(m, map[string]int{"cto-role": 4}, now.Add(time.Minute), "2026-11-22")
	if len(d.Practice.Mocks) != 1 || d.Study.Days["2026-11-22"].Mocks != 1 || d.Practice.Cards["cto-role"] != once {
		t.Errorf("finished twice: %d kept, %d counted, card %+v (was %+v)", len(d.Practice.Mocks), d.Study.Days["2026-11-22"].Mocks, d.Practice.Cards["cto-role"], once)
	}
}

func TestTheHistoryKeepsTheLatestMockInterviewsOldestFirst(t *testing.T) {
	d := New()
	for i := range MaxMocks + 5 {
		d.FinishMock(mockAt(i, MockAnswer{Card: "cto-role"}), nil, now, "2026-11-22")
	}
	// One from a device whose clock was behind arrives last but is older.
	late := Mock{At: now.Add(10*time.Hour + 30*time.Minute).Format(time.RFC3339), Answers: []MockAnswer{{Card: "cio-role"}}}
	d.FinishMock(late, nil, now, "2026-11-22")
	h := d.Practice.Mocks
	if len(h) != MaxMocks {
		t.Fatalf("%d kept, want %d", len(h), MaxMocks)
	}
	if first, last := h[0].At, h[len(h)-1].At; first != mockAt(6).At || last != mockAt(MaxMocks+4).At {
		t.Errorf("kept from %s to %s", first, last)
	}
	for i := 1; i < len(h); i++ {
		a, _ := MockTime(h[i-1])
		b, _ := MockTime(h[i])
		if b.Before(a) {
			t.Fatalf("mock %d (%s) before mock %d (%s)", i, h[i].At, i-1, h[i-1].At)
		}
	}
	if h[4].Answers[0].Card != "cto-role" || h[5].Answers[0].Card != "cio-role" {
		t.Errorf("the late arrival is not in its place: %+v %+v", h[4], h[5])
	}
}

func TestAnImportedHistoryIsCheckedMockByMock(t *testing.T) {
	k := known
	k.Points = map[string]int{"cto-role": 4, "cio-role": 3}
	many := make([]any, 0, MaxMocks+2)
	for i := range MaxMocks + 2 {
		many = append(many, map[string]any{"at": mockAt(-100 - i).At, "answers": []any{map[string]any{"card": "cto-role", "seconds": 60, "covered": []int{0}}}})
	}
	tests := []struct {
		name   string
		mocks  []any
		report Report
		kept   int
		check  func(t *testing.T, kept []Mock)
	}{
		{"a sound mock interview is kept as it is", []any{
			map[string]any{"at": mockAt(-2).At, "role": "cto", "answers": []any{map[string]any{"card": "cto-role", "seconds": 61, "covered": []int{0, 3}}}},
		}, Report{}, 1, func(t *testing.T, kept []Mock) {
			if a := kept[0].Answers[0]; a.Seconds != 61 || !slices.Equal(a.Covered, []int{0, 3}) || kept[0].Role != "cto" {
				t.Errorf("kept %+v", kept[0])
			}
		}},
		{"a date that is not a date, one in the future and one with no answers are left out", []any{
			map[string]any{"at": "yesterday", "answers": []any{map[string]any{"card": "cto-role"}}},
			map[string]any{"at": mockAt(24 * 30).At, "answers": []any{map[string]any{"card": "cto-role"}}},
			map[string]any{"at": mockAt(-1).At},
			map[string]any{"at": mockAt(-3).At, "answers": []any{map[string]any{"card": "cio-role", "seconds": 10}}},
		}, Report{Mocks: 3}, 1, nil},
		{"points the card does not have and a negative time are corrected", []any{
			map[string]any{"at": mockAt(-2).At, "answers": []any{
				map[string]any{"card": "cio-role", "seconds": -5, "covered": []int{2, 3, -1, 2}},
			}},
		}, Report{Mocks: 1}, 1, func(t *testing.T, kept []Mock) {
			if a := kept[0].Answers[0]; a.Seconds != 0 || !slices.Equal(a.Covered, []int{2}) {
				t.Errorf("corrected to %+v", a)
			}
		}},
		{"an answer to a card this version does not have is kept, unused", []any{
			map[string]any{"at": mockAt(-2).At, "answers": []any{map[string]any{"card": "future-card", "covered": []int{7}}}},
		}, Report{Unknown: 1}, 1, func(t *testing.T, kept []Mock) {
			if a := kept[0].Answers[0]; !slices.Equal(a.Covered, []int{7}) {
				t.Errorf("the unknown card's answer became %+v", a)
			}
		}},
		{"only the latest mock interviews are kept, oldest first", many, Report{Mocks: 2}, MaxMocks, func(t *testing.T, kept []Mock) {
			if kept[0].At != mockAt(-100-MaxMocks+1).At || kept[len(kept)-1].At != mockAt(-100).At {
				t.Errorf("kept from %s to %s", kept[0].At, kept[len(kept)-1].At)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file, _ := json.Marshal(map[string]any{"app": Marker, "version": Schema, "practice": map[string]any{"mocks": tt.mocks}})
			d, problem := Decode(file)
			if problem != nil {
				t.Fatal(problem)
			}
			if report := Check(d, k, now); report != tt.report {
				t.Errorf("report %+v, want %+v", report, tt.report)
			}
			if len(d.Practice.Mocks) != tt.kept {
				t.Fatalf("kept %d mock interviews, want %d: %+v", len(d.Practice.Mocks), tt.kept, d.Practice.Mocks)
			}
			if tt.check != nil {
				tt.check(t, d.Practice.Mocks)
			}
		})
	}
}

func TestMergingKeepsTheMockInterviewsOfBothDevicesOnce(t *testing.T) {
	shared := mockAt(-5, MockAnswer{Card: "cto-role", Seconds: 50, Covered: []int{1}})
	mine, theirs := New(), New()
	mine.Practice.Mocks = []Mock{shared, mockAt(-1, MockAnswer{Card: "cio-role"})}
	theirs.Practice.Mocks = []Mock{mockAt(-8, MockAnswer{Card: "cio-role"}), shared, mockAt(-3, MockAnswer{Card: "cto-role"})}
	got := Merge(mine, theirs).Practice.Mocks
	var at []string
	for _, m := range got {
		at = append(at, m.At)
	}
	if want := []string{mockAt(-8).At, mockAt(-5).At, mockAt(-3).At, mockAt(-1).At}; !slices.Equal(at, want) {
		t.Errorf("merged history %v, want %v", at, want)
	}
	got[1].Answers[0].Covered[0] = 9
	if shared.Answers[0].Covered[0] != 1 || mine.Practice.Mocks[0].Answers[0].Covered[0] != 1 {
		t.Error("the merged history shares answers with the documents merged")
	}

	full := New()
	for i := range MaxMocks {
		full.Practice.Mocks = append(full.Practice.Mocks, mockAt(-200+i, MockAnswer{Card: "cto-role"}))
	}
	if got := Merge(full, theirs).Practice.Mocks; len(got) != MaxMocks || got[len(got)-1].At != mockAt(-3).At {
		t.Errorf("merging into a full history kept %d, the latest %s", len(got), fmt.Sprint(got[len(got)-1].At))
	}
}
