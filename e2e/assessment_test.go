package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/cxopath/cxopath/app/locale"
)

func TestTheSelfAssessmentSavesRatingsAndShowsWhereTheLearnerStands(t *testing.T) {
	cl, answers := inHouseIT(t)
	ctx := newTab(t)
	open(t, ctx, "/ja/assessment")
	waitForApp(t, ctx)
	// One area a step: rate it, then Next, which names the area it leads to
	// and takes focus to that area's heading.
	for i, area := range cl.Areas {
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".checklist-area h2")?.id === "area-%s"`, area))
		if got, want := locale.DropBreakHints(eval[string](t, ctx, `document.querySelector(".step-count").textContent`)), fmt.Sprintf("領域 %d／%d", i+1, len(cl.Areas)); got != want {
			t.Errorf("step %d is headed %q, want %q", i+1, got, want)
		}
		if got := eval[string](t, ctx, `document.querySelector(".assessment-steps [aria-current=step]")?.getAttribute("href") ?? ""`); got != "/ja/assessment#area-"+area {
			t.Errorf("step %d: the bar marks %q as the current step", i+1, got)
		}
		for _, it := range cl.Items {
			if it.Area == area {
				click(t, ctx, fmt.Sprintf("#rate-%s-%d", it.ID, answers[it.ID]))
			}
		}
		if i+1 == len(cl.Areas) {
			break
		}
		next := cl.Areas[i+1]
		want := "次へ：" + course(t).Checklist.Text["ja"].Areas[next].Name
		if got := eval[string](t, ctx, `document.querySelector(".step-next").textContent`); got != want {
			t.Errorf("step %d: Next reads %q, want %q", i+1, got, want)
		}
		click(t, ctx, ".step-next")
		waitFor(t, ctx, fmt.Sprintf(`location.hash === "#area-%s" && document.activeElement?.id === "area-%s"`, next, next))
		// The next ratings may lie where Next was: wait out the guard that
		// keeps a double tap from rating on the new step.
		time.Sleep(700 * time.Millisecond)
	}
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll(".assessment-steps .step-link.is-done").length === %d`, len(cl.Areas)))
	if got := locale.DropBreakHints(eval[string](t, ctx, `document.querySelector(".assessment-progress p").textContent`)); got != "30項目中30項目を評価済み" {
		t.Errorf("progress reads %q", got)
	}
	// The progress stays in view while the step scrolls.
	eval[bool](t, ctx, `(window.scrollTo(0, document.body.scrollHeight), true)`)
	if !eval[bool](t, ctx, `(() => { const r = document.querySelector(".assessment-progress").getBoundingClientRect(); const h = document.querySelector(".site-header").getBoundingClientRect(); return r.top >= h.bottom - 1 && r.bottom <= innerHeight })()`) {
		t.Error("the progress scrolled out of view")
	}
	// Back returns to the area before, with its ratings.
	click(t, ctx, ".step-back")
	before := cl.Areas[len(cl.Areas)-2]
	waitFor(t, ctx, fmt.Sprintf(`location.hash === "#area-%s" && document.activeElement?.id === "area-%s"`, before, before))

	// A reload keeps the step and every rating.
	openStep(t, ctx, "", "/ja/assessment#area-"+before)
	for _, area := range cl.Areas {
		goToStep(t, ctx, area)
		for _, it := range cl.Items {
			if it.Area == area {
				waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#rate-%s-%d").checked`, it.ID, answers[it.ID]))
			}
		}
	}

	click(t, ctx, ".step-next")
	waitFor(t, ctx, `location.pathname === "/ja/assessment/results" && document.querySelector(".radar-shape") !== null`)
	fits := cl.Fits(answers)
	if got := eval[string](t, ctx, `document.querySelector(".headline-role a").getAttribute("href")`); got != "/ja/roles/"+fits[0].Role {
		t.Errorf("the headline names %q, want the best fit %s", got, fits[0].Role)
	}
	if got := eval[string](t, ctx, `document.querySelector(".headline-areas").textContent`); !strings.Contains(locale.DropBreakHints(got), "運用・セキュリティ") {
		t.Errorf("the headline does not name the strongest area: %q", got)
	}
	if eval[int](t, ctx, `document.querySelectorAll(".radar-chart.is-wide .radar-target").length`) != 1 {
		t.Error("the best fit's profile is not outlined on the chart")
	}
	lessons := eval[[]string](t, ctx, `[...document.querySelectorAll(".study-card-title")].map(a => a.getAttribute("href"))`)
	for i, l := range lessons {
		for _, m := range lessons[:i] {
			if l == m {
				t.Errorf("%s is recommended twice: %v", l, lessons)
			}
		}
	}
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
	openStep(t, ctx, "", "/ko/assessment#area-operations")
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

// goToStep moves the open checklist to an area's step by its segment in
// the progress bar, and waits for the step to show.
func goToStep(t testing.TB, ctx context.Context, area string) {
	t.Helper()
	click(t, ctx, fmt.Sprintf(`.assessment-steps a[href$="#area-%s"]`, area))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".checklist-area h2")?.id === "area-%s"`, area))
}

// openStep opens the checklist at an area's step (path ends in
// #area-ID) on the server at base ("" for the test server's), and waits
// until the app has drawn the step and scrolled to it, so that a click
// lands where it aims.
func openStep(t testing.TB, ctx context.Context, base, path string) {
	t.Helper()
	if base == "" {
		base = baseURL
	}
	openAt(t, ctx, base, path)
	waitForApp(t, ctx)
	id := path[strings.LastIndex(path, "#")+1:]
	waitFor(t, ctx, fmt.Sprintf(`(() => {
		const h = document.querySelector(".checklist-area h2");
		if (h?.id !== %q || document.querySelectorAll(".checklist-area").length !== 1) return false;
		const top = Math.round(h.getBoundingClientRect().top);
		const still = window.__stepTop === top;
		window.__stepTop = top;
		return still;
	})()`, id))
}
