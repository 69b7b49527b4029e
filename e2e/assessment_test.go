package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

func TestTheSelfAssessmentSavesRatingsAndShowsWhereTheLearnerStands(t *testing.T) {
	cl, answers := inHouseIT(t)
	ctx := newTab(t)
	open(t, ctx, "/ja/assessment")
	waitForApp(t, ctx)
	for _, it := range cl.Items {
		click(t, ctx, fmt.Sprintf("#rate-%s-%d", it.ID, answers[it.ID]))
	}
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll(".checklist-item.is-rated").length === %d`, len(cl.Items)))
	if got := eval[string](t, ctx, `document.querySelector(".assessment-progress p").textContent`); got != "30項目中30項目を評価済み" {
		t.Errorf("progress reads %q", got)
	}

	open(t, ctx, "/ja/assessment")
	waitForApp(t, ctx)
	for _, it := range cl.Items {
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#rate-%s-%d").checked`, it.ID, answers[it.ID]))
	}

	click(t, ctx, `.assessment-progress a[href="/ja/assessment/results"]`)
	waitFor(t, ctx, `location.pathname === "/ja/assessment/results" && document.querySelector(".radar-shape") !== null`)
	fits := cl.Fits(answers)
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll(".role-fit-name")].map(a => a.getAttribute("href").split("/").pop())`); len(got) != len(fits) || got[0] != fits[0].Role {
		t.Errorf("roles ranked %v, want %s first", got, fits[0].Role)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll(".area-table tbody tr").length`); got != len(cl.Areas) {
		t.Errorf("the table has %d areas, want %d", got, len(cl.Areas))
	}
	if got := eval[int](t, ctx, `document.querySelectorAll(".gap").length`); got != len(cl.Gaps(answers, fits[0].Role, 5)) {
		t.Errorf("%d gaps listed", got)
	}
	checkAccessibility(t, ctx, "the results in Japanese")

	// Gaps for another role: the choice is kept.
	eval[bool](t, ctx, `(() => { const s = document.querySelector("#gap-role"); s.value = "cto"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	want := cl.Gaps(answers, "cto", 5)[0].Item.ID
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".gap-statement")?.textContent === %q`, course(t).Checklist.Text["ja"].Items[want]))
	open(t, ctx, "/ja/assessment/results")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector("#gap-role")?.value === "cto"`)

	printed, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
	if err != nil {
		t.Fatal(err)
	}
	pdf := printed.Data
	if err := os.WriteFile(filepath.Join(screenshotDir(t), "results-ja.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1)); n != 1 {
		t.Errorf("the printed report has %d A4 pages, want 1", n)
	}
	if bytes.Contains(pdf, []byte("share-link")) {
		t.Error("the report prints the share box")
	}
}

func TestASharedLinkShowsTheSameResultsInAFreshProfileAndCanBeKept(t *testing.T) {
	cl, answers := inHouseIT(t)
	ctx := newTab(t)
	open(t, ctx, "/en/assessment/results#"+cl.Encode(answers))
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".shared-notice") !== null`)
	fits := cl.Fits(answers)
	best := eval[string](t, ctx, `document.querySelector(".role-fit.is-best .role-fit-score").textContent`)
	if want := fmt.Sprintf("%d%% fit", int(fits[0].Score*100+0.5)); best != want {
		t.Errorf("best fit reads %q, want %q", best, want)
	}
	if eval[string](t, ctx, `localStorage.getItem("cxopath.progress") ?? ""`) != "" {
		t.Error("opening a shared link saved something")
	}
	checkAccessibility(t, ctx, "shared results")

	click(t, ctx, `.shared-notice .button`)
	waitFor(t, ctx, `location.hash === "" && document.querySelector(".shared-notice") === null && document.querySelector(".share-box") !== null`)
	saved := eval[string](t, ctx, `localStorage.getItem("cxopath.progress")`)
	for _, it := range cl.Items[:3] {
		if !strings.Contains(saved, fmt.Sprintf("%q:%d", it.ID, answers[it.ID])) {
			t.Errorf("%s is not saved as %d: %s", it.ID, answers[it.ID], saved)
		}
	}
	if link := eval[string](t, ctx, `document.querySelector("#share-link").value`); !strings.HasSuffix(link, "/en/assessment/results#"+cl.Encode(answers)) {
		t.Errorf("share link %q", link)
	}
}

func TestABrokenShareLinkSaysWhyAndChangesNothing(t *testing.T) {
	cl, answers := inHouseIT(t)
	good := cl.Encode(answers)
	ctx := newTab(t)
	open(t, ctx, "/ko/assessment")
	waitForApp(t, ctx)
	click(t, ctx, "#rate-bcp-1")
	waitFor(t, ctx, `document.querySelectorAll(".checklist-item.is-rated").length === 1`)
	before := eval[string](t, ctx, `localStorage.getItem("cxopath.progress")`)
	for _, tt := range []struct{ name, fragment, says string }{
		{"cut short", good[:len(good)-4], "손상"},
		{"foreign", "section-2", "들어 있지 않습니다"},
		{"from a newer version", "a2." + good[3:], "새로운 버전"},
	} {
		// Only the fragment differs: leave the page first, so each link is
		// opened as a learner would open it, not as a jump within the page.
		openAt(t, ctx, "", "about:blank")
		open(t, ctx, "/ko/assessment/results#"+tt.fragment)
		waitForApp(t, ctx)
		waitFor(t, ctx, `document.querySelector(".notice.is-warning") !== null`)
		if got := eval[string](t, ctx, `document.querySelector(".notice.is-warning").textContent`); !strings.Contains(got, tt.says) {
			t.Errorf("%s: the notice reads %q", tt.name, got)
		}
		if got := eval[int](t, ctx, `document.querySelectorAll(".shared-notice").length`); got != 0 {
			t.Errorf("%s: offered to keep unreadable results", tt.name)
		}
		if after := eval[string](t, ctx, `localStorage.getItem("cxopath.progress")`); after != before {
			t.Errorf("%s: saved data changed from %s to %s", tt.name, before, after)
		}
	}
	checkAccessibility(t, ctx, "a broken share link")
}
