package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

func TestPractisingCardsKeepsDraftsAndSchedulesAcrossReloadAndLanguages(t *testing.T) {
	iv := course(t).Interview
	first, second, third := iv.Questions[0].ID, iv.Questions[1].ID, iv.Questions[2].ID
	question := func(lang, id string) string { return iv.Text[lang].Questions[id].Question }
	ctx := newTab(t)
	open(t, ctx, "/ja/interview")
	waitForApp(t, ctx)
	click(t, ctx, `.deck-start .button`)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#question")?.textContent === %q`, question("ja", first)))

	// A draft written with an input method: while it composes, neither its
	// characters nor keys typed in the box count as shortcuts.
	click(t, ctx, "#draft")
	const draft = "技術と経営の橋渡し役"
	if _, err := chromedp.Call(ctx, input.ImeSetComposition, input.ImeSetCompositionParams{Text: "ぎじゅつ", SelectionStart: 4, SelectionEnd: 4}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" "), chromedp.KeyEvent("1")); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: draft}); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, `document.querySelector(".answer-points") !== null`) {
		t.Fatal("keys typed in the draft revealed the answer")
	}
	waitFor(t, ctx, fmt.Sprintf(`(JSON.parse(localStorage.getItem("cxopath.progress") ?? "{}").practice?.drafts?.[%q] ?? "").includes(%q)`, first, draft))
	// A key event marked as composing never counts, wherever it lands.
	eval[bool](t, ctx, `document.body.dispatchEvent(new KeyboardEvent("keydown", {key: " ", isComposing: true, bubbles: true}))`)
	if eval[bool](t, ctx, `document.querySelector(".answer-points") !== null`) {
		t.Fatal("a composing key press revealed the answer")
	}

	// Out of the box, Space reveals and 3 rates Good.
	eval[bool](t, ctx, `(() => { document.activeElement.blur(); return true })()`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelectorAll(".answer-points li").length > 0 && document.activeElement.id === "points"`)
	checkAccessibility(t, ctx, "a revealed card")
	if err := chromedp.Do(ctx, chromedp.KeyEvent("3")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#question")?.textContent === %q`, question("ja", second)))
	if got := eval[string](t, ctx, `document.querySelector("#draft").value`); got != "" {
		t.Errorf("the next card's box holds %q", got)
	}

	// The mouse works too: reveal, then Again.
	click(t, ctx, ".reveal")
	click(t, ctx, ".recall-1")
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#question")?.textContent === %q`, question("ja", third)))
	// Reveal sits where Again was: a click there within half a second of
	// the rating would be the second tap of a double tap, which is ignored.
	time.Sleep(600 * time.Millisecond)
	click(t, ctx, ".reveal")
	click(t, ctx, ".recall-4")
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#question")?.textContent !== %q`, question("ja", third)))

	open(t, ctx, "/ja/interview/practice?card="+first)
	waitForApp(t, ctx)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#draft").value.includes(%q)`, draft))

	click(t, ctx, `.lang-switcher a[hreflang="ko"]`)
	waitFor(t, ctx, fmt.Sprintf(`location.pathname === "/ko/interview/practice" && document.querySelector("#question")?.textContent === %q`, question("ko", first)))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#draft").value.includes(%q)`, draft))

	open(t, ctx, "/ko/interview")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".deck-stat.is-learned dd").textContent === "3"`)
	if got := eval[string](t, ctx, `document.querySelector(".deck-stat.is-new dd").textContent`); got != fmt.Sprint(len(iv.Questions)-3) {
		t.Errorf("%s new cards", got)
	}
	// The deck lists its cards by topic: each is found by its link.
	status := func(id string) string {
		return eval[string](t, ctx, fmt.Sprintf(`document.querySelector('.deck-card a[href$="card=%s"]')?.closest(".deck-card").querySelector(".card-status").textContent ?? ""`, id))
	}
	for i, id := range []string{first, second, third} {
		if s := status(id); !strings.HasSuffix(s, "뒤 복습") {
			t.Errorf("card %d reads %q, want when it comes back", i+1, s)
		}
	}
	if s := status(iv.Questions[3].ID); s != "새 카드" {
		t.Errorf("card 4 reads %q", s)
	}
	checkAccessibility(t, ctx, "the deck with cards learned")
}

func TestAFilterTheDeckDoesNotHaveIsDroppedWithANote(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/interview?role=cfo&topic=risk")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".notice.is-warning") !== null`)
	risk := 0
	for _, q := range course(t).Interview.Questions {
		if q.Topic == "risk" {
			risk++
		}
	}
	if got := eval[int](t, ctx, `document.querySelectorAll(".deck-card").length`); got != risk {
		t.Errorf("%d cards listed, want the %d on risk", got, risk)
	}
	open(t, ctx, "/en/interview/practice?card=nope")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".notice.is-warning") !== null && document.querySelector("#question") !== null`)
}
