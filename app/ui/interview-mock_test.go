package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestTheStopwatchCountsOnlyWhileItRuns(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	w := stopwatch{}.toggled(t0)
	if !w.running() || w.total(t0.Add(40*time.Second)) != 40*time.Second {
		t.Fatalf("started: %+v", w)
	}
	w = w.toggled(t0.Add(40 * time.Second))
	if w.running() || w.total(t0.Add(time.Hour)) != 40*time.Second {
		t.Errorf("stopped at 40 s: %+v counts %v an hour later", w, w.total(t0.Add(time.Hour)))
	}
	w = w.toggled(t0.Add(time.Minute))
	if got := w.total(t0.Add(time.Minute + 5*time.Second)); got != 45*time.Second {
		t.Errorf("restarted: %v, want 45 s", got)
	}
	if got := w.total(t0); got != 40*time.Second {
		t.Errorf("a clock set back counts %v, want the 40 s counted before", got)
	}
}

func TestAMockInterviewGoesFromQuestionToQuestionToItsEnd(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))
	s := newMockSession([]string{"a", "b"}, deckFilter{Role: "cto", Topic: "risk"}, t0)
	if s.current() != 0 || s.Checking || !s.Watch.running() {
		t.Fatalf("a new interview: %+v", s)
	}
	s = s.ticked(0, true) // nothing to tick before answering
	s = s.answered(t0.Add(83*time.Second + 600*time.Millisecond))
	if s.current() != 0 || !s.Checking || s.Watch.running() || s.Answers[0].Card != "a" || s.Answers[0].Seconds != 84 || len(s.Answers[0].Covered) != 0 {
		t.Fatalf("the first answered: %+v", s)
	}
	if again := s.answered(t0.Add(time.Hour)); len(again.Answers) != 1 || again.Answers[0].Seconds != 84 {
		t.Errorf("answering twice changed the answer: %+v", again.Answers)
	}
	s = s.ticked(2, true).ticked(0, true).ticked(2, false).ticked(3, true)
	if !slices.Equal(s.Answers[0].Covered, []int{0, 3}) {
		t.Errorf("points ticked %v, want [0 3]", s.Answers[0].Covered)
	}
	s = s.next(t0.Add(2 * time.Minute))
	if s.current() != 1 || s.Checking || s.Finished || !s.Watch.Since.Equal(t0.Add(2*time.Minute)) {
		t.Fatalf("on to the second: %+v", s)
	}
	s = s.next(t0.Add(3 * time.Minute)) // not answered yet: nothing happens
	s = s.answered(t0.Add(2*time.Minute+30*time.Second)).ticked(1, true).next(t0.Add(3 * time.Minute))
	if !s.Finished || s.Checking {
		t.Fatalf("after the last: %+v", s)
	}
	m := s.mock()
	want := progress.Mock{At: "2026-12-01T09:00:00+09:00", Role: "cto", Topics: []string{"risk"}, Answers: []progress.MockAnswer{
		{Card: "a", Seconds: 84, Covered: []int{0, 3}}, {Card: "b", Seconds: 30, Covered: []int{1}},
	}}
	if m.At != want.At || m.Role != want.Role || !slices.Equal(m.Topics, want.Topics) || len(m.Answers) != 2 ||
		!slices.Equal(m.Answers[0].Covered, want.Answers[0].Covered) || m.Answers[1].Seconds != 30 {
		t.Errorf("kept %+v, want %+v", m, want)
	}
}

func TestASessionThatCannotGoOnIsNotTakenUp(t *testing.T) {
	course, _ := content.Default()
	iv := course.Interview
	a, b := iv.Questions[0].ID, iv.Questions[1].ID
	at := "2026-12-01T09:00:00Z"
	tests := []struct {
		name  string
		s     mockSession
		sound bool
	}{
		{"a question being answered", mockSession{At: at, Cards: []string{a, b}}, true},
		{"an answer being checked", mockSession{At: at, Cards: []string{a, b}, Answers: []progress.MockAnswer{{Card: a}}, Checking: true}, true},
		{"a finished interview", mockSession{At: at, Cards: []string{a}, Answers: []progress.MockAnswer{{Card: a}}, Finished: true}, true},
		{"nothing asked", mockSession{At: at}, false},
		{"a card the deck does not have", mockSession{At: at, Cards: []string{a, "gone"}}, false},
		{"a card asked twice", mockSession{At: at, Cards: []string{a, a}}, false},
		{"an answer to another card", mockSession{At: at, Cards: []string{a, b}, Answers: []progress.MockAnswer{{Card: b}}, Checking: true}, false},
		{"checking with no answer", mockSession{At: at, Cards: []string{a}, Checking: true}, false},
		{"every question answered but not finished", mockSession{At: at, Cards: []string{a}, Answers: []progress.MockAnswer{{Card: a}}}, false},
		{"finished before the end", mockSession{At: at, Cards: []string{a, b}, Answers: []progress.MockAnswer{{Card: a}}, Finished: true}, false},
		{"no date", mockSession{Cards: []string{a}}, false},
		{"more questions than an interview asks", mockSession{At: at, Cards: deckIDs(iv, deckFilter{})}, false},
	}
	for _, tt := range tests {
		if got := tt.s.sound(iv); got != tt.sound {
			t.Errorf("%s: sound = %v", tt.name, got)
		}
	}
}

func TestAQuestionHidesItsPointsUntilAnsweredThenOffersThemToTick(t *testing.T) {
	course := withText(t)
	q := course.Interview.Questions[0]
	text := course.Interview.Text["ja"].Questions[q.ID]
	c := newMockQuestion().Lang("ja").Course(course).Question(q, 2, 3).Draft("下書きの続き")
	mount(t, c)
	html := app.HTMLString(c)
	for _, want := range []string{text.Question, "全3問中2問目", "下書きの続き", locale.T("ja", msgMockAnswered), `class="answer-timer`} {
		if !strings.Contains(locale.DropBreakHints(html), locale.DropBreakHints(want)) {
			t.Errorf("while answering, the question lacks %q", want)
		}
	}
	if strings.Contains(html, text.Points[0]) || strings.Contains(html, `type="checkbox"`) {
		t.Error("the answer points show before the learner has answered")
	}

	c = newMockQuestion().Lang("ja").Course(course).Question(q, 3, 3).
		Checking(true, progress.MockAnswer{Card: q.ID, Seconds: 75, Covered: []int{1}})
	mount(t, c)
	html = app.HTMLString(c)
	if n := strings.Count(html, `type="checkbox"`); n != len(text.Points) {
		t.Errorf("%d boxes to tick, want one per point (%d)", n, len(text.Points))
	}
	if n := strings.Count(html, "checked") - strings.Count(html, `checked="false"`); n != 1 {
		t.Errorf("%d points ticked, want the one covered", n)
	}
	for _, want := range []string{text.Points[len(text.Points)-1], "回答時間は1:15でした。", locale.T("ja", msgMockFinish)} {
		if !strings.Contains(locale.DropBreakHints(html), locale.DropBreakHints(want)) {
			t.Errorf("checking the last answer lacks %q", want)
		}
	}
	if strings.Contains(html, `class="answer-timer`) {
		t.Error("the timer still shows once the question is answered")
	}
}

func TestTheSummaryNamesTheWeakestTopicAndTheLessonsThatBuildIt(t *testing.T) {
	course := withText(t)
	iv := course.Interview
	var strong, weak content.InterviewQuestion
	for _, q := range iv.Questions {
		if strong.ID == "" {
			strong = q
		} else if q.Topic != strong.Topic && len(q.Lessons) > 0 {
			weak = q
			break
		}
	}
	all := make([]int, strong.Points)
	for i := range all {
		all[i] = i
	}
	m := progress.Mock{At: "2026-12-01T09:00:00Z", Answers: []progress.MockAnswer{
		{Card: strong.ID, Seconds: 90, Covered: all},
		{Card: weak.ID, Seconds: 45, Covered: []int{0}},
	}}
	s := newMockSummary().Lang("en").Course(course).Mock(m)
	mount(t, s)
	html := app.HTMLString(s)
	lesson, _ := course.Lesson(weak.Lessons[0])
	wants := []string{
		locale.T("en", msgMockScore, map[string]any{"Covered": locale.Number("en", strong.Points+1), "Points": locale.Number("en", strong.Points+weak.Points), "Percent": share("en", strong.Points+1, strong.Points+weak.Points), "Time": "2:15"}),
		locale.T("en", msgMockWeakest, map[string]any{"Topic": iv.Text["en"].Topics[weak.Topic], "Percent": share("en", 1, weak.Points)}),
		lesson.Text["en"].Title,
		"1 of " + locale.Number("en", weak.Points) + " points",
		iv.Text["en"].Questions[weak.ID].Points[1], // missed
		"Answered in 1:30",
	}
	for _, want := range wants {
		if !strings.Contains(html, want) {
			t.Errorf("the summary lacks %q", want)
		}
	}
	if strings.Contains(html, iv.Text["en"].Questions[weak.ID].Points[0]) {
		t.Error("the summary lists a point covered as missed")
	}
}

func TestTheHistoryListsTheLatestInterviewFirstWithItsScore(t *testing.T) {
	course, _ := content.Default()
	q := course.Interview.Questions[0]
	mocks := []progress.Mock{
		{At: "2026-11-02T09:00:00Z", Role: "cio", Answers: []progress.MockAnswer{{Card: q.ID, Covered: []int{0}}}},
		{At: "2026-11-20T09:00:00Z", Answers: []progress.MockAnswer{{Card: q.ID, Covered: []int{0, 1}}, {Card: "gone"}}},
	}
	h := newMockHistory().Lang("en").Course(course).Mocks(mocks)
	mount(t, h)
	html := app.HTMLString(h)
	// Dates are short ("20 Nov") in the current year, in full before it.
	day := func(d int) string {
		return ">" + locale.ShortDate("en", time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC).Local(), time.Now()) + "<"
	}
	tight := regexp.MustCompile(`\s*([<>])\s*`).ReplaceAllString(html, "$1")
	latest, earlier := strings.Index(tight, day(20)), strings.Index(tight, day(2))
	if latest < 0 || earlier < 0 || latest > earlier {
		t.Errorf("the latest interview is not listed first: %d, %d", latest, earlier)
	}
	if tag := strings.Index(tight, locale.T("en", msgMockLatest)); tag < latest || tag > earlier {
		t.Errorf("the latest interview is not the one tagged as such: %d, %d, %d", latest, tag, earlier)
	}
	for _, want := range []string{
		"All roles", roleName(course, "en", "cio"),
		locale.T("en", msgMockRowScore, map[string]any{"Covered": "2", "Points": locale.Number("en", q.Points), "Percent": share("en", 2, q.Points)}),
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the history lacks %q", want)
		}
	}
	empty := newMockHistory().Lang("ko").Course(course)
	mount(t, empty)
	if !strings.Contains(app.HTMLString(empty), locale.T("ko", msgMockHistoryEmpty)) {
		t.Error("an empty history does not say what will be listed")
	}
}

func TestThePickedQuestionsComeFromTheChosenRoleAndTopic(t *testing.T) {
	course, _ := content.Default()
	iv := course.Interview
	f := deckFilter{Role: "cio", Topic: "risk"}
	for seed := range uint64(10) {
		for _, id := range practice.Pick(deckIDs(iv, f), nil, time.Now(), 10, seed) {
			if q, _ := question(iv, id); q.Role != "cio" || q.Topic != "risk" {
				t.Fatalf("%s is not a CIO question on risk", id)
			}
		}
	}
	if got := MockPath("ko", f); got != "/ko/interview/mock?role=cio&topic=risk" {
		t.Errorf("mock path %q", got)
	}
}
