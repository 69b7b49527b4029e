package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
)

// mockCards are the questions of this tab's mock interview in progress.
func mockCards(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `JSON.parse(sessionStorage.getItem("cxopath.mock") ?? "{}").cards ?? []`)
}

// savedDoc is the document in the tab's localStorage.
func savedDoc(t *testing.T, ctx context.Context) *progress.Document {
	t.Helper()
	d, problem := progress.Decode([]byte(eval[string](t, ctx, `localStorage.getItem("cxopath.progress") ?? ""`)))
	if problem != nil {
		t.Fatal(problem)
	}
	return d
}

func TestAThreeQuestionMockInterviewIsTimedCheckedKeptAndReschedulesItsCards(t *testing.T) {
	iv := course(t).Interview
	question := func(id string) string { return iv.Text["en"].Questions[id].Question }
	ctx := newTab(t)
	problems := consoleProblems(ctx)
	open(t, ctx, "/en/interview?role=cto")
	waitForApp(t, ctx)
	click(t, ctx, ".deck-mock")
	waitFor(t, ctx, `location.pathname === "/en/interview/mock" && location.search === "?role=cto" && document.querySelector(".mock-start") !== null`)
	checkAccessibility(t, ctx, "the mock interview's choices")
	click(t, ctx, `label[for="mock-size-0"]`) // 3 questions
	waitFor(t, ctx, `document.querySelector("#mock-size-0").checked`)
	click(t, ctx, ".mock-start")

	// The first question: focused, its timer running, a draft typed.
	waitFor(t, ctx, `document.activeElement?.id === "mock-question"`)
	cards := mockCards(t, ctx)
	if len(cards) != 3 {
		t.Fatalf("the interview asks %v", cards)
	}
	roles := map[string]string{}
	for _, q := range iv.Questions {
		roles[q.ID] = q.Role
	}
	for _, id := range cards {
		if roles[id] != "cto" || strings.Count(strings.Join(cards, " "), id) != 1 {
			t.Errorf("%s in %v is not a CTO question asked once", id, cards)
		}
	}
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#mock-question").textContent === %q`, question(cards[0])))
	waitFor(t, ctx, `document.querySelector(".timer-clock").textContent >= "0:02"`)
	click(t, ctx, "#mock-draft")
	const draft = "Bridge technology and the business."
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: draft}); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "a mock interview question")
	if eval[bool](t, ctx, `document.querySelector(".mock-points") !== null`) {
		t.Fatal("the answer points show before the answer")
	}
	click(t, ctx, ".mock-answered")
	waitFor(t, ctx, `document.activeElement?.id === "mock-check" && document.querySelector(".answer-timer") === null`)
	// Every point covered.
	points := eval[int](t, ctx, `document.querySelectorAll(".mock-point input").length`)
	for i := range points {
		click(t, ctx, fmt.Sprintf("#mock-point-%d", i))
	}
	waitFor(t, ctx, fmt.Sprintf(`JSON.parse(sessionStorage.getItem("cxopath.mock")).answers[0].covered?.length === %d`, points))
	checkAccessibility(t, ctx, "a mock interview answer being checked")
	click(t, ctx, ".mock-next")

	// The second question: the focus moves to it; the interview survives a
	// reload with its timer still counting; no point covered.
	waitFor(t, ctx, fmt.Sprintf(`document.activeElement?.id === "mock-question" && document.activeElement.textContent === %q`, question(cards[1])))
	waitFor(t, ctx, `document.querySelector(".timer-clock").textContent >= "0:01"`)
	open(t, ctx, "/en/interview/mock?role=cto")
	waitForApp(t, ctx)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#mock-question")?.textContent === %q`, question(cards[1])))
	waitFor(t, ctx, `document.querySelector(".timer-clock").textContent >= "0:02"`)
	if got := eval[string](t, ctx, `document.querySelector(".mock-step").textContent`); got != "Question 2 of 3" {
		t.Errorf("after a reload the interview is at %q", got)
	}
	click(t, ctx, ".mock-answered")
	waitFor(t, ctx, `document.activeElement?.id === "mock-check"`)
	click(t, ctx, ".mock-next")

	// The third, with the keyboard alone: two points covered.
	waitFor(t, ctx, fmt.Sprintf(`document.activeElement?.id === "mock-question" && document.activeElement.textContent === %q`, question(cards[2])))
	tabTo(t, ctx, ".mock-answered")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.activeElement?.id === "mock-check"`)
	tabTo(t, ctx, "#mock-point-0")
	press(t, ctx, " ")
	tabTo(t, ctx, "#mock-point-1")
	press(t, ctx, " ")
	waitFor(t, ctx, `JSON.parse(sessionStorage.getItem("cxopath.mock")).answers[2].covered?.length === 2`)
	tabTo(t, ctx, ".mock-next")
	press(t, ctx, kb.Enter)

	// The summary, then the history after a reload.
	waitFor(t, ctx, `document.activeElement?.id === "mock-summary"`)
	summary := eval[string](t, ctx, `document.querySelector(".mock-summary").textContent`)
	for _, want := range []string{"Your weakest topic was", fmt.Sprintf("%d of %d points", points, points), "0 of "} {
		if !strings.Contains(summary, want) {
			t.Errorf("the summary lacks %q: %s", want, summary)
		}
	}
	if got := eval[int](t, ctx, `document.querySelectorAll(".mock-summary .mock-answer").length`); got != 3 {
		t.Errorf("the summary lists %d answers", got)
	}
	checkAccessibility(t, ctx, "a mock interview's summary")
	open(t, ctx, "/en/interview/mock")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector("#mock-summary") !== null && document.querySelectorAll(".mock-history tbody tr").length === 1`)
	click(t, ctx, ".mock-again")
	waitFor(t, ctx, `document.activeElement?.id === "mock-choose" && sessionStorage.getItem("cxopath.mock") === null`)
	row := eval[string](t, ctx, `document.querySelector(".mock-history tbody tr").textContent`)
	if !strings.Contains(row, "CTO") || !strings.Contains(row, "3 questions") {
		t.Errorf("the history reads %q", row)
	}

	if p := problems(); len(p) > 0 {
		t.Errorf("the console reports: %s", strings.Join(p, "\n"))
	}

	// What was saved: the interview, the day's count, the draft, and each
	// card scheduled by its coverage.
	d := savedDoc(t, ctx)
	if len(d.Practice.Mocks) != 1 {
		t.Fatalf("history %+v", d.Practice.Mocks)
	}
	m := d.Practice.Mocks[0]
	if m.Role != "cto" || len(m.Answers) != 3 || m.Answers[0].Seconds < 2 || m.Answers[1].Seconds < 2 {
		t.Errorf("kept %+v", m)
	}
	mocks := 0
	for _, day := range d.Study.Days {
		mocks += day.Mocks
	}
	if mocks != 1 {
		t.Errorf("the days count %d mock interviews", mocks)
	}
	if !strings.Contains(d.Practice.Drafts[cards[0]], draft) {
		t.Errorf("the first card's draft is %q", d.Practice.Drafts[cards[0]])
	}
	for i, tt := range []struct {
		rating   practice.Rating
		min, max time.Duration
	}{
		{practice.Easy, 24 * time.Hour, 400 * 24 * time.Hour}, // every point
		{practice.Again, time.Minute, time.Minute},            // none
		{practice.Hard, 5 * time.Minute, 5 * time.Minute},     // two of three to five
	} {
		c := d.Practice.Cards[cards[i]]
		if gap := c.Due.Sub(c.LastReview); c.Reps != 1 || gap < tt.min || gap > tt.max {
			t.Errorf("card %d (%s) rated %d: %+v, due after %v", i+1, cards[i], tt.rating, c, gap)
		}
	}
}

// TestMockInterviewScreenshots saves the mock interview's question, the
// answer being checked and the summary with a history, in each language
// at phone and desktop widths, light and dark, and runs axe-core on each.
func TestMockInterviewScreenshots(t *testing.T) {
	iv := course(t).Interview
	var cards []string
	for _, q := range iv.Questions[:3] {
		cards = append(cards, q.ID)
	}
	now := time.Now()
	doc := progress.New()
	for i := range 3 {
		m := progress.Mock{At: now.Add(time.Duration(i-2) * 24 * time.Hour).Format(time.RFC3339), Role: []string{"", "cio", "cto"}[i]}
		for j, id := range cards {
			m.Answers = append(m.Answers, progress.MockAnswer{Card: id, Seconds: 60 + 17*j, Covered: []int{0, 1, 2}[:1+(i+j)%3]})
		}
		doc.FinishMock(m, map[string]int{cards[0]: iv.Questions[0].Points, cards[1]: iv.Questions[1].Points, cards[2]: iv.Questions[2].Points}, now, now.Format(time.DateOnly))
	}
	doc.SetDraft(cards[0], "Bridge technology and the business; own the roadmap.")
	saved, _ := doc.Encode()
	last := doc.Practice.Mocks[len(doc.Practice.Mocks)-1]
	session := func(step string) string {
		s := map[string]any{"at": now.Format(time.RFC3339), "role": "cto", "cards": cards, "watch": map[string]any{"since": now.Add(-95 * time.Second).Format(time.RFC3339Nano)}}
		switch step {
		case "checking":
			s["answers"] = []progress.MockAnswer{{Card: cards[0], Seconds: 95, Covered: []int{0, 2}}}
			s["checking"] = true
			delete(s, "watch")
		case "summary":
			s["at"], s["answers"], s["finished"] = last.At, last.Answers, true
			delete(s, "watch")
		}
		b, _ := json.Marshal(s)
		return string(b)
	}
	steps := []string{"question", "checking", "summary", "choices"}
	dir := screenshotDir(t)
	for _, theme := range []string{"light", "dark"} {
		t.Run(theme, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			problems := consoleProblems(ctx)
			t.Cleanup(func() {
				if p := problems(); len(p) > 0 {
					t.Errorf("the console reports: %s", strings.Join(p, "\n"))
				}
			})
			preferTheme(t, ctx, theme)
			open(t, ctx, "/en/")
			waitForApp(t, ctx)
			for _, w := range screenSizes {
				setViewport(t, ctx, w.width, w.height, w.mobile)
				for _, step := range steps {
					for _, lang := range []string{"en", "ko", "ja"} {
						script := fmt.Sprintf(`localStorage.setItem("cxopath.progress", %q); sessionStorage.removeItem("cxopath.mock");`, saved)
						if step != "choices" {
							script += fmt.Sprintf(`sessionStorage.setItem("cxopath.mock", %q);`, session(step))
						}
						eval[bool](t, ctx, "(() => {"+script+" return true })()")
						open(t, ctx, "/"+lang+"/interview/mock")
						waitForApp(t, ctx)
						ready := map[string]string{
							"question": "#mock-question", "checking": "#mock-check", "summary": "#mock-summary", "choices": ".mock-history tbody tr",
						}[step]
						waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q) !== null`, ready))
						what := fmt.Sprintf("the mock interview's %s in %s at %d px, %s", step, lang, w.width, theme)
						checkAndShoot(t, ctx, what, filepath.Join(dir, fmt.Sprintf("mock-%s-%s-%s-%s.png", step, lang, w.name, theme)))
					}
				}
			}
		})
	}
}
