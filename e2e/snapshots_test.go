package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
)

// snapshotClock sets the tab's clock, for every page opened from then on,
// to a local time of the tab's time zone ("2026-11-02T09:00:00"), as if the
// device's clock said so: Date, and so Go's time.Now in the app, runs on
// from there. Each call replaces the clock set before.
type snapshotClock struct {
	ctx context.Context
	id  page.ScriptIdentifier
}

func (c *snapshotClock) set(t *testing.T, local string) {
	t.Helper()
	if c.id != "" {
		if _, err := chromedp.Call(c.ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: c.id}); err != nil {
			t.Fatal(err)
		}
	}
	script := fmt.Sprintf(`(() => {
		const Real = Date, shift = new Real(%q).getTime() - Real.now();
		globalThis.Date = new Proxy(Real, {
			construct: (target, args, newTarget) => args.length ? Reflect.construct(target, args, newTarget) : new target(target.now() + shift),
			get: (target, name) => name === "now" ? () => target.now() + shift : Reflect.get(target, name),
		});
	})()`, local)
	id, err := chromedp.Call(c.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
	if err != nil {
		t.Fatal(err)
	}
	c.id = id.Identifier
}

// rateAll rates every item of the checklist as answers says, where it
// differs from what is saved, on the server at base.
func rateAll(t *testing.T, ctx context.Context, base string, cl *assess.Checklist, answers assess.Answers) {
	t.Helper()
	openAt(t, ctx, base, "/en/assessment")
	waitForApp(t, ctx)
	for _, it := range cl.Items {
		if !eval[bool](t, ctx, fmt.Sprintf(`document.querySelector(".checklist-area h2")?.id === "area-%s"`, it.Area)) {
			goToStep(t, ctx, it.Area)
		}
		sel := fmt.Sprintf("#rate-%s-%d", it.ID, answers[it.ID])
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q) !== null`, sel))
		if !eval[bool](t, ctx, fmt.Sprintf(`document.querySelector(%q).checked`, sel)) {
			click(t, ctx, sel)
			waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q).checked`, sel))
		}
	}
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".assessment-progress p").textContent === "%d of %d statements rated"`, len(cl.Items), len(cl.Items)))
}

// savedSnapshots are the dates of the snapshots saved, once there are n.
func savedSnapshots(t *testing.T, ctx context.Context, n int) []string {
	t.Helper()
	waitFor(t, ctx, savedHas(fmt.Sprintf(`(doc.assessment?.snapshots ?? []).length === %d`, n)))
	return eval[[]string](t, ctx, `JSON.parse(localStorage["cxopath.progress"]).assessment.snapshots.map(s => s.on)`)
}

// changeTexts are the change column as the learner reads it.
const changeTexts = `[...document.querySelectorAll(".area-table tbody td.area-change")].map(td => td.textContent)`

// wantChanges is the change column for a comparison, in English: the sign,
// the percentage points, and "—" with its words when nothing changed.
func wantChanges(cl *assess.Checklist, from, to assess.Answers) []string {
	var out []string
	for _, c := range cl.AreaChanges(from, to) {
		switch {
		case !c.Compared:
			out = append(out, "—Not rated on both days")
		case c.Points == 0:
			out = append(out, "—No change")
		case c.Points > 0:
			out = append(out, fmt.Sprintf("+%d %s", c.Points, pts(c.Points)))
		default:
			out = append(out, fmt.Sprintf("−%d %s", -c.Points, pts(-c.Points)))
		}
	}
	return out
}

// pts is the English unit of n percentage points.
func pts(n int) string {
	if n == 1 {
		return "pt"
	}
	return "pts"
}

// changed is answers with the items at the given indexes rated r.
func changed(cl *assess.Checklist, answers assess.Answers, r int, items ...int) assess.Answers {
	out := assess.Answers{}
	for id, v := range answers {
		out[id] = v
	}
	for _, i := range items {
		out[cl.Items[i].ID] = r
	}
	return out
}

func TestTheAssessmentOverTimeComparesAnyTwoDaysOnTheRadarAndTheTableEvenOffline(t *testing.T) {
	cl, day1 := inHouseIT(t)
	day2 := changed(cl, day1, 3, 0, 1, 2, 25, 26)
	day3 := changed(cl, day2, 0, 5, 6, 7)
	base, stop := serve(t, serverBin, freeAddr(t))
	ctx, _ := ownBrowser(t, t.TempDir())
	// Days follow the device's time zone: Seoul is nine hours ahead of UTC.
	if _, err := chromedp.Call(ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Asia/Seoul"}); err != nil {
		t.Fatal(err)
	}
	clock := &snapshotClock{ctx: ctx}
	visit := func(path string) {
		t.Helper()
		openAt(t, ctx, base, path)
		waitForApp(t, ctx)
	}

	// Day one, just after midnight in Seoul (still 1 November in UTC).
	clock.set(t, "2026-11-02T00:30:00")
	visit("/en/")
	rateAll(t, ctx, base, cl, day1)
	click(t, ctx, `.assessment-progress a[href="/en/assessment/results"]`)
	waitFor(t, ctx, `document.querySelector(".radar-shape") !== null`)
	if got := savedSnapshots(t, ctx, 1); got[0] != "2026-11-02" {
		t.Errorf("the first snapshot is dated %s, the device's local date is 2026-11-02", got[0])
	}
	waitFor(t, ctx, `document.querySelector(".snapshot-picker") !== null`)
	if eval[bool](t, ctx, `document.querySelector(".radar-then, .area-change, #snapshot-from") !== null`) {
		t.Error("one day of ratings is compared with something")
	}
	waitUntilOfflineReady(t, ctx)

	// A week later the learner rates five statements differently and views
	// the results twice: one snapshot for the day.
	clock.set(t, "2026-11-09T21:00:00")
	rateAll(t, ctx, base, cl, day2)
	visit("/en/assessment/results")
	visit("/en/assessment/results")
	if got := savedSnapshots(t, ctx, 2); got[1] != "2026-11-09" {
		t.Errorf("snapshots %v", got)
	}
	waitFor(t, ctx, `document.querySelector(".radar-then") !== null`)
	// Both days, then the profile of the role the gaps are measured against.
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll(".radar-legend li")].map(li => li.textContent)`); len(got) != 3 || got[0] != "9 November 2026" || got[1] != "2 November 2026" || !strings.HasSuffix(got[2], " needs") {
		t.Errorf("the legend names %q", got)
	}
	if got, want := eval[[]string](t, ctx, changeTexts), wantChanges(cl, day1, day2); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the change column reads %q, want %q", got, want)
	}
	if got := eval[bool](t, ctx, `document.querySelector(".radar-chart").getAttribute("aria-hidden") === "true" && document.querySelector(".radar-legend").getAttribute("aria-hidden") === "true"`); !got {
		t.Error("the radar or its legend is not hidden from screen readers, who read the table")
	}
	if got := eval[string](t, ctx, `document.querySelector(".area-table caption").textContent`); got != "Where you stand on 9 November 2026, and the change in each area since 2 November 2026" {
		t.Errorf("the table's caption reads %q", got)
	}
	checkAccessibility(t, ctx, "two days compared")

	// Three weeks on, three statements fall back; the same ratings the next
	// day add nothing.
	clock.set(t, "2026-12-01T08:00:00")
	rateAll(t, ctx, base, cl, day3)
	visit("/en/assessment/results")
	savedSnapshots(t, ctx, 3)
	clock.set(t, "2026-12-02T08:00:00")
	visit("/en/assessment/results")
	waitFor(t, ctx, `document.querySelectorAll("#snapshot-to option").length === 3`)
	if got := savedSnapshots(t, ctx, 3); got[2] != "2026-12-01" {
		t.Errorf("viewing the same ratings again kept %v", got)
	}
	if got, want := eval[[]string](t, ctx, changeTexts), wantChanges(cl, day2, day3); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("by default the previous day is compared with the latest: %q, want %q", got, want)
	}
	score, _ := cl.Overall(day1)
	if got, want := eval[string](t, ctx, `document.querySelector("#snapshot-from option:last-child").textContent`), fmt.Sprintf("2 November 2026 · %s overall", locale.Percent("en", float64(int(score*100+0.5)))); got != want {
		t.Errorf("the oldest day is listed as %q, want %q", got, want)
	}

	// The learner picks the two older days: the earlier in the first list,
	// the later with the keyboard in the second.
	eval[bool](t, ctx, `(() => { const s = document.querySelector("#snapshot-from"); s.value = "2026-11-02"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	waitFor(t, ctx, `location.search === "?from=2026-11-02&to=2026-12-01"`)
	tabTo(t, ctx, "#snapshot-to")
	press(t, ctx, kb.ArrowDown)
	compared := "/en/assessment/results?from=2026-11-02&to=2026-11-09"
	waitFor(t, ctx, fmt.Sprintf(`location.pathname + location.search === %q`, compared))
	waitFor(t, ctx, `document.querySelector(".radar-legend")?.textContent.startsWith("9 November 20262 November 2026")`)
	if got, want := eval[[]string](t, ctx, changeTexts), wantChanges(cl, day1, day2); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the two days picked read %q, want %q", got, want)
	}
	if !eval[bool](t, ctx, `document.activeElement.id === "snapshot-to"`) {
		t.Error("picking a day lost the focus")
	}
	if href := eval[string](t, ctx, `document.querySelector('.lang-switcher a[lang="ja"]').getAttribute("href")`); href != "/ja/assessment/results?from=2026-11-02&to=2026-11-09" {
		t.Errorf("the language switcher leads to %q", href)
	}

	// A bookmark of the comparison opens it again.
	visit(compared)
	waitFor(t, ctx, `document.querySelector("#snapshot-to")?.value === "2026-11-09" && document.querySelector("#snapshot-from").value === "2026-11-02"`)

	// The clock goes back behind the latest snapshot: changed ratings
	// replace it under its date instead of going in before it.
	clock.set(t, "2026-11-20T12:00:00")
	day4 := changed(cl, day3, (day3[cl.Items[10].ID]+1)%assess.Levels, 10)
	rateAll(t, ctx, base, cl, day4)
	visit("/en/assessment/results")
	waitFor(t, ctx, savedHas(fmt.Sprintf(`doc.assessment.snapshots[2].ratings[%q] === %d`, cl.Items[10].ID, day4[cl.Items[10].ID])))
	if got := savedSnapshots(t, ctx, 3); strings.Join(got, ",") != "2026-11-02,2026-11-09,2026-12-01" {
		t.Errorf("after the clock went back, snapshots are dated %v", got)
	}

	// The print view shows the comparison on one page, without the lists,
	// printed after its latest day.
	clock.set(t, "2026-12-02T09:00:00")
	visit(compared)
	waitFor(t, ctx, `document.querySelector(".radar-then") !== null`)
	printed, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(t), "results-over-time-en.pdf"), printed.Data, 0o644); err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(printed.Data, -1)); n != 1 {
		t.Errorf("the printed comparison has %d A4 pages, want 1", n)
	}

	// A shared link shows the shared ratings alone, and keeps nothing.
	visit("/en/assessment/results#" + cl.Encode(day1))
	waitFor(t, ctx, `document.querySelector(".shared-notice") !== null`)
	if eval[bool](t, ctx, `document.querySelector(".snapshot-picker, .radar-then, .area-change") !== null`) {
		t.Error("shared results show the learner's snapshots")
	}
	savedSnapshots(t, ctx, 3)

	snapshotScreenshots(t, ctx, base, compared)

	// Offline, the comparison still opens from its address.
	stop()
	visit(compared)
	waitFor(t, ctx, `document.querySelector(".radar-then") !== null && document.querySelector("#snapshot-from")?.value === "2026-11-02"`)
	if got, want := eval[[]string](t, ctx, changeTexts), wantChanges(cl, day1, day2); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("offline the comparison reads %q, want %q", got, want)
	}
}

// snapshotScreenshots saves the comparison at phone and desktop widths, in
// each language, light and dark, checking each under axe-core and for
// sideways scrolling.
func snapshotScreenshots(t *testing.T, ctx context.Context, base, compared string) {
	t.Helper()
	dir := screenshotDir(t)
	for _, theme := range []string{"light", "dark"} {
		preferTheme(t, ctx, theme)
		for _, w := range screenSizes {
			var opts []chromedp.EmulateViewportOption
			if w.mobile {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulatePortrait)
			}
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(w.width, w.height, opts...)); err != nil {
				t.Fatal(err)
			}
			for _, lang := range []string{"en", "ko", "ja"} {
				openAt(t, ctx, base, strings.Replace(compared, "/en/", "/"+lang+"/", 1))
				waitForApp(t, ctx)
				waitFor(t, ctx, `document.querySelector(".radar-then") !== null && document.querySelector("#snapshot-to") !== null`)
				what := fmt.Sprintf("the comparison in %s at %d px, %s", lang, w.width, theme)
				checkAndShoot(t, ctx, what, filepath.Join(dir, fmt.Sprintf("results-over-time-%s-%s-%s.png", lang, w.name, theme)))
			}
		}
	}
	// The smallest phones the app serves: the comparison fits in every
	// language (the header's own width is the shell's affair).
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(320, 640, chromedp.EmulateMobile, chromedp.EmulatePortrait)); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ko", "ja"} {
		openAt(t, ctx, base, strings.Replace(compared, "/en/", "/"+lang+"/", 1))
		waitForApp(t, ctx)
		waitFor(t, ctx, `document.querySelector(".area-change") !== null`)
		wide := eval[[]string](t, ctx, `[".area-table", ".radar-legend", ".snapshot-choices"].filter(sel => {
			const el = document.querySelector(sel), box = el.parentElement.getBoundingClientRect();
			return el.getBoundingClientRect().right > Math.min(box.right, document.documentElement.clientWidth - 8) + 0.5;
		})`)
		if len(wide) > 0 {
			t.Errorf("at 320 px in %s, %v stick out", lang, wide)
		}
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
}
