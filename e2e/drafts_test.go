package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

func TestADraftIsSavedAsTypedWithoutAWritePerKeyAndSurvivesReloadAndLanguages(t *testing.T) {
	card := course(t).Interview.Questions[0].ID
	ctx := newTab(t)
	open(t, ctx, "/en/interview/practice?card="+card)
	waitForApp(t, ctx)
	click(t, ctx, "#draft")
	const typed = "A CTO turns technology into the company's advantage."
	for _, r := range typed {
		if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: string(r)}); err != nil {
			t.Fatal(err)
		}
	}
	// Reload at once: the page going away saves what the last half second
	// of typing left.
	open(t, ctx, "/en/interview/practice?card="+card)
	waitForApp(t, ctx)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#draft").value === %q`, typed))

	// Typing on, then switching language straight away keeps the draft.
	click(t, ctx, "#draft")
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: " More."}); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, `.lang-switcher a[lang="ja"]`)
	waitFor(t, ctx, `location.pathname.startsWith("/ja/") && document.querySelector("#draft") !== null`)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#draft").value === %q`, typed+" More."))
	waitFor(t, ctx, savedHas(fmt.Sprintf(`doc.practice?.drafts?.[%q] === %q`, card, typed+" More.")))
}

func TestTypingADraftWritesAtMostAboutTwiceASecond(t *testing.T) {
	card := course(t).Interview.Questions[0].ID
	ctx := newTab(t)
	beforeEveryPage(t, ctx, `(() => {
		const setItem = Storage.prototype.setItem;
		window.writes = 0;
		Storage.prototype.setItem = function (key, value) {
			if (key === "cxopath.progress") window.writes++;
			return setItem.call(this, key, value);
		};
	})()`)
	open(t, ctx, "/en/interview/practice?card="+card)
	waitForApp(t, ctx)
	click(t, ctx, "#draft")
	const typed = "Technology strategy, delivery, people and the board."
	start := time.Now()
	for _, r := range typed {
		if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: string(r)}); err != nil {
			t.Fatal(err)
		}
	}
	took := time.Since(start)
	eval[bool](t, ctx, `(() => { document.querySelector("#draft").blur(); return true })()`)
	waitFor(t, ctx, savedHas(fmt.Sprintf(`doc.practice?.drafts?.[%q] === %q`, card, typed)))
	writes := eval[int](t, ctx, `window.writes`)
	if most := int(took/(500*time.Millisecond)) + 2; writes > most {
		t.Errorf("%d characters typed in %v wrote the progress %d times, want at most %d", len([]rune(typed)), took.Round(time.Millisecond), writes, most)
	}
	if !strings.Contains(eval[string](t, ctx, `document.querySelector("#draft").value`), "board") {
		t.Error("the text box lost what was typed")
	}
}
