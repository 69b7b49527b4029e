package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
)

// clockShift moves the page's clock: before any script, Date reads the
// real time plus the milliseconds kept in localStorage under e2e.clock, so
// a test makes days pass by setting it before it opens a page. The app's
// Go clock reads Date too.
const clockShift = `(() => {
	const shift = Number(localStorage.getItem("e2e.clock") ?? 0);
	if (!shift) return;
	const Real = Date;
	class Shifted extends Real {
		constructor(...args) { if (args.length === 0) super(Real.now() + shift); else super(...args); }
		static now() { return Real.now() + shift; }
	}
	globalThis.Date = Shifted;
})()`

// daysLater sets the page's clock days ahead of the real one, from the
// next page opened on.
func daysLater(t *testing.T, ctx context.Context, days float64) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(localStorage.setItem("e2e.clock", %d), true)`, int64(days*24*float64(time.Hour/time.Millisecond))))
}

// inZone makes the browser's time zone the one named, from the next page
// opened on: a trip.
func inZone(t *testing.T, ctx context.Context, zone string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: zone}); err != nil {
		t.Fatal(err)
	}
}

// cardsRated is how many cards the saved days count, all days together.
const cardsRated = `Object.values(JSON.parse(localStorage["cxopath.progress"] ?? "{}").study?.days ?? {}).reduce((n, d) => n + (d.cards ?? 0), 0)`

// rateCards rates n interview cards Good, one after another, with the
// keyboard: Space reveals the answer points, 3 rates.
func rateCards(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	open(t, ctx, "/en/interview/practice")
	waitForApp(t, ctx)
	for range n {
		before := eval[int](t, ctx, cardsRated)
		waitFor(t, ctx, `document.querySelector(".reveal") !== null`)
		press(t, ctx, " ")
		waitFor(t, ctx, `document.querySelector(".recall-3") !== null`)
		press(t, ctx, "3")
		waitFor(t, ctx, fmt.Sprintf(`%s === %d`, cardsRated, before+1))
	}
}

func TestTodayKeepsTheStreakAndTheCalendarAsDaysPassAndTheLearnerTravels(t *testing.T) {
	ctx := newTab(t)
	beforeEveryPage(t, ctx, clockShift)
	inZone(t, ctx, "America/Los_Angeles")
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelectorAll(".goal-choice input[type=radio]").length === 6`)
	click(t, ctx, `label[for="goal-3"]`) // 5 cards
	waitFor(t, ctx, savedHas(`doc.study?.goal?.cards === 5`))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".goal-progress")?.textContent.includes(%q)`, says("en", "GoalCardsProgress", 5, map[string]any{"Done": 0})))

	// Day one, in Los Angeles: five cards meet the goal, and the app says so.
	rateCards(t, ctx, 5)
	waitFor(t, ctx, textIs(".study-cheer-note", says("en", "CheerGoal", 1)))
	if live := eval[string](t, ctx, `document.querySelector(".study-cheer").getAttribute("role")`); live != "status" {
		t.Errorf("the recognition is announced with role %q, want a polite status", live)
	}

	// Day two: not met yet, the streak still stands.
	daysLater(t, ctx, 1)
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	waitFor(t, ctx, textIs(".goal-streak", says("en", "Streak", 1))+` && document.querySelector(".today-goal.is-met") === null`)
	rateCards(t, ctx, 5)

	// Day three, after a flight to Seoul: the calendar moves on by a day or
	// two (the flight may skip a date), and the streak is kept.
	daysLater(t, ctx, 2)
	inZone(t, ctx, "Asia/Seoul")
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	waitFor(t, ctx, textIs(".goal-streak", says("en", "Streak", 2)))
	rateCards(t, ctx, 5)
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	waitFor(t, ctx, textIs(".goal-streak", says("en", "Streak", 3))+` && document.querySelector(".today-goal.is-met") !== null`)

	// The calendar: three days met, drawn and written out.
	if got := eval[int](t, ctx, `document.querySelectorAll(".cal-table tbody tr").length`); got != 3 {
		t.Errorf("the calendar's table lists %d days, want 3", got)
	}
	if got := eval[int](t, ctx, `(document.querySelector(".cal .cal-5")?.getAttribute("d").match(/M/g) ?? []).length`); got != 3 {
		t.Errorf("the calendar rings %d days as met, want 3", got)
	}
	if eval[string](t, ctx, `document.querySelector("svg.cal").getAttribute("aria-hidden")`) != "true" {
		t.Error("the calendar's drawing is not hidden from screen readers")
	}
	// The home page now opens with Today.
	open(t, ctx, "/en/")
	waitForApp(t, ctx)
	waitFor(t, ctx, textIs("h1", says("en", "TodayHeading", -1))+" && "+textIs(".goal-streak", says("en", "Streak", 3)))
	checkAccessibility(t, ctx, "the home page showing Today")
}

// choose picks an option of a quiz question by its label. The page opened
// at the quiz moves while the lesson's text arrives above it, so the label
// is clicked where it is, not where the mouse found it a moment before.
func choose(t *testing.T, ctx context.Context, question string, option int) {
	t.Helper()
	label := fmt.Sprintf(`label[for="quiz-%s-%d"]`, question, option)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q) !== null`, label))
	eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector(%q).click(), true)`, label))
}

func TestAMissedQuestionComesBackInTodayAndOnTheLessonUntilAnsweredRight(t *testing.T) {
	l, _ := course(t).Lesson("pay")
	q := l.Quiz[0]
	wrong := (q.Answer + 1) % q.Options
	ctx := newTab(t)
	beforeEveryPage(t, ctx, clockShift)
	open(t, ctx, "/en/lessons/pay")
	waitForApp(t, ctx)
	choose(t, ctx, q.ID, wrong)
	waitFor(t, ctx, savedHas(fmt.Sprintf(`doc.lessons?.pay?.review?.[%q]?.state === 1`, q.ID)))
	// Right after the explanation, it is not due yet.
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	if eval[bool](t, ctx, `document.querySelector(".today-item.is-questions") !== null`) {
		t.Error("a question missed a moment ago is due already")
	}

	daysLater(t, ctx, 1)
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".today-item.is-questions a")?.getAttribute("href") === "/en/lessons/pay#quiz"`)
	click(t, ctx, ".today-item.is-questions a")
	waitFor(t, ctx, `location.pathname === "/en/lessons/pay" && document.querySelector(".quiz-due-note") !== null`)
	due := fmt.Sprintf(`document.querySelector(".quiz-question.is-due input[name=\"quiz-%s\"]")`, q.ID)
	waitFor(t, ctx, due+` !== null && document.querySelectorAll(".quiz-question.is-due").length === 1 && document.querySelector(".quiz-question.is-due .quiz-due-mark") !== null`)
	if eval[bool](t, ctx, fmt.Sprintf(`document.querySelector("input[name=\"quiz-%s\"]:checked") !== null`, q.ID)) {
		t.Error("the question due again still shows the wrong answer")
	}
	checkAccessibility(t, ctx, "a lesson with a question due again")
	png, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(".lesson-quiz"), chromedp.NodeVisible))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(t), "today-question-due-en.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}

	choose(t, ctx, q.ID, q.Answer)
	waitFor(t, ctx, savedHas(fmt.Sprintf(`doc.lessons.pay.review[%q].state === 2 && doc.lessons.pay.answers[%q] === %d`, q.ID, q.ID, q.Answer)))
	if got := eval[int](t, ctx, `Object.keys(JSON.parse(localStorage["cxopath.progress"]).lessons.pay.answers).length`); got != 1 {
		t.Error("answering the question due again answered another")
	}
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".today-item") !== null`)
	if eval[bool](t, ctx, `document.querySelector(".today-item.is-questions") !== null`) {
		t.Error("a question answered right stayed on today's list")
	}
	open(t, ctx, "/en/lessons/pay")
	waitForApp(t, ctx)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("input[name=\"quiz-%s\"]:checked") !== null`, q.ID))
	if eval[bool](t, ctx, `document.querySelector(".quiz-due-note, .quiz-question.is-due") !== null`) {
		t.Error("the lesson still marks the question due")
	}
	// Finishing the lesson gets a quiet word, which does not move for a
	// learner who asked for less motion.
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, ".done-toggle button")
	waitFor(t, ctx, textIs(".study-cheer[role=status] .study-cheer-note", says("en", "CheerLesson", -1)))
	if got := eval[string](t, ctx, `getComputedStyle(document.querySelector(".study-cheer-note")).animationName`); got != "none" {
		t.Errorf("the recognition animates (%s) under prefers-reduced-motion", got)
	}
	waitFor(t, ctx, savedHas(`Object.values(doc.study.days).some(d => d.lessons === 1)`))
	// Two days on, it comes back again.
	daysLater(t, ctx, 3)
	open(t, ctx, "/en/today")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".today-item.is-questions") !== null`)
}

func TestTodayOpensOfflineWithWhatWasSaved(t *testing.T) {
	ctx, base, _, stop := firstVisit(t, "/ko/today")
	click(t, ctx, `label[for="goal-0"]`) // 10 minutes
	waitFor(t, ctx, savedHas(`doc.study?.goal?.minutes === 10`))
	stop()
	openAt(t, ctx, base, "/ja/today")
	waitFor(t, ctx, `document.documentElement.dataset.app === "running" && document.documentElement.lang === "ja"`)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".goal-progress")?.textContent.includes(%q)`, says("ja", "GoalMinutesProgress", 10, map[string]any{"Done": 0})))
	if got := eval[string](t, ctx, `document.querySelector("h1").textContent`); got != says("ja", "TodayHeading", -1) {
		t.Errorf("offline, the Today page's heading is %q", got)
	}
}

// studiedDocument is a learner's progress after weeks of study up to now
// in zone: a goal of 20 minutes, met on most days, a card and a question
// due, and a lesson half read.
func studiedDocument(t *testing.T, now time.Time) string {
	t.Helper()
	c := course(t)
	d := progress.New()
	start := now.AddDate(0, 0, -80)
	d.SetGoal(progress.Goal{Minutes: 20}, start)
	for i := range 80 {
		if i%7 == 3 || i%11 == 5 {
			continue
		}
		day := start.AddDate(0, 0, i)
		d.Record(day, progress.Day{Seconds: (12 + (i*7)%40) * 60, Cards: i % 6, Questions: i % 4, Lessons: i % 9 / 8})
	}
	d.Record(now.Add(-time.Hour), progress.Day{Seconds: 12 * 60, Cards: 2})
	d.SetDone("what-is-a-cto", true, progress.DateOf(start))
	d.SetCard(c.Interview.Questions[2].ID, practice.Rate(practice.Card{}, practice.Again, now.Add(-2*time.Hour)))
	d.ReviewQuestion("cto-vs-cio", c.Lessons[1].Quiz[1].ID, false, now.Add(-26*time.Hour))
	d.SetSection("kinds-of-cto", c.Lessons[2].Sections[2])
	d.SetTarget("cio")
	raw, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// TestTodayScreenshots saves the Today page of a learner weeks into the
// loop, in each language at phone and desktop widths, light and dark, and
// runs the accessibility rules on each.
func TestTodayScreenshots(t *testing.T) {
	seoul, _ := time.LoadLocation("Asia/Seoul")
	doc := studiedDocument(t, time.Now().In(seoul))
	dir := screenshotDir(t)
	for _, theme := range []string{"light", "dark"} {
		t.Run(theme, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			inZone(t, ctx, "Asia/Seoul")
			preferTheme(t, ctx, theme)
			open(t, ctx, "/en/data")
			waitForApp(t, ctx)
			eval[bool](t, ctx, fmt.Sprintf(`(localStorage.setItem("cxopath.progress", %q), true)`, doc))
			for _, w := range screenSizes {
				setViewport(t, ctx, w.width, w.height, w.mobile)
				for _, lang := range []string{"en", "ko", "ja"} {
					open(t, ctx, "/"+lang+"/today")
					waitForApp(t, ctx)
					waitFor(t, ctx, `document.querySelectorAll(".today-item").length === 4 && document.querySelector(".cal .cal-5") !== null`)
					what := fmt.Sprintf("Today in %s at %d px, %s", lang, w.width, theme)
					checkAndShoot(t, ctx, what, filepath.Join(dir, fmt.Sprintf("today-studied-%s-%s-%s.png", lang, w.name, theme)))
				}
			}
		})
	}
}
