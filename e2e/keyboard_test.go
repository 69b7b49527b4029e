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
	press(t, ctx, kb.Enter)
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

func TestTheAssessmentInterviewAndDataCanBeUsedWithTheKeyboardAlone(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ko/assessment")
	waitForApp(t, ctx)
	tabTo(t, ctx, ".checklist-item input[type=radio]")
	press(t, ctx, kb.ArrowRight)
	press(t, ctx, kb.ArrowRight)
	waitFor(t, ctx, `document.querySelectorAll(".checklist-item.is-rated").length === 1`)
	tabTo(t, ctx, `.assessment-progress a[href="/ko/assessment/results"]`)
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `location.pathname === "/ko/assessment/results" && document.querySelector("#gap-role") !== null`)
	tabTo(t, ctx, "#share-link ~ button")
	press(t, ctx, kb.Enter)

	open(t, ctx, "/ko/interview")
	waitForApp(t, ctx)
	tabTo(t, ctx, `.chip[href="/ko/interview?role=cio"]`)
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `location.search === "?role=cio"`)
	tabTo(t, ctx, ".deck-start .button")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.querySelector("#question") !== null`)
	tabTo(t, ctx, ".reveal")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.activeElement?.id === "points"`)
	tabTo(t, ctx, ".recall-3")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `Object.keys(JSON.parse(localStorage.getItem("cxopath.progress") ?? "{}").practice?.cards ?? {}).length === 1`)

	open(t, ctx, "/ko/data")
	waitForApp(t, ctx)
	tabTo(t, ctx, ".data-section .confirm-first")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.activeElement?.matches(".confirm-yes") ?? false`)
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, nothingSaved)
}
