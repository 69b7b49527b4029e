package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A document on the first device: two lessons, an answer, a rating and a
// draft.
const firstDevice = `{app: "cxopath-progress", version: 3,
	lessons: {"what-is-a-cto": {done: true, doneOn: "2026-11-01", answers: {q1: 1}}, "cto-vs-cio": {done: true, doneOn: "2026-11-02"}},
	assessment: {ratings: {bcp: 2}, ratedOn: "2026-11-02"},
	practice: {drafts: {"cto-role": "Bridge between technology and the business"}}}`

// A document on the second device, with a lesson the first lacks.
const secondDevice = `{app: "cxopath-progress", version: 3,
	lessons: {"cio-role": {done: true, doneOn: "2026-11-03"}}}`

// seed saves a document on the tab's device before the app reads it.
func seed(t *testing.T, ctx context.Context, doc string) {
	t.Helper()
	open(t, ctx, "/en/")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `localStorage.setItem("cxopath.progress", JSON.stringify(`+doc+`)) || true`)
}

// makeLink opens My data on a device and returns its transfer link.
func makeLink(t *testing.T, ctx context.Context, lang string) string {
	t.Helper()
	open(t, ctx, "/"+lang+"/data")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector("#transfer-link")?.value.includes("#cxo1.")`)
	return eval[string](t, ctx, `document.querySelector("#transfer-link").value`)
}

func TestATransferLinkOpenedInAFreshProfilePreviewsMergesAndKeepsEverything(t *testing.T) {
	first := newTab(t)
	seed(t, first, firstDevice)
	link := makeLink(t, first, "en")
	if !strings.HasPrefix(link, baseURL+"/en/data/receive#cxo1.") {
		t.Fatalf("link = %q", link)
	}
	if name := eval[string](t, first, `document.querySelector("svg.transfer-qr[role=img]")?.getAttribute("aria-label") ?? ""`); !strings.Contains(name, "QR code") {
		t.Errorf("the QR code is named %q", name)
	}
	if w := eval[float64](t, first, `document.querySelector("svg.transfer-qr").getBoundingClientRect().width`); w < 240 {
		t.Errorf("the QR code is %v px wide, under 240", w)
	}

	second := newTab(t) // a fresh browser context: another device
	seed(t, second, secondDevice)
	before := eval[string](t, second, saved)
	if err := chromedp.Do(second, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	waitForApp(t, second)
	waitFor(t, second, `document.querySelector(".import-preview") !== null`)
	rows := eval[[]string](t, second, `[...document.querySelectorAll(".import-preview tbody tr")].map(r => [...r.cells].map(c => c.textContent).join("|"))`)
	if want := "Lessons done|1|3|2"; len(rows) == 0 || rows[0] != want {
		t.Errorf("the preview counts %q, want first %q", rows, want)
	}
	if got := eval[string](t, second, saved); got != before {
		t.Fatalf("opening the link changed the saved data to %s", got)
	}
	click(t, second, ".import-merge")
	waitFor(t, second, `document.querySelector(".receive-outcome")?.textContent.startsWith("Merged")`)
	if hash := eval[string](t, second, `location.hash`); hash != "" {
		t.Errorf("after merging the address still has %.40q…", hash)
	}
	kept := eval[string](t, second, `(d => [Object.keys(d.lessons).sort().join(), d.lessons["what-is-a-cto"].answers.q1, d.assessment.ratings.bcp, d.practice.drafts["cto-role"]].join("|"))(JSON.parse(localStorage["cxopath.progress"]))`)
	if want := "cio-role,cto-vs-cio,what-is-a-cto|1|2|Bridge between technology and the business"; kept != want {
		t.Errorf("after merging the device keeps %q, want %q", kept, want)
	}
	// Reloading shows no link: it left the address and the history entry.
	if err := chromedp.Do(second, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitForApp(t, second)
	waitFor(t, second, textIs(".receive-none .empty-state-text", says("en", "ReceiveNone", -1)))
}

// twoDevices makes a transfer link in lang on a first device and seeds a
// second one, returning the second, the link and what it has saved.
func twoDevices(t *testing.T, lang string) (second context.Context, link, before string) {
	t.Helper()
	first := newTab(t)
	seed(t, first, firstDevice)
	link = makeLink(t, first, lang)
	second = newTab(t)
	seed(t, second, secondDevice)
	return second, link, eval[string](t, second, saved)
}

func TestACutOrDismissedTransferLinkChangesNothing(t *testing.T) {
	second, link, before := twoDevices(t, "en")
	if err := chromedp.Do(second, chromedp.Navigate(link[:len(link)-12])); err != nil {
		t.Fatal(err)
	}
	waitForApp(t, second)
	waitFor(t, second, `document.querySelector(".receive-outcome.is-warning[role=alert]")?.textContent.includes("This link is incomplete")`)
	if eval[bool](t, second, `document.querySelector(".import-preview") !== null`) {
		t.Error("a cut link shows a preview")
	}
	if got := eval[string](t, second, saved); got != before {
		t.Fatalf("a cut link changed the saved data to %s", got)
	}

	// Dismissed, the whole link changes nothing and leaves the address.
	if err := chromedp.Do(second, chromedp.Navigate(baseURL+"/en/")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(second, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	waitForApp(t, second)
	waitFor(t, second, `document.querySelector(".import-preview") !== null`)
	click(t, second, ".import-preview .button-quiet")
	waitFor(t, second, `document.querySelector(".receive-outcome")?.textContent.startsWith("Nothing was changed")`)
	if hash := eval[string](t, second, `location.hash`); hash != "" {
		t.Errorf("after dismissing the address still has %.40q…", hash)
	}
	if got := eval[string](t, second, saved); got != before {
		t.Fatalf("a dismissed link changed the saved data to %s", got)
	}
}

// TestATransferLinkPastedOnTheReceivePageOpensItsPreview covers a link that
// reached the device as text: pasted into the field of the page opened
// without one. Text that is not a link is refused, and the field stays to
// try again.
func TestATransferLinkPastedOnTheReceivePageOpensItsPreview(t *testing.T) {
	second, link, before := twoDevices(t, "ko")
	open(t, second, "/ko/data/receive")
	waitForApp(t, second)
	paste := func(text string) {
		t.Helper()
		eval[bool](t, second, `(document.querySelector("#receive-paste").value = "") === ""`)
		if err := chromedp.Do(second, chromedp.SendKeys("#receive-paste", text)); err != nil {
			t.Fatal(err)
		}
		click(t, second, ".receive-paste button[type=submit]")
	}
	paste("회의록에 붙여 둔 메모")
	waitFor(t, second, textIs(".receive-outcome.is-warning[role=alert]", says("ko", "ReceiveForeign", -1)))
	paste("  " + link + "  ")
	waitFor(t, second, `document.querySelector(".import-preview") !== null`)
	if got := eval[string](t, second, saved); got != before {
		t.Fatalf("pasting a link changed the saved data to %s", got)
	}
	click(t, second, ".import-merge")
	waitFor(t, second, textIs(".receive-outcome", says("ko", "ReceiveMerged", -1)))
	if n := eval[int](t, second, `Object.keys(JSON.parse(localStorage["cxopath.progress"]).lessons).length`); n != 3 {
		t.Errorf("after merging a pasted link the device has %d lessons, want 3", n)
	}
}

func TestTransferScreenshots(t *testing.T) {
	dir := screenshotDir(t)
	for _, theme := range []string{"light", "dark"} {
		ctx := newTab(t)
		preferTheme(t, ctx, theme)
		seed(t, ctx, firstDevice)
		for _, w := range screenSizes {
			setViewport(t, ctx, w.width, w.height, w.mobile)
			for _, lang := range []string{"en", "ko", "ja"} {
				link := makeLink(t, ctx, lang)
				shot := func(name string) {
					what := fmt.Sprintf("%s in %s at %d px, %s", name, lang, w.width, theme)
					checkAndShoot(t, ctx, what, filepath.Join(dir, fmt.Sprintf("%s-%s-%s-%s.png", name, lang, w.name, theme)))
				}
				shot("transfer")
				if err := chromedp.Do(ctx, chromedp.Navigate(link)); err != nil {
					t.Fatal(err)
				}
				waitForApp(t, ctx)
				waitFor(t, ctx, `document.querySelector(".import-preview") !== null`)
				shot("receive-link")
			}
		}
	}
}
