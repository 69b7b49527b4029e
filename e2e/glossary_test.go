package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

func TestTypingInTheGlossaryFilterNarrowsTheTermsAndSaysHowManyAreLeft(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/glossary")
	waitForApp(t, ctx)
	all := eval[int](t, ctx, `document.querySelectorAll(".glossary-entry").length`)
	click(t, ctx, "#glossary-filter")
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: "DEBT"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelectorAll(".glossary-entry").length === 1 && document.querySelector("#term-technical-debt") !== null`)
	if got := eval[string](t, ctx, `document.querySelector(".glossary-count[role=status]").textContent`); got != "1 term" {
		t.Errorf("the count says %q with one term left", got)
	}
	// The initials the filter emptied are no longer links.
	if n := eval[int](t, ctx, `document.querySelectorAll(".glossary-index a").length`); n != 1 {
		t.Errorf("%d initials still link with one term left", n)
	}
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: "zzz"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector(".glossary-empty") !== null && document.querySelectorAll(".glossary-entry").length === 0`)
	click(t, ctx, ".glossary-empty button")
	waitFor(t, ctx, `document.querySelectorAll(".glossary-entry").length === `+strconv.Itoa(all)+` && document.activeElement.id === "glossary-filter"`)
}

func TestOnANarrowPhoneTheComparisonShowsOnePointAtATime(t *testing.T) {
	ctx := newTab(t)
	setViewport(t, ctx, 320, 700, true)
	open(t, ctx, "/en/roles/compare?roles=cto,cio,vpoe,techlead")
	waitForApp(t, ctx)
	shown := `[...document.querySelectorAll(".compare-table tbody tr")].filter(tr => tr.offsetHeight > 0)`
	if n := eval[int](t, ctx, shown+`.length`); n != 1 {
		t.Fatalf("%d points of comparison shown at once on a 320 px phone", n)
	}
	// The first point, the mission, carries no mark, so no key stands
	// between the choice of roles and it; the first role's answer is on
	// the first screen.
	keys := `[...document.querySelectorAll(".compare-key")].filter(k => k.offsetHeight > 0)`
	if n := eval[int](t, ctx, keys+`.length`); n != 0 {
		t.Errorf("%d keys to the marks shown over a point that has none", n)
	}
	if top := eval[float64](t, ctx, shown+`[0].querySelector("td").getBoundingClientRect().top`); top > 700-56 {
		t.Errorf("the first role's answer starts at %.0f px, under the tab bar of a 700 px screen", top)
	}
	click(t, ctx, ".compare-steps button:last-child")
	waitFor(t, ctx, shown+`.length === 1 && `+shown+`[0] === document.querySelectorAll(".compare-table tbody tr")[1]`)
	// The second point is the way each role faces: the CIO's answer stands
	// out, marked with the sign as well as the tint.
	if n := eval[int](t, ctx, shown+`[0].querySelectorAll("td.is-marked .differs-mark").length`); n != 1 {
		t.Errorf("%d cells marked on the way the roles face, want the CIO's alone", n)
	}
	// The key to the mark comes under the point that has it.
	if !eval[bool](t, ctx, keys+`.length === 1 && `+keys+`[0].getBoundingClientRect().top >= `+shown+`[0].getBoundingClientRect().bottom`) {
		t.Error("the key to the mark is not shown under the point that carries it")
	}
}

// TestOnAPhoneALongDefinitionShowsThreeLinesAndAButtonUnderThem checks the
// clamped entry: three lines cut with an ellipsis, the button under them,
// and the whole definition once it is pressed, the button still after it.
func TestOnAPhoneALongDefinitionShowsThreeLinesAndAButtonUnderThem(t *testing.T) {
	ctx := newTab(t)
	setViewport(t, ctx, 360, 780, true)
	open(t, ctx, "/en/glossary")
	waitForApp(t, ctx)
	entry := `document.querySelector("#term-cto")`
	lines := entry + `.querySelector(".glossary-definition").getBoundingClientRect().height / parseFloat(getComputedStyle(` + entry + `.querySelector(".glossary-definition")).lineHeight)`
	if n := eval[float64](t, ctx, lines); n < 2.9 || n > 3.1 {
		t.Fatalf("the clamped definition is %.1f lines tall, want 3", n)
	}
	below := `(() => { const e = ` + entry + `; return e.querySelector(".glossary-more").getBoundingClientRect().top >= e.querySelector(".glossary-definition").getBoundingClientRect().bottom - 1; })()`
	if !eval[bool](t, ctx, below) {
		t.Error("the button lies over the clamped definition")
	}
	click(t, ctx, "#term-cto .glossary-more")
	waitFor(t, ctx, entry+`.querySelector(".glossary-more").textContent === "Show less"`)
	if n := eval[float64](t, ctx, lines); n < 4 {
		t.Errorf("the opened definition is %.1f lines tall", n)
	}
	if !eval[bool](t, ctx, below) {
		t.Error("once open, the button lies over the definition")
	}
	// A definition is cut only where it hides at least a line more than
	// its button takes, in every language.
	for _, lang := range []string{"en", "ko", "ja"} {
		open(t, ctx, "/"+lang+"/glossary")
		waitForApp(t, ctx)
		uncut := `[...document.querySelectorAll(".glossary-entry.is-clamped .glossary-definition")].filter(d => d.scrollHeight < d.clientHeight + 1.5 * parseFloat(getComputedStyle(d).lineHeight)).map(d => d.closest(".glossary-entry").id)`
		if ids := eval[[]string](t, ctx, uncut); len(ids) > 0 {
			t.Errorf("in %s, %v show a button for less than two hidden lines", lang, ids)
		}
	}
}
