package study

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
)

var (
	seoul = time.FixedZone("KST", 9*3600)
	now   = time.Date(2026, 12, 2, 20, 0, 0, 0, seoul)
)

// course is a small course: four lessons, two roles, three cards, and a
// checklist on which an operations item points to the CIO.
func course() *Course {
	return &Course{
		Lessons: []Lesson{
			{ID: "intro", Minutes: 6, Sections: []string{"a", "b", "c"}, Quiz: []string{"q1", "q2"}},
			{ID: "cto-work", Minutes: 8, Sections: []string{"a", "b", "c", "d"}, Quiz: []string{"q1", "q2", "q3"}},
			{ID: "cio-role", Minutes: 10, Sections: []string{"a", "b", "c", "d", "e"}, Quiz: []string{"q1"}},
			{ID: "pay", Minutes: 4, Sections: []string{"a", "b"}, Quiz: []string{"q1"}},
		},
		Roles: map[string][]string{"cto": {"cto-work", "intro"}, "cio": {"cio-role", "pay"}},
		Cards: []string{"c1", "c2", "c3"},
		Checklist: &assess.Checklist{
			Areas: []string{"ops", "tech"},
			Roles: []string{"cto", "cio"},
			Items: []assess.Item{
				{ID: "bcp", Area: "ops", Weights: map[string]int{"cio": 3, "cto": 1}},
				{ID: "stack", Area: "tech", Weights: map[string]int{"cto": 3, "cio": 1}},
			},
		},
	}
}

// missedAt schedules a quiz question as missed at t.
func missedAt(d *progress.Document, lesson, q string, t time.Time) {
	d.ReviewQuestion(lesson, q, false, t)
}

func kinds(p Plan) string {
	var out []string
	for _, it := range p.Items {
		out = append(out, fmt.Sprintf("%d:%s", it.Kind, it.Lesson))
	}
	return fmt.Sprint(out)
}

func TestTodaysListPutsWhatIsDueFirstAndReadingLast(t *testing.T) {
	d := progress.New()
	d.SetDone("intro", true, "2026-11-30")
	missedAt(d, "cto-work", "q3", now.Add(-2*time.Hour))
	missedAt(d, "cto-work", "q1", now.Add(-3*time.Hour))
	missedAt(d, "pay", "q1", now.Add(-48*time.Hour))
	missedAt(d, "intro", "q2", now.Add(-10*time.Second)) // due again in a minute, not yet
	d.SetCard("c2", practice.Rate(practice.Card{}, practice.Good, now.Add(-26*time.Hour)))
	d.SetCard("c3", practice.Rate(practice.Card{}, practice.Again, now.Add(-time.Hour)))
	d.SetCard("c1", practice.Rate(practice.Rate(practice.Card{}, practice.Good, now), practice.Good, now)) // days away
	d.SetSection("cio-role", "c")

	p := Today(course(), d, now)
	want := []Item{
		{Kind: Questions, Lesson: "pay", Questions: []string{"q1"}, Time: time.Minute},
		{Kind: Questions, Lesson: "cto-work", Questions: []string{"q1", "q3"}, Time: 2 * time.Minute},
		{Kind: Cards, Cards: []string{"c2", "c3"}, Time: 6 * time.Minute},
		{Kind: Resume, Lesson: "cio-role", Section: "c", Time: 6 * time.Minute}, // three of five sections of ten minutes
		{Kind: Next, Lesson: "cto-work", Time: 8 * time.Minute},
	}
	if fmt.Sprint(p.Items) != fmt.Sprint(want) {
		t.Errorf("today's list\n%+v\nwant\n%+v", p.Items, want)
	}
	if p.Time != 23*time.Minute || p.Role != "" {
		t.Errorf("the list takes %v toward %q, want 23m toward no role", p.Time, p.Role)
	}
}

func TestTheNextLessonLeadsTowardTheTargetRole(t *testing.T) {
	tests := []struct {
		name    string
		change  func(*progress.Document)
		role    string
		picked  bool
		next    string
		resumed string
	}{
		{"with nothing to go on, the course's order", func(*progress.Document) {}, "", false, "intro", ""},
		{"the learner's closest fit leads", func(d *progress.Document) { d.Rate("bcp", 3, "2026-12-01"); d.Rate("stack", 0, "2026-12-01") }, "cio", false, "cio-role", ""},
		{"a role the learner picked wins over the fit", func(d *progress.Document) { d.Rate("bcp", 3, "2026-12-01"); d.SetTarget("cto") }, "cto", true, "cto-work", ""},
		{"a picked role the course lacks falls back to the fit", func(d *progress.Document) { d.Rate("stack", 3, "2026-12-01"); d.SetTarget("cfo") }, "cto", false, "cto-work", ""},
		{"the role's lessons done, the course's order follows", func(d *progress.Document) {
			d.SetTarget("cio")
			d.SetDone("cio-role", true, "2026-12-01")
			d.SetDone("pay", true, "2026-12-01")
		}, "cio", true, "intro", ""},
		{"a lesson read to its first section only is not resumed", func(d *progress.Document) { d.SetSection("pay", "a") }, "", false, "intro", ""},
		{"a half-read lesson is resumed and the next is another", func(d *progress.Document) { d.SetSection("intro", "b") }, "", false, "cto-work", "intro"},
		{"a section the lesson no longer has is not resumed", func(d *progress.Document) { d.SetSection("intro", "gone") }, "", false, "intro", ""},
		{"a done lesson is not resumed", func(d *progress.Document) { d.SetSection("intro", "b"); d.SetDone("intro", true, "2026-12-01") }, "", false, "cto-work", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := progress.New()
			tt.change(d)
			p := Today(course(), d, now)
			next, resumed := "", ""
			for _, it := range p.Items {
				switch it.Kind {
				case Next:
					next = it.Lesson
				case Resume:
					resumed = it.Lesson
				}
			}
			if p.Role != tt.role || p.Picked != tt.picked || next != tt.next || resumed != tt.resumed {
				t.Errorf("toward %q (picked %v): next %q, resumed %q; want %q (%v): %q, %q", p.Role, p.Picked, next, resumed, tt.role, tt.picked, tt.next, tt.resumed)
			}
		})
	}
	d := progress.New()
	for _, l := range course().Lessons {
		d.SetDone(l.ID, true, "2026-12-01")
	}
	if p := Today(course(), d, now); len(p.Items) != 0 || p.Time != 0 {
		t.Errorf("with every lesson done and nothing due: %s", kinds(p))
	}
}

func TestAMissedQuestionComesBackAndLeavesTheListOnceAnsweredRight(t *testing.T) {
	d := progress.New()
	d.ReviewQuestion("pay", "q1", false, now)
	has := func(at time.Time) bool {
		return slices.ContainsFunc(Today(course(), d, at).Items, func(it Item) bool { return it.Kind == Questions })
	}
	if has(now.Add(30 * time.Second)) {
		t.Error("a question missed half a minute ago is due already")
	}
	later := now.Add(24 * time.Hour)
	if !has(later) || !slices.Equal(DueQuestions(course().Lessons[3], d.Lesson("pay"), later), []string{"q1"}) {
		t.Fatal("a missed question did not come back the next day")
	}
	d.ReviewQuestion("pay", "q1", true, later)
	if has(later.Add(time.Hour)) {
		t.Error("a question answered right stayed on the list")
	}
	if !has(later.Add(25 * time.Hour)) {
		t.Error("a question answered right once did not come back after its interval")
	}
	// A clock set back before the answer never makes it due.
	if has(now.Add(-time.Hour)) {
		t.Error("a clock set back made the question due")
	}
}

func TestTheLearnerHasStartedOnceTheyDoneALessonRatedACardOrSetAGoal(t *testing.T) {
	tests := []struct {
		name   string
		change func(*progress.Document)
		want   bool
	}{
		{"nothing yet", func(*progress.Document) {}, false},
		{"a quiz answered and a section read", func(d *progress.Document) { d.Answer("pay", "q1", 0); d.SetSection("pay", "b") }, false},
		{"a lesson done", func(d *progress.Document) { d.SetDone("pay", true, "2026-12-01") }, true},
		{"a card rated", func(d *progress.Document) { d.SetCard("c1", practice.Rate(practice.Card{}, practice.Good, now)) }, true},
		{"a goal set", func(d *progress.Document) { d.SetGoal(progress.Goal{Minutes: 10}, now) }, true},
	}
	for _, tt := range tests {
		d := progress.New()
		tt.change(d)
		if got := Started(d); got != tt.want {
			t.Errorf("%s: started %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTheRealCourseLeadsEachRoleThroughItsOwnLessons(t *testing.T) {
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ko", "ja", "en"} {
		sc := FromCourse(c, lang)
		if len(sc.Lessons) != len(c.Lessons) || len(sc.Cards) == 0 || sc.Lessons[0].Minutes == 0 || len(sc.Lessons[0].Quiz) == 0 {
			t.Fatalf("%s: the course as the loop sees it: %+v", lang, sc.Lessons[0])
		}
		for _, r := range c.Roles {
			d := progress.New()
			d.SetTarget(r.ID)
			p := Today(sc, d, now)
			if last := p.Items[len(p.Items)-1]; last.Kind != Next || last.Lesson != r.Lessons[0] {
				t.Errorf("%s, toward %s: next %+v, want %s", lang, r.ID, last, r.Lessons[0])
			}
		}
	}
}
