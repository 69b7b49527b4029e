package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// overflowCheck runs in the page and lists what does not fit the window:
// the page scrolling sideways (with the elements that stick out past the
// right edge, outside any scrolling frame of their own), text cut off by an
// element that hides its overflow (the visually hidden pattern of 1 px
// boxes aside), a box with an edge sticking out of the box that holds it,
// and a select too narrow for its longest choice, measured in
// its own font. Frames that
// scroll on purpose (overflow auto or scroll, like a lesson's wide table)
// are allowed to hold wider content.
const overflowCheck = `(async () => {
	await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
	const problems = [];
	const root = document.documentElement;
	const width = root.clientWidth;
	const name = el => {
		const part = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
			[...e.classList].map(c => "." + c).join("");
		const path = [];
		for (let e = el; e && e !== document.body && path.length < 3; e = e.parentElement) path.unshift(part(e));
		const text = (el.textContent || "").trim().replace(/\s+/g, " ");
		return path.join(" > ") + (text ? " “" + (text.length > 40 ? text.slice(0, 40) + "…" : text) + "”" : "");
	};
	const shown = el => {
		const r = el.getBoundingClientRect();
		return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== "hidden";
	};
	const clips = s => ["hidden", "clip"].includes(s.overflowX);
	const scrolls = s => ["auto", "scroll"].includes(s.overflowX);
	// An element inside a frame that clips or scrolls cannot widen the
	// page, and a fixed bar spans the window however wide the page is.
	const framed = el => {
		if (getComputedStyle(el).position === "fixed") return true;
		for (let e = el.parentElement; e && e !== document.body && e !== root; e = e.parentElement) {
			const s = getComputedStyle(e);
			if (clips(s) || scrolls(s) || s.position === "fixed") return true;
		}
		return false;
	};

	if (root.scrollWidth > width) {
		const out = [];
		for (const el of document.body.querySelectorAll("*")) {
			if (out.length === 3) break;
			const r = el.getBoundingClientRect();
			if (r.right > width + 0.5 && shown(el) && !framed(el) && !out.some(o => o.contains(el))) out.push(el);
		}
		problems.push("the page is " + (root.scrollWidth - width) + " px wider than the window; past the edge: " +
			(out.map(name).join("; ") || "nothing visible"));
	}

	for (const el of document.body.querySelectorAll("*")) {
		const s = getComputedStyle(el);
		if (!clips(s) && s.textOverflow !== "ellipsis") continue;
		if (!shown(el) || !(el.textContent || "").trim()) continue;
		if (el.scrollWidth > el.clientWidth + 1) {
			problems.push("text is cut off (" + el.scrollWidth + " px in " + el.clientWidth + " px): " + name(el));
		}
	}

	// A box that shows its edge (a border or a fill), or a table, and sticks
	// out of the box that holds it runs over its neighbours, where the next one paints
	// over its text: a segment of a scale whose label is wider than its
	// column. Boxes placed on their own (absolute, fixed), boxes pulled out
	// on purpose by a negative margin on that side, and content of a frame
	// that scrolls are left alone.
	const edged = s => parseFloat(s.borderRightWidth) > 0 || !["transparent", "rgba(0, 0, 0, 0)"].includes(s.backgroundColor);
	for (const el of document.body.querySelectorAll("*")) {
		const parent = el.parentElement;
		if (!parent || parent === document.body) continue;
		const s = getComputedStyle(el), ps = getComputedStyle(parent);
		if (["absolute", "fixed"].includes(s.position) || s.display === "inline" || ps.display === "inline" || ps.display === "contents") continue;
		if (scrolls(ps) || !(edged(s) || el.tagName === "TABLE") || !shown(el)) continue;
		const r = el.getBoundingClientRect(), pr = parent.getBoundingClientRect();
		const right = r.right - pr.right, left = pr.left - r.left;
		if (right > 1 && parseFloat(s.marginRight) >= 0 || left > 1 && parseFloat(s.marginLeft) >= 0) {
			problems.push("a box sticks out of the box that holds it by " + Math.round(Math.max(right, left)) + " px: " + name(el));
		}
	}

	// A choice is measured as text laid out beside the select, in its font
	// and language (a canvas would miss the glyphs the language picks).
	const ruler = document.createElement("span");
	ruler.style.cssText = "position: absolute; visibility: hidden; white-space: pre; left: 0; top: 0";
	for (const sel of document.querySelectorAll("select")) {
		if (!shown(sel)) continue;
		const s = getComputedStyle(sel);
		ruler.style.font = s.font;
		ruler.style.letterSpacing = s.letterSpacing;
		sel.parentElement.appendChild(ruler);
		// The browser's own arrow (when the select keeps its native look)
		// is drawn over the end of the text box.
		const arrow = s.appearance === "none" ? 0 : 1.25 * parseFloat(s.fontSize);
		// Each choice is shown in turn (a select may size itself to the
		// chosen one); setting it fires no change event, and the learner's
		// choice comes back afterwards.
		const chosen = sel.selectedIndex;
		for (const o of sel.options) {
			sel.selectedIndex = o.index;
			const room = sel.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - arrow;
			ruler.textContent = o.text;
			const need = ruler.getBoundingClientRect().width;
			if (need > room + 0.5) {
				problems.push("the choice “" + o.text + "” needs " + Math.ceil(need) + " px in a select with " + Math.floor(room) + " px: " + name(sel));
			}
		}
		sel.selectedIndex = chosen;
		ruler.remove();
	}
	return problems;
})()`

// TestNoPageIsWiderThanTheScreenOrCutsOffText opens every kind of page in
// each language and looks at it at 320, 360, 768 and 1280 px: nothing may
// make the page scroll sideways, and no text may be cut off. One tab does
// it all, each page loaded once and measured at every width.
func TestNoPageIsWiderThanTheScreenOrCutsOffText(t *testing.T) {
	cl, answers := inHouseIT(t)
	pages := []struct{ name, path, ready string }{
		{"home", "/%s/", `document.querySelector(".lesson-card")`},
		{"lessons", "/%s/lessons", `document.querySelector(".lesson-card")`},
		{"lesson", "/%s/lessons/cto-vs-cio", `document.querySelector(".lesson-text .table-wrap")`},
		{"side-by-side", "/%s/lessons/pay?with=%s", `document.querySelector(".parallel-column.is-second .table-wrap")`},
		{"roles", "/%s/roles", `document.querySelector(".role-card")`},
		{"role", "/%s/roles/techlead", `document.querySelector(".profile")`},
		{"compare", "/%s/roles/compare?roles=cto,cio,vpoe,techlead", `document.querySelector(".compare-table td")`},
		{"assessment", "/%s/assessment", `document.querySelector(".rating-option")`},
		{"results", "/%s/assessment/results#" + cl.Encode(answers), `document.querySelector(".role-fit meter") && document.querySelector(".gaps-role select")`},
		{"interview", "/%s/interview", `document.querySelector(".deck-card")`},
		{"practice", "/%s/interview/practice", `document.querySelector(".practice-card")`},
		{"practice-revealed", "/%s/interview/practice", `document.querySelector(".reveal")`},
		{"search", "/%s/search?q=CTO", `document.querySelector(".search-result")`},
		{"glossary", "/%s/glossary", `document.querySelector(".glossary-entry")`},
		{"data", "/%s/data", `document.querySelector(".data-section")`},
		{"not-found", "/%s/nowhere", `document.querySelector(".not-found")`},
	}
	// A state a click draws is measured once the click has drawn it.
	clicks := map[string]struct{ click, drawn string }{
		"practice-revealed": {".reveal", `document.querySelectorAll(".recall").length === 4`},
	}
	widths := []struct {
		px     int64
		mobile bool
	}{{320, true}, {360, true}, {768, false}, {1280, false}}
	// Each language is read beside another one side by side.
	other := map[string]string{"en": "ja", "ko": "ja", "ja": "ko"}

	start := time.Now()
	ctx := newTab(t)
	for _, p := range pages {
		for _, lang := range []string{"en", "ko", "ja"} {
			path := fmt.Sprintf(p.path, lang)
			if p.name == "side-by-side" {
				path = fmt.Sprintf(p.path, lang, other[lang])
			}
			open(t, ctx, path)
			waitForApp(t, ctx)
			waitFor(t, ctx, "!!("+p.ready+")")
			if c, ok := clicks[p.name]; ok {
				clickUntil(t, ctx, c.click, c.drawn)
			}
			for _, w := range widths {
				setViewport(t, ctx, w.px, 800, w.mobile)
				problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](overflowCheck, chromedp.EvalAwaitPromise))
				if err != nil {
					t.Fatalf("%s in %s at %d px: %v", p.name, lang, w.px, err)
				}
				for _, problem := range problems {
					t.Errorf("%s (%s) in %s at %d px: %s", p.name, path, lang, w.px, problem)
				}
			}
		}
	}
	t.Logf("%d pages in 3 languages at %d widths in %v", len(pages), len(widths), time.Since(start).Round(100*time.Millisecond))
}
