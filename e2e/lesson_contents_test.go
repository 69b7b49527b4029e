package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestTheLessonContentsStayInViewBesideTheTextAsTheLearnerScrolls(t *testing.T) {
	ctx := newTab(t)
	setViewport(t, ctx, 1280, 900, false)
	open(t, ctx, "/ja/lessons/cto-vs-cio")
	waitForApp(t, ctx)
	for _, at := range []string{"0.4", "0.8"} {
		eval[bool](t, ctx, `(() => { window.scrollTo(0, document.documentElement.scrollHeight * `+at+`); return true })()`)
		waitFor(t, ctx, `(() => { const r = document.querySelector(".lesson > .toc").getBoundingClientRect(); return r.top >= 0 && r.top < 200 && r.bottom <= innerHeight && r.width > 0 })()`)
		// The contents mark the one part being read: the last section, or
		// the quiz, whose top has passed the top third of the window.
		reading := `[...document.querySelectorAll(".lesson-text section[aria-labelledby], .lesson-quiz")].filter(s => s.getBoundingClientRect().top < innerHeight / 3).map(s => s.querySelector("h2").id).pop()`
		waitFor(t, ctx, `document.querySelectorAll(".toc a[aria-current]").length === 1 && document.querySelector(".toc a[aria-current]").hash === "#" + `+reading)
	}
	if eval[string](t, ctx, `document.querySelector(".toc li:last-child a")?.hash`) != "#quiz" {
		t.Error("the contents do not end on the lesson's quiz")
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(t), "lesson-ja-desktop-scrolled.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
