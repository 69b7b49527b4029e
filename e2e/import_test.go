package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
)

// importFile writes a file for the test and chooses it in the import box.
func importFile(t *testing.T, ctx context.Context, name, content string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#import-file", []string{path})); err != nil {
		t.Fatal(err)
	}
}

// text is the text of the first element a selector matches, or "".
func text(t *testing.T, ctx context.Context, selector string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q)?.textContent ?? ""`, selector))
}

// savedCounts are the counts My data shows of lessons, answers, ratings,
// cards and drafts, 0 for a kind it leaves out as it holds none. The days
// of study, snapshots and mock interviews depend on how long a test
// spends on a page.
const savedCounts = `["lessons", "answers", "ratings", "cards", "drafts"].map(k => document.querySelector('.saved-count[data-kind="' + k + '"] dd')?.textContent ?? "0").join()`

// nothingSaved holds when My data says nothing is saved, in place of its counts.
const nothingSaved = `!!document.querySelector(".saved-none") && !document.querySelector(".saved-counts")`

func TestImportsAreCheckedFieldByFieldMergedOrReplacedAndABadOneChangesNothing(t *testing.T) {
	c := course(t)
	title := func(id string) string { l, _ := c.Lesson(id); return l.Text["en"].Title }
	ctx := newTab(t)
	open(t, ctx, "/en/")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `localStorage.setItem("cxopath.progress", JSON.stringify({app: "cxopath-progress", version: 2,
		lessons: {"cto-vs-cio": {done: true, doneOn: "2026-11-01"}}, assessment: {ratings: {bcp: 1}, ratedOn: "2026-11-01"}})) || true`)
	open(t, ctx, "/en/data")
	waitForApp(t, ctx)
	waitFor(t, ctx, savedCounts+` === "1,0,1,0,0"`)
	before := eval[string](t, ctx, saved)

	// A file with nothing this version can use is refused, and says so.
	importFile(t, ctx, "blank.json", `{"app":"cxopath-progress","version":2,"lessons":{"from-a-later-course":{"done":true}}}`)
	waitFor(t, ctx, `document.querySelector(".import-outcome.is-warning")?.textContent.includes("holds nothing this version")`)
	if got := eval[string](t, ctx, saved); got != before {
		t.Fatalf("a refused file changed the saved data to %s", got)
	}

	// A crafted file: 30,000 lessons this version lacks, a date in 2999,
	// ratings outside the scale and a card due in the year 9999.
	lessons := map[string]any{"what-is-a-cto": map[string]any{"done": true, "doneOn": "2999-01-01"}}
	for i := range 30_000 {
		lessons[fmt.Sprintf("unknown-%d", i)] = map[string]any{"done": true}
	}
	crafted, _ := json.Marshal(map[string]any{
		"app": "cxopath-progress", "version": 2, "lessons": lessons,
		"assessment": map[string]any{"ratings": map[string]any{"bcp": 7, "one-on-ones": -1, "choose-stack": 2}, "ratedOn": "2026-11-20"},
		"practice": map[string]any{"cards": map[string]any{
			"cto-role": map[string]any{"due": "9999-01-01T00:00:00Z", "last": "2026-11-01T00:00:00Z", "s": 3.2, "d": 5.0, "reps": 3, "state": 2},
		}},
	})
	importFile(t, ctx, "crafted.json", string(crafted))
	waitFor(t, ctx, `document.querySelector(".import-preview") !== null`)
	// Kinds neither side holds (quiz answers, cards, drafts) have no row.
	rows := eval[[]string](t, ctx, `[...document.querySelectorAll(".import-preview tbody tr")].slice(0, 2).map(r => [...r.cells].map(c => c.textContent).join("|"))`)
	want := []string{"Lessons done|1|2|1", "Self-assessment ratings|1|2|1"}
	if zeros := eval[int](t, ctx, `[...document.querySelectorAll(".import-preview tbody tr")].filter(r => [...r.cells].slice(1).every(c => c.textContent === "0")).length`); zeros != 0 {
		t.Errorf("%d rows of the preview count nothing on either side", zeros)
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("the preview counts\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	notes := text(t, ctx, ".import-notes")
	for _, says := range []string{"2 ratings outside the scale are left out", "1 date that is not a real date or lies in the future is left out", "1 interview card has a schedule that cannot be right", "30,000 entries are for lessons"} {
		if !strings.Contains(notes, says) {
			t.Errorf("the notes %q do not say %q", notes, says)
		}
	}
	if merge := text(t, ctx, ".import-merge-changes"); !strings.Contains(merge, "Lessons that become done: 1"+title("what-is-a-cto")) {
		t.Errorf("merging is shown as %q", merge)
	}
	if replace := text(t, ctx, ".import-replace-changes"); !strings.Contains(replace, "Lessons no longer done: 1"+title("cto-vs-cio")) || !strings.Contains(replace, "Lessons that become done: 1"+title("what-is-a-cto")) {
		t.Errorf("replacing is shown as %q", replace)
	}
	checkAccessibility(t, ctx, "an import preview with changes and notes")
	if png, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(".import-preview"), chromedp.NodeVisible)); err == nil {
		os.WriteFile(filepath.Join(screenshotDir(t), "import-preview-en.png"), png, 0o644)
	}

	// Saving the import fails (storage is full): it says so, and nothing
	// changed.
	eval[bool](t, ctx, `(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key, value) {
			if (window.full && key === "cxopath.progress") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
			return setItem.call(this, key, value);
		};
		window.full = true;
		return true;
	})()`)
	click(t, ctx, ".import-merge")
	waitFor(t, ctx, `document.querySelector(".import-outcome.is-warning")?.textContent.startsWith("Nothing was imported")`)
	if got := eval[string](t, ctx, saved); got != before {
		t.Fatalf("a failed import changed the saved data to %s", got)
	}
	waitFor(t, ctx, savedCounts+` === "1,0,1,0,0"`)

	// With room again, merging keeps this device's lesson and adds the
	// file's, without its impossible date.
	eval[bool](t, ctx, `!(window.full = false)`)
	importFile(t, ctx, "crafted.json", string(crafted))
	click(t, ctx, ".import-merge")
	waitFor(t, ctx, `document.querySelector(".import-outcome")?.textContent.startsWith("Merged")`)
	waitFor(t, ctx, savedHas(`doc.lessons["cto-vs-cio"].done && doc.lessons["what-is-a-cto"].done && !doc.lessons["what-is-a-cto"].doneOn && doc.assessment.ratings.bcp === 1 && doc.assessment.ratings["choose-stack"] === 2 && !doc.practice?.cards?.["cto-role"]`))
	waitFor(t, ctx, savedCounts+` === "2,0,2,0,0"`)
	if n := eval[int](t, ctx, `Object.keys(JSON.parse(localStorage["cxopath.progress"]).lessons).length`); n != 30_002 {
		t.Errorf("%d lessons saved: the unknown ones should be kept, though not counted", n)
	}
}

func TestALearnersOwnLargeExportImportsAgain(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ja/")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `localStorage.setItem("cxopath.progress", JSON.stringify({app: "cxopath-progress", version: 2,
		practice: {drafts: {"cto-role": "経".repeat(800000)}}})) || true`)
	open(t, ctx, "/ja/data")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `(() => {
		URL.createObjectURL = (blob) => { blob.text().then(text => window.exported = text); return "blob:x"; };
		HTMLAnchorElement.prototype.click = function () {};
		return true;
	})()`)
	click(t, ctx, "#data-transfer ~ .import-row .button")
	waitFor(t, ctx, `typeof window.exported === "string"`)
	exported := eval[string](t, ctx, `window.exported`)
	if len(exported) < 2_400_000 {
		t.Fatalf("the export is %d bytes", len(exported))
	}
	importFile(t, ctx, "mine.json", exported)
	waitFor(t, ctx, `document.querySelector(".import-preview, .import-outcome.is-warning") !== null`)
	if refused := text(t, ctx, ".import-outcome.is-warning"); refused != "" {
		t.Fatalf("the learner's own %d-byte export was refused: %s", len(exported), refused)
	}
	// The same data again: said once, with only a way to close the preview.
	if got := locale.DropBreakHints(text(t, ctx, ".import-same")); !strings.Contains(got, "統合しても置き換えても何も変わりません") {
		t.Errorf("importing the same data again reads %q", got)
	}
	if eval[bool](t, ctx, `document.querySelector(".import-merge, .import-confirm") !== null`) {
		t.Errorf("importing the same data again still offers to merge or replace")
	}
}

func TestAShareLinkWithNoRatingsIsRefusedAndKeepsTheLearnersOwn(t *testing.T) {
	cl := assess.FromCourse(course(t))
	ctx := newTab(t)
	openStep(t, ctx, "", "/en/assessment#area-operations")
	click(t, ctx, "#rate-bcp-2")
	waitFor(t, ctx, savedHas(`doc.assessment?.ratings?.bcp === 2`))
	before := eval[string](t, ctx, saved)

	open(t, ctx, "/en/assessment/results#"+cl.Encode(assess.Answers{}))
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".notice.is-warning")?.textContent.includes("holds no ratings")`)
	if eval[bool](t, ctx, `document.querySelector(".shared-notice") !== null`) {
		t.Error("a link with no ratings is offered to keep")
	}
	if got := eval[string](t, ctx, saved); got != before {
		t.Errorf("the learner's ratings became %s", got)
	}
	if !strings.Contains(text(t, ctx, ".results-basis"), "1 of") {
		t.Errorf("the page shows %q, not the learner's own results", text(t, ctx, ".results-basis"))
	}
}
