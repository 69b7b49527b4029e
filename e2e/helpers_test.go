package e2e

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// says is the interface message id as the app shows it in lang: counted
// when count is 0 or more, and filled with data. Tests that look for a
// message's text find it this way, so rewording a message never breaks them.
func says(lang, id string, count int, data ...map[string]any) string {
	return locale.N(lang, &i18n.Message{ID: id}, count, data...)
}

// textIs is a JavaScript test that the element selector finds reads text.
func textIs(selector, text string) string {
	return fmt.Sprintf(`document.querySelector(%q)?.textContent === %q`, selector, text)
}

// open loads a page of the app by its path.
func open(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(baseURL+path)); err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
}

// waitForApp waits until the WASM app has mounted over the pre-rendered page.
func waitForApp(t testing.TB, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `document.documentElement.dataset.app === "running"`)
}

// waitFor waits until a JavaScript expression is true.
func waitFor(t testing.TB, ctx context.Context, expr string) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr,
		chromedp.WithPollingInterval(50*time.Millisecond),
		chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		where, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href`))
		t.Fatalf("waiting for %s at %s: %v", expr, where, err)
	}
}

// clickUntil clicks selector until drawn holds: a click that lands while
// the page is still being set up, before the control listens, is made
// again rather than waited out.
func clickUntil(t testing.TB, ctx context.Context, selector, drawn string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`(%s) || (document.querySelector(%q)?.click(), false)`, drawn, selector))
}

// withoutBreakMarks is a JavaScript expression for the string expr with the
// word joiners and zero-width spaces that keep Japanese words whole taken
// out, as locale.DropBreakHints does in Go.
func withoutBreakMarks(expr string) string {
	return "(" + expr + `).replace(/[\u2060\u200b]/g, "")`
}

// eval returns the value of a JavaScript expression in the page.
func eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// click clicks the first element that matches a CSS selector, as a person
// would: brought to the middle of the window first, clear of the sticky
// header and the phone's bottom bar (whose own links are always in view),
// then clicked with the mouse at its centre once it has stopped moving (an
// answer revealed above it, say, pushes it down). chromedp's own Click is
// not used because it scrolls sticky elements "into view", moving the page
// under the reader.
func click(t testing.TB, ctx context.Context, selector string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		if (!el || el.offsetParent === null && getComputedStyle(el).position !== "fixed") return false;
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.height > 0;
	})()`, selector))
	at, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(`(async () => {
		const el = document.querySelector(%q);
		if (!el.closest(".site-header, .main-nav")) el.scrollIntoView({block: "center"});
		let last = null;
		for (let i = 0; i < 40; i++) {
			await new Promise(done => setTimeout(done, 25));
			const r = el.getBoundingClientRect();
			const at = [r.left + r.width / 2, r.top + r.height / 2];
			if (last && at[0] === last[0] && at[1] === last[1]) return at;
			last = at;
		}
		return last;
	})()`, selector), chromedp.EvalAwaitPromise))
	if err != nil || len(at) != 2 {
		t.Fatalf("finding %s: %v", selector, err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(at[0], at[1])); err != nil {
		t.Fatalf("clicking %s: %v", selector, err)
	}
}

// setViewport sizes the tab, as a phone held upright when mobile.
func setViewport(t testing.TB, ctx context.Context, width, height int64, mobile bool) {
	t.Helper()
	opts := []chromedp.EmulateViewportOption{}
	if mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulatePortrait)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height, opts...)); err != nil {
		t.Fatal(err)
	}
}

// screenSizes are the two screens every screenshot test shoots: a phone
// and a desktop.
var screenSizes = []struct {
	name          string
	width, height int64
	mobile        bool
}{{"phone", 360, 780, true}, {"desktop", 1280, 900, false}}

// preferTheme makes the tab's system theme light or dark.
func preferTheme(t testing.TB, ctx context.Context, theme string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: theme}},
	}); err != nil {
		t.Fatal(err)
	}
}

// checkAndShoot checks the page as it is now, which what names (axe, and no
// sideways scrolling), then saves a full screenshot of it at path.
func checkAndShoot(t *testing.T, ctx context.Context, what, path string) {
	t.Helper()
	checkAccessibility(t, ctx, what)
	if over := eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); over > 0 {
		t.Errorf("%s scrolls sideways by %d px", what, over)
	}
	if err := os.WriteFile(path, wholePage(t, ctx), 0o644); err != nil {
		t.Fatal(err)
	}
}

// wholePage captures the whole page as a window as tall as the page would
// show it: the sticky header at its top and the phone's tab bar at its
// foot, where a learner sees them, not painted across the middle of the
// page as a capture beyond the window leaves them. The window is given
// back its size after. A window narrower than 600 px is a phone's.
func wholePage(t *testing.T, ctx context.Context) []byte {
	t.Helper()
	size := eval[[]int64](t, ctx, `[innerWidth, innerHeight, document.documentElement.scrollHeight, scrollY]`)
	width, height, full, scrolled := size[0], size[1], size[2], size[3]
	phone := width < 600
	setViewport(t, ctx, width, max(full, height), phone)
	// Two frames after scrolling to the top, the taller window is laid out.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`scrollTo(0, 0), new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	setViewport(t, ctx, width, height, phone)
	eval[bool](t, ctx, fmt.Sprintf(`scrollTo(0, %d), true`, scrolled))
	return png
}
