package progress

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

// known is a small course for the tests.
var known = Known{
	Lessons: map[string]map[string]int{"pay": {"q1": 4, "q2": 3}, "cto-vs-cio": {"q1": 4}, "cio-role": {"q1": 4, "q3": 4}, "kinds-of-cto": {}},
	Items:   map[string]bool{"bcp": true, "choose-stack": true, "one-on-ones": true},
	Levels:  4,
	Cards:   map[string]bool{"cto-role": true, "cio-role": true},
}

func TestAnExportReadsBackAsTheSameDocument(t *testing.T) {
	d := New()
	d.SetDone("pay", true, "2026-11-20")
	d.Answer("pay", "q1", 2)
	d.Rate("bcp", 3, "2026-11-21")
	d.SetCard("cto-role", practice.Rate(practice.Card{}, practice.Easy, now))
	d.SetDraft("cto-role", "기술과 경영의 가교")
	file, err := Export(d, "abc123", now)
	if err != nil {
		t.Fatal(err)
	}
	var head map[string]any
	json.Unmarshal(file, &head)
	if head["app"] != Marker || head["version"] != float64(Schema) || head["appVersion"] != "abc123" || head["exportedAt"] != "2026-11-22T09:30:00Z" {
		t.Errorf("export head = %v", head)
	}
	got, report, problem := Import(file, known, now)
	if problem != nil {
		t.Fatal(problem)
	}
	if want := (Summary{LessonsDone: 1, QuizAnswers: 1, Ratings: 1, CardsStudied: 1, Drafts: 1}); Summarize(got, known) != want || report != (Report{}) {
		t.Errorf("imported %+v with %+v, want %+v", Summarize(got, known), report, want)
	}
	if got.Practice.Drafts["cto-role"] != "기술과 경영의 가교" {
		t.Errorf("draft = %q", got.Practice.Drafts["cto-role"])
	}
}

func TestTheLargestExportTheAppCanMakeImportsAgain(t *testing.T) {
	for name, chars := range map[string]int{
		"an 800,000-character draft":         800_000,
		"a draft filling the browser's room": 5<<20 - 1000, // Chromium keeps 5 Mi characters per site
	} {
		t.Run(name, func(t *testing.T) {
			d := New()
			d.SetDone("pay", true, "2026-11-20")
			d.SetDraft("cto-role", strings.Repeat("経", chars))
			file, err := Export(d, "abc123", now)
			if err != nil {
				t.Fatal(err)
			}
			got, _, problem := Import(file, known, now)
			if problem != nil {
				t.Fatalf("a %d-byte export was refused: %v", len(file), problem)
			}
			if len([]rune(got.Practice.Drafts["cto-role"])) != chars {
				t.Error("the draft did not come back whole")
			}
		})
	}
}

func TestABadImportFileIsRefusedWithItsReason(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want ProblemKind
	}{
		{"empty", nil, Damaged},
		{"not JSON", []byte("PK\x03\x04 a zip file"), Damaged},
		{"cut short", []byte(`{"app":"cxopath-progress","version":2,"lessons":{"pay":`), Damaged},
		{"a rating that is not a number", []byte(`{"app":"cxopath-progress","version":2,"assessment":{"ratings":{"bcp":"abc"}}}`), Damaged},
		{"another app's export", []byte(`{"app":"other-notes","version":2}`), Foreign},
		{"a JSON file of something else", []byte(`{"title":"Quarterly report"}`), Foreign},
		{"from a newer version", []byte(`{"app":"cxopath-progress","version":7}`), Future},
		{"huge", append([]byte(`{"app":"cxopath-progress","version":2,"x":"`), make([]byte, MaxImport)...), Huge},
		{"only the envelope", []byte(`{"app":"cxopath-progress","version":2}`), Blank},
		{"only lessons this version does not have", []byte(`{"app":"cxopath-progress","version":2,"lessons":{"from-the-future":{"done":true}}}`), Blank},
		{"only values out of range", []byte(`{"app":"cxopath-progress","version":2,"assessment":{"ratings":{"bcp":7}}}`), Blank},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, problem := Import(tt.data, known, now)
			if d != nil || problem == nil || problem.Kind != tt.want {
				t.Errorf("Import = %v, %v; want a %s problem", d, problem, tt.want)
			}
		})
	}
}

func TestACraftedFileIsCheckedFieldByField(t *testing.T) {
	lessons := map[string]any{"pay": map[string]any{"done": true, "doneOn": "2999-01-01", "answers": map[string]any{"q1": 3, "q2": 3, "q9": 1}}}
	for i := range 30_000 {
		lessons[fmt.Sprintf("unknown-%d", i)] = map[string]any{"done": true}
	}
	file, _ := json.Marshal(map[string]any{
		"app": Marker, "version": 2,
		"lessons":    lessons,
		"assessment": map[string]any{"ratings": map[string]any{"bcp": 7, "choose-stack": -1, "one-on-ones": 2, "not-an-item": 1}, "ratedOn": "yesterday"},
		"practice": map[string]any{
			"cards": map[string]any{
				"cto-role": map[string]any{"due": "9999-01-01T00:00:00Z", "last": "2026-11-01T00:00:00Z", "s": 3.2, "d": 5.0, "reps": 3, "state": 2},
				"cio-role": practice.Rate(practice.Card{}, practice.Good, now),
				"no-card":  map[string]any{},
			},
			"drafts": map[string]any{"no-card": "kept"},
		},
	})
	d, report, problem := Import(file, known, now)
	if problem != nil {
		t.Fatal(problem)
	}
	want := Report{Answers: 1, Ratings: 2, Dates: 2, Cards: 1, Unknown: 30_000 + 1 + 1 + 2}
	if report != want {
		t.Errorf("report %+v, want %+v", report, want)
	}
	if got, want := Summarize(d, known), (Summary{LessonsDone: 1, QuizAnswers: 1, Ratings: 1, CardsStudied: 1}); got != want {
		t.Errorf("counted %+v, want %+v", got, want)
	}
	if l := d.Lesson("pay"); !l.Done || l.DoneOn != "" || l.Answers["q1"] != 3 || len(l.Answers) != 2 {
		t.Errorf("pay = %+v: the date in 2999 and the answer outside the options should be gone, the unknown question kept", l)
	}
	if _, ok := d.Practice.Cards["cto-role"]; ok {
		t.Error("the card due in 9999 kept its schedule")
	}
	if d.Assessment.RatedOn != "" || d.Practice.Drafts["no-card"] != "kept" || !d.Lesson("unknown-7").Done {
		t.Errorf("unknown ids should be kept and bad dates dropped: %+v", d.Assessment)
	}
}

func TestMergingLosesNothingEitherSideHolds(t *testing.T) {
	early := practice.Rate(practice.Card{}, practice.Good, now.Add(-48*time.Hour))
	late := practice.Rate(practice.Card{}, practice.Hard, now)
	mine := New()
	mine.SetDone("cto-vs-cio", true, "2026-11-10")
	mine.SetDone("pay", true, "2026-11-12")
	mine.Answer("pay", "q1", 1)
	mine.Rate("bcp", 1, "2026-11-01")
	mine.Rate("choose-stack", 2, "2026-11-01")
	mine.SetCard("cto-role", early)
	mine.SetDraft("cto-role", "mine")
	mine.SetDraft("cio-role", "short")
	theirs := New()
	theirs.SetDone("kinds-of-cto", true, "2026-11-11")
	theirs.SetDone("pay", true, "2026-11-05")
	theirs.Answer("pay", "q1", 2)
	theirs.Answer("pay", "q2", 0)
	theirs.Rate("bcp", 3, "2026-11-20")
	theirs.SetCard("cto-role", late)
	theirs.SetDraft("cto-role", "theirs")
	theirs.SetDraft("cio-role", "short, then longer")

	got := Merge(mine, theirs)
	if got.DoneCount([]string{"cto-vs-cio", "pay", "kinds-of-cto"}) != 3 || got.Lesson("pay").DoneOn != "2026-11-05" {
		t.Errorf("lessons %+v", got.Lessons)
	}
	if a := got.Lesson("pay").Answers; a["q1"] != 1 || a["q2"] != 0 || len(a) != 2 {
		t.Errorf("answers %v: this device's should win, the file's fill in", a)
	}
	if r := got.Assessment; r.Ratings["bcp"] != 3 || r.Ratings["choose-stack"] != 2 || r.RatedOn != "2026-11-20" {
		t.Errorf("assessment %+v: the later self-assessment's ratings should win", r)
	}
	if c := got.Practice.Cards["cto-role"]; !c.LastReview.Equal(late.LastReview) {
		t.Errorf("card %+v: the later review should win", c)
	}
	if d := got.Practice.Drafts; d["cto-role"] != "mine\n\ntheirs" || d["cio-role"] != "short, then longer" {
		t.Errorf("drafts %q", d)
	}
	if mine.Lesson("kinds-of-cto").Done {
		t.Error("merging changed this device's document")
	}
}

func TestComparingSaysWhatChangesIdByID(t *testing.T) {
	before := New()
	before.SetDone("cto-vs-cio", true, "2026-11-10")
	before.Answer("cto-vs-cio", "q1", 1)
	before.Rate("bcp", 1, "")
	before.Rate("one-on-ones", 2, "")
	before.SetDraft("cto-role", "old")
	after := New()
	after.SetDone("pay", true, "2026-11-10")
	after.Answer("pay", "q9", 1) // not a question of this version
	after.Rate("bcp", 2, "")
	after.Rate("choose-stack", 9, "") // out of range
	after.SetCard("cio-role", practice.Rate(practice.Card{}, practice.Good, now))
	after.SetDraft("cto-role", "new")
	after.SetDone("unknown", true, "")

	c := Compare(before, after, known)
	want := Changes{
		Done:    Change{Gained: []string{"pay"}, Lost: []string{"cto-vs-cio"}},
		Answers: Change{Lost: []string{"cto-vs-cio"}},
		Ratings: Change{Gained: []string{"bcp"}, Lost: []string{"one-on-ones"}},
		Cards:   Change{Gained: []string{"cio-role"}},
		Drafts:  Change{Gained: []string{"cto-role"}},
	}
	for name, pair := range map[string][2]Change{
		"done": {c.Done, want.Done}, "answers": {c.Answers, want.Answers}, "ratings": {c.Ratings, want.Ratings},
		"cards": {c.Cards, want.Cards}, "drafts": {c.Drafts, want.Drafts},
	} {
		if !slices.Equal(pair[0].Gained, pair[1].Gained) || !slices.Equal(pair[0].Lost, pair[1].Lost) {
			t.Errorf("%s: %+v, want %+v", name, pair[0], pair[1])
		}
	}
	if same := Compare(after, after, known); len(same.Done.Gained)+len(same.Ratings.Gained)+len(same.Cards.Gained)+len(same.Drafts.Gained) > 0 {
		t.Errorf("a document compared with itself changes %+v", same)
	}
}

func TestASummaryCountsDaysOfStudySnapshotsAndMockInterviews(t *testing.T) {
	d := New()
	d.Record(now, Day{Cards: 2})
	d.Record(now.Add(-48*time.Hour), Day{Questions: 1})
	d.Rate("bcp", 2, "2026-11-21")
	d.KeepSnapshot(now)
	d.FinishMock(mockAt(-1, MockAnswer{Card: "cio-role"}), nil, now, "2026-11-22")
	got := Summarize(d, known)
	if got.StudyDays != 2 || got.Snapshots != 1 || got.Mocks != 1 {
		t.Errorf("counted %+v, want 2 days, 1 snapshot and 1 mock interview", got)
	}
}

func TestAFileHoldingOnlyMockInterviewsIsNotBlank(t *testing.T) {
	d := New()
	d.Practice.Mocks = []Mock{mockAt(-1, MockAnswer{Card: "cio-role"})}
	file, err := Export(d, "abc123", now)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, problem := Import(file, known, now); problem != nil {
		t.Errorf("refused a file of one mock interview: %v", problem)
	}
}
