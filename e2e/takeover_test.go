package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// paintProbe records, from before the page is parsed, every largest
// contentful paint and every layout shift, each with the time it happened.
const paintProbe = `
window.paints = []; window.shifts = [];
new PerformanceObserver(l => { for (const e of l.getEntries()) paints.push({t: e.startTime, el: e.element ? e.element.tagName + "." + e.element.className : ""}); })
	.observe({type: "largest-contentful-paint", buffered: true});
new PerformanceObserver(l => { for (const e of l.getEntries()) shifts.push({t: e.startTime, v: e.value, from: (e.sources || []).map(s => s.node ? (s.node.tagName || "#text") + "." + (s.node.className || "") + " " + JSON.stringify(s.previousRect) + "→" + JSON.stringify(s.currentRect) : "").join("; ")}); })
	.observe({type: "layout-shift", buffered: true});
`

// TestTheAppTakesOverThePrerenderedPageWithoutRepainting opens one page of
// each kind from a cold cache and checks that the app, once it runs, kept
// what was on screen: no largest paint after it started, no layout shift a
// reader could see, the same scroll position and the same focus.
func TestTheAppTakesOverThePrerenderedPageWithoutRepainting(t *testing.T) {
	for _, p := range []string{"/ko/", "/ja/lessons/cto-vs-cio", "/en/roles/compare", "/ko/assessment", "/ja/glossary", "/en/interview"} {
		t.Run(strings.Trim(p, "/"), func(t *testing.T) {
			ctx := newTab(t)
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: paintProbe}); err != nil {
				t.Fatal(err)
			}
			// app.wasm arrives slowly, as on a phone, so the reader can move
			// first; the page itself is small and comes at once.
			if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
				MatchedNetworkConditions: []*network.Conditions{{URLPattern: baseURL + "/web/app.wasm*", DownloadThroughput: 800 << 10, UploadThroughput: -1}},
			}); err != nil {
				t.Fatal(err)
			}
			open(t, ctx, p)
			// Scroll and focus before the app takes over, as a quick reader would.
			waitFor(t, ctx, `document.readyState === "complete"`)
			eval[bool](t, ctx, `(() => { scrollTo(0, 300); window.before = {y: scrollY}; const a = document.querySelector("main a[href]"); if (a) { a.focus({preventScroll: true}); before.focus = a.getAttribute("href") + " " + a.textContent; } return true; })()`)
			waitFor(t, ctx, `requestAnimationFrame(() => window.moved = true) && window.moved === true`)
			if eval[bool](t, ctx, `document.documentElement.dataset.app === "running"`) {
				t.Fatal("the app was running before the reader moved: the test cannot tell whether it kept their place")
			}
			waitForApp(t, ctx)
			eval[bool](t, ctx, `requestAnimationFrame(() => requestAnimationFrame(() => window.settled = true)) > 0`)
			waitFor(t, ctx, `window.settled === true`)
			started := eval[float64](t, ctx, `performance.getEntriesByName("cxopath-running")[0]?.startTime ?? performance.now()`)
			late := eval[string](t, ctx, fmt.Sprintf(`JSON.stringify(paints.filter(p => p.t > %f))`, started))
			if late != "[]" {
				t.Errorf("largest paints after the app started at %.0f ms: %s (all: %s)", started, late, eval[string](t, ctx, `JSON.stringify(paints)`))
			}
			if cls := eval[float64](t, ctx, `shifts.reduce((sum, s) => sum + s.v, 0)`); cls > 0.001 {
				t.Errorf("the page shifted by %.4f when the app took over (a reader sees 0.001): %s", cls, eval[string](t, ctx, `JSON.stringify(shifts)`))
			}
			if y := eval[float64](t, ctx, `scrollY`); y != eval[float64](t, ctx, `before.y`) {
				t.Errorf("the page scrolled from %v to %v when the app took over", eval[float64](t, ctx, `before.y`), y)
			}
			if eval[bool](t, ctx, `!!before.focus`) && !eval[bool](t, ctx, `(document.activeElement?.getAttribute("href") + " " + document.activeElement?.textContent).replace(/\s+/g, " ").trim() === before.focus.replace(/\s+/g, " ").trim()`) {
				t.Errorf("the focus moved from %s to %s", eval[string](t, ctx, `before.focus`), eval[string](t, ctx, `document.activeElement?.tagName`))
			}
		})
	}
}
