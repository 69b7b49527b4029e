package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/content"
)

func TestAnsweringTheQuizAndMarkingTheLessonDoneSurviveAReload(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	lesson, _ := course.Lesson("cio-role")
	first, second := lesson.Quiz[0], lesson.Quiz[1]
	wrong := (second.Answer + 1) % second.Options

	ctx := newTab(t)
	open(t, ctx, "/en/lessons/cio-role")
	waitForApp(t, ctx)

	click(t, ctx, fmt.Sprintf(`#quiz-%s-%d`, first.ID, first.Answer))
	waitFor(t, ctx, `document.querySelectorAll(".quiz-feedback.is-right").length === 1`)
	click(t, ctx, fmt.Sprintf(`#quiz-%s-%d`, second.ID, wrong))
	waitFor(t, ctx, `document.querySelectorAll(".quiz-feedback.is-wrong").length === 1`)
	feedback := eval[string](t, ctx, `document.querySelector(".quiz-feedback.is-wrong").textContent`)
	if want := lesson.Text["en"].Body().Questions[1].Feedback[wrong]; !strings.Contains(feedback, want) {
		t.Errorf("feedback %q does not explain the chosen answer (%q)", feedback, want)
	}
	for i := 2; i < len(lesson.Quiz); i++ {
		click(t, ctx, fmt.Sprintf(`#quiz-%s-%d`, lesson.Quiz[i].ID, lesson.Quiz[i].Answer))
		waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll(".quiz-feedback.is-right, .quiz-feedback.is-wrong").length === %d`, i+1))
	}
	want := fmt.Sprintf("%d of %d answered correctly", len(lesson.Quiz)-1, len(lesson.Quiz))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".quiz-summary").textContent === %q`, want))

	click(t, ctx, `.done-toggle button`)
	waitFor(t, ctx, `document.querySelector(".done-toggle.is-done") !== null`)
	screenshot(t, ctx, "quiz-answered-en")
	checkAccessibility(t, ctx, "an answered quiz and a done lesson")

	open(t, ctx, "/en/lessons/cio-role")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".done-toggle.is-done") !== null`)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#quiz-%s-%d").checked`, second.ID, wrong))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".quiz-summary").textContent === %q`, want))

	open(t, ctx, "/ko/")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelectorAll(".lesson-card.is-done").length === 1`)
	if got := eval[string](t, ctx, `document.querySelector(".course-progress label").textContent`); !strings.HasPrefix(got, "13개 중 1개") {
		t.Errorf("course progress reads %q", got)
	}
	checkAccessibility(t, ctx, "the home page with a lesson done")
}

func TestDamagedSavedProgressIsKeptAsideAndReported(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ja/")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `localStorage.setItem("cxopath.progress", "{\"app\":\"cxopath-progress\",\"version\":2,\"less") || true`)
	open(t, ctx, "/ja/")
	waitForApp(t, ctx)
	waitFor(t, ctx, withoutBreakMarks(`document.querySelector(".storage-notice").textContent`)+`.includes("読み込めなかった")`)
	kept := eval[string](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("cxopath.progress.aside.")).map(k => localStorage.getItem(k)).join()`)
	if kept != `{"app":"cxopath-progress","version":2,"less` {
		t.Errorf("kept aside: %q", kept)
	}

	// Progress from a newer version of the app is not damaged: it is left
	// where it is, untouched, and the page offers to reload.
	eval[bool](t, ctx, `localStorage.clear() || localStorage.setItem("cxopath.progress", "{\"app\":\"cxopath-progress\",\"version\":99}") || true`)
	open(t, ctx, "/ja/")
	waitForApp(t, ctx)
	waitFor(t, ctx, withoutBreakMarks(`document.querySelector(".storage-notice").textContent`)+`.includes("別のタブでCxO Pathが更新されました") && document.querySelector(".storage-reload") !== null`)
	if keys := eval[[]string](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("cxopath.progress."))`); len(keys) != 0 {
		t.Errorf("a newer version's progress was copied: %v", keys)
	}
}

// screenshotPage saves the whole page as it is now.
func screenshotPage(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(screenshotDir(t), name+".png"), wholePage(t, ctx), 0o644); err != nil {
		t.Fatal(err)
	}
}

// screenshot saves the lesson article as it is now.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(".lesson"), chromedp.NodeVisible))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(t), name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
