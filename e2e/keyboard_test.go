package e2e

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// press sends keys to whatever has focus, as a keyboard user would.
func press(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(keys)); err != nil {
		t.Fatalf("pressing %q: %v", keys, err)
	}
}

// tabTo presses Tab until the focused element matches the selector.
func tabTo(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	for range 400 {
		if eval[bool](t, ctx, fmt.Sprintf(`document.activeElement?.matches(%q) ?? false`, selector)) {
			return
		}
		press(t, ctx, kb.Tab)
	}
	t.Fatalf("Tab never reached %s", selector)
}

func TestALessonCanBeStudiedWithTheKeyboardAlone(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/lessons/what-is-a-cto")
	waitForApp(t, ctx)

	press(t, ctx, kb.Tab)
	if !eval[bool](t, ctx, `document.activeElement.matches(".skip-link")`) {
		t.Error("the first Tab does not reach the skip link")
	}
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `location.hash === "#main"`)

	tabTo(t, ctx, ".lesson-text button.term")
	waitFor(t, ctx, `document.querySelector(".term-bubble:not(:empty)") !== null`)
	press(t, ctx, kb.Escape)
	waitFor(t, ctx, `document.querySelector(".term-bubble:not(:empty)") === null`)

	tabTo(t, ctx, ".quiz-question input[type=radio]")
	press(t, ctx, kb.ArrowDown)
	waitFor(t, ctx, `document.querySelector(".quiz-feedback:not(:empty)") !== null`)

	tabTo(t, ctx, ".done-toggle button")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.querySelector(".done-toggle.is-done") !== null`)
}

func TestRolesCanBeComparedWithTheKeyboardAlone(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ja/roles/compare")
	waitForApp(t, ctx)
	tabTo(t, ctx, "#choose-ciso")
	press(t, ctx, " ")
	waitFor(t, ctx, `location.search === "?roles=cto,cio,ciso"`)
	waitFor(t, ctx, `document.querySelectorAll(".compare-table thead th").length === 3`)
}
