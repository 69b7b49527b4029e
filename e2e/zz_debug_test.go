package e2e

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestZZDebug(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ja/interview/practice")
	waitForApp(t, ctx)
	for i := 0; i < 3; i++ {
		click(t, ctx, ".reveal")
		time.Sleep(500 * time.Millisecond)
		t.Log(eval[string](t, ctx, `JSON.stringify({q: document.querySelector("#question")?.textContent.slice(0,30), r4: (() => { const el = document.querySelector(".recall-4"); if (!el) return "none"; const r = el.getBoundingClientRect(); return [el.offsetParent === null, r.width, r.height, getComputedStyle(el).display, getComputedStyle(el.parentElement).display].join(",") })(), act: document.activeElement?.className})`))
		click(t, ctx, ".recall-1")
		time.Sleep(500 * time.Millisecond)
	}
	png, _ := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	os.WriteFile("/tmp/dbg-practice.png", png, 0o644)
}
