package progress

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

var now = time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC)

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		problem ProblemKind
		done    bool
	}{
		{"nothing saved yet", "", "", false},
		{"a current document", `{"app":"cxopath-progress","version":1,"lessons":{"pay":{"done":true,"doneOn":"2026-11-21"}}}`, "", true},
		{"unknown fields from a later patch are ignored", `{"app":"cxopath-progress","version":1,"extra":1,"lessons":{"pay":{"done":true,"x":2}}}`, "", true},
		{"a truncated document", `{"app":"cxopath-progress","version":1,"less`, Damaged, false},
		{"not JSON at all", "\x00\xffgarbage", Damaged, false},
		{"a JSON array", `[1,2]`, Damaged, false},
		{"JSON null", `null`, Damaged, false},
		{"another app's data", `{"app":"other","version":1}`, Foreign, false},
		{"no marker", `{"lessons":{}}`, Foreign, false},
		{"a version from the future", `{"app":"cxopath-progress","version":99}`, Future, false},
		{"a version that is not a number", `{"app":"cxopath-progress","version":"1"}`, Damaged, false},
		{"version zero", `{"app":"cxopath-progress","version":0}`, Damaged, false},
		{"a fractional version", `{"app":"cxopath-progress","version":1.5}`, Damaged, false},
		{"lessons of the wrong type", `{"app":"cxopath-progress","version":1,"lessons":[1]}`, Damaged, false},
		{"a null lesson", `{"app":"cxopath-progress","version":1,"lessons":{"pay":null}}`, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, problem := Decode([]byte(tt.raw))
			if doc == nil || doc.Lessons == nil || doc.Version != Schema {
				t.Fatalf("no usable document: %+v", doc)
			}
			var got ProblemKind
			if problem != nil {
				got = problem.Kind
			}
			if got != tt.problem {
				t.Errorf("problem %q (%v), want %q", got, problem, tt.problem)
			}
			if doc.Lesson("pay").Done != tt.done {
				t.Errorf("pay done = %v", doc.Lesson("pay").Done)
			}
		})
	}
}

func TestMigrationsRunInOrderFromEveryOldVersion(t *testing.T) {
	// A made-up history: version 1 kept a list of done lessons, version 2
	// renamed it, version 3 is today's shape.
	steps := []migration{
		func(d map[string]any) error { d["doneList"] = d["finished"]; delete(d, "finished"); return nil },
		func(d map[string]any) error {
			lessons := map[string]any{}
			list, _ := d["doneList"].([]any)
			for _, id := range list {
				lessons[id.(string)] = map[string]any{"done": true}
			}
			d["lessons"] = lessons
			delete(d, "doneList")
			return nil
		},
	}
	for _, raw := range []string{
		`{"app":"cxopath-progress","version":1,"finished":["pay","cto-vs-cio"]}`,
		`{"app":"cxopath-progress","version":2,"doneList":["pay","cto-vs-cio"]}`,
		`{"app":"cxopath-progress","version":3,"lessons":{"pay":{"done":true},"cto-vs-cio":{"done":true}}}`,
	} {
		doc, problem := decode([]byte(raw), 3, steps)
		if problem != nil {
			t.Fatalf("%s: %v", raw, problem)
		}
		if doc.Version != 3 || doc.DoneCount([]string{"pay", "cto-vs-cio", "kinds-of-cto"}) != 2 {
			t.Errorf("%s became %+v", raw, doc)
		}
	}
	failing := []migration{func(map[string]any) error { return errors.New("cannot") }}
	if _, problem := decode([]byte(`{"app":"cxopath-progress","version":1}`), 2, failing); problem == nil || problem.Kind != Damaged {
		t.Errorf("a failing migration gave %v", problem)
	}
	if _, problem := decode([]byte(`{"app":"cxopath-progress","version":1}`), 2, nil); problem == nil {
		t.Error("a missing migration went unnoticed")
	}
}

func TestTheShippedMigrationsReachTheCurrentSchema(t *testing.T) {
	if len(migrations) != Schema-1 {
		t.Errorf("%d migrations for schema %d: every version needs one step to the next", len(migrations), Schema)
	}
}

func TestAVersionOneDocumentKeepsEverythingAndGainsAnEmptyAssessment(t *testing.T) {
	raw := `{"app":"cxopath-progress","version":1,"lessons":{"pay":{"done":true,"doneOn":"2026-10-01","answers":{"q1":2},"section":"sources"}}}`
	doc, problem := Decode([]byte(raw))
	if problem != nil {
		t.Fatal(problem)
	}
	l := doc.Lesson("pay")
	if doc.Version != Schema || !l.Done || l.DoneOn != "2026-10-01" || l.Answers["q1"] != 2 || l.Section != "sources" {
		t.Errorf("version 1 became %+v with pay %+v", doc, l)
	}
	if len(doc.Assessment.Ratings) != 0 {
		t.Errorf("assessment = %+v, want none", doc.Assessment)
	}
}

func TestRatingTheChecklist(t *testing.T) {
	d := New()
	d.Rate("choose-stack", 2, "2026-11-22")
	d.Rate("bcp", 0, "2026-11-23")
	d.SetTarget("cio")
	if a := d.Assessment; a.Ratings["choose-stack"] != 2 || a.Ratings["bcp"] != 0 || a.RatedOn != "2026-11-23" || a.Target != "cio" {
		t.Errorf("assessment = %+v", a)
	}
	shared := map[string]int{"bcp": 3}
	d.ReplaceRatings(shared, "2026-11-24")
	shared["bcp"] = 1
	if a := d.Assessment; len(a.Ratings) != 1 || a.Ratings["bcp"] != 3 || a.Target != "cio" {
		t.Errorf("after importing: %+v", a)
	}
	c := d.Clone()
	c.Rate("bcp", 1, "2026-11-25")
	if d.Assessment.Ratings["bcp"] != 3 {
		t.Error("a clone shares ratings with the original")
	}
	d.ResetAssessment()
	if a := d.Assessment; len(a.Ratings) != 0 || a.Target != "" {
		t.Errorf("after reset: %+v", a)
	}
	if got, _ := Decode(mustEncode(t, c)); got.Assessment.Ratings["bcp"] != 1 {
		t.Errorf("ratings did not survive saving: %+v", got.Assessment)
	}
}

func TestPractisingInterviewCards(t *testing.T) {
	d := New()
	card := practice.Rate(practice.Card{}, practice.Good, now)
	d.SetCard("cto-role", card)
	d.SetDraft("cto-role", "技術と経営の橋渡し")
	d.SetDraft("cio-role", "  ")
	got, problem := Decode(mustEncode(t, d))
	if problem != nil {
		t.Fatal(problem)
	}
	if c := got.Practice.Cards["cto-role"]; !c.Due.Equal(card.Due) || c.State != card.State || c.Stability != card.Stability {
		t.Errorf("schedule saved as %+v, want %+v", c, card)
	}
	if got.Practice.Drafts["cto-role"] != "技術と経営の橋渡し" || len(got.Practice.Drafts) != 1 {
		t.Errorf("practice saved as %+v", got.Practice)
	}
	got.SetDraft("cto-role", "")
	got.ResetSchedules()
	if len(got.Practice.Drafts) != 0 || len(got.Practice.Cards) != 0 {
		t.Errorf("after clearing: %+v", got.Practice)
	}
	if c := d.Clone(); c.Practice.Drafts["cto-role"] == "" {
		t.Error("a clone lost the draft")
	}
}

func mustEncode(t *testing.T, d *Document) []byte {
	t.Helper()
	b, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEditingTheDocument(t *testing.T) {
	d := New()
	d.SetDone("pay", true, "2026-11-22")
	d.Answer("pay", "q1", 2)
	d.Answer("pay", "q2", 0)
	if l := d.Lesson("pay"); !l.Done || l.DoneOn != "2026-11-22" || l.Answers["q1"] != 2 {
		t.Errorf("lesson = %+v", l)
	}
	c := d.Clone()
	c.Answer("pay", "q1", 3)
	if d.Lesson("pay").Answers["q1"] != 2 {
		t.Error("a clone shares answers with the original")
	}
	d.ResetQuiz("pay")
	d.SetDone("pay", false, "2026-11-23")
	if l := d.Lesson("pay"); l.Done || l.DoneOn != "" || len(l.Answers) != 0 {
		t.Errorf("after undoing: %+v", l)
	}
	if d.Lesson("never-opened").Done {
		t.Error("an unopened lesson is done")
	}
}

func TestEncodeRoundTrips(t *testing.T) {
	d := New()
	d.Answer("cio-role", "q3", 1)
	data, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, problem := Decode(data)
	if problem != nil || back.Lesson("cio-role").Answers["q3"] != 1 {
		t.Errorf("round trip: %v %+v", problem, back)
	}
	var raw map[string]any
	json.Unmarshal(data, &raw)
	if raw["app"] != Marker || raw["version"] != float64(Schema) {
		t.Errorf("envelope = %v", raw)
	}
}

// FuzzDecodeNeverFails feeds saved data and import files of any shape to
// Decode, then to what an import does with the document.
func FuzzDecodeNeverFails(f *testing.F) {
	f.Add(`{"app":"cxopath-progress","version":1,"lessons":{"pay":{"done":true}}}`)
	f.Add(`{"app":"cxopath-progress","version":1e308}`)
	f.Add(`[]`)
	f.Add(`{"app":"cxopath-progress","version":2,"lessons":{"pay":{"done":true,"doneOn":"2999-01-01","answers":{"q1":9}}},"assessment":{"ratings":{"bcp":-1}}}`)
	f.Fuzz(func(t *testing.T, raw string) {
		doc, _ := Decode([]byte(raw))
		if doc == nil || doc.Lessons == nil {
			t.Fatal("no usable document")
		}
		if _, err := doc.Encode(); err != nil {
			t.Fatal(err)
		}
		// What an import does with it never fails either, and counts only
		// what the course has.
		Check(doc, known, now)
		s := Summarize(Merge(New(), doc), known)
		if s.LessonsDone > len(known.Lessons) || s.Ratings > len(known.Items) || s.CardsStudied > len(known.Cards) {
			t.Fatalf("counted %+v for a course of %d lessons, %d items and %d cards", s, len(known.Lessons), len(known.Items), len(known.Cards))
		}
		Compare(New(), doc, known)
	})
}
