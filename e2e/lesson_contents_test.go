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
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(t), "lesson-ja-desktop-scrolled.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
