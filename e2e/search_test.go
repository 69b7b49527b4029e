package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

func TestSearchFindsAsYouTypeInEveryLanguage(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/lessons")
	waitForApp(t, ctx)
	// "/" from any page opens search, with the box ready to type in. The
	// key goes in as a keyboard sends it: one key-down carrying its text.
	for _, e := range []input.DispatchKeyEventParams{
		{Type: input.DispatchKeyEventTypeKeyDown, Key: "/", Code: "Slash", Text: "/", UnmodifiedText: "/", WindowsVirtualKeyCode: 191, NativeVirtualKeyCode: 191},
		{Type: input.DispatchKeyEventTypeKeyUp, Key: "/", Code: "Slash", WindowsVirtualKeyCode: 191, NativeVirtualKeyCode: 191},
	} {
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, e); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, ctx, `location.pathname === "/en/search" && document.activeElement?.id === "search-box"`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent("budgets")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelectorAll(".search-result").length > 0 && new URLSearchParams(location.search).get("q") === "budgets"`)
	marks := eval[[]string](t, ctx, `[...document.querySelectorAll(".search-result mark")].map(m => m.textContent.toLowerCase())`)
	for _, m := range marks {
		if !strings.HasPrefix(m, "budget") {
			t.Errorf("marked %q for budgets", m)
		}
	}
	checkAccessibility(t, ctx, "search results")

	// Japanese typed through an input method: results come once it commits.
	open(t, ctx, "/ja/search")
	waitForApp(t, ctx)
	click(t, ctx, "#search-box")
	if _, err := chromedp.Call(ctx, input.ImeSetComposition, input.ImeSetCompositionParams{Text: "ふさい", SelectionStart: 3, SelectionEnd: 3}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: "負債"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector(".search-result mark")?.textContent === "負債"`)
	first := eval[string](t, ctx, `document.querySelector(".search-result a").getAttribute("href")`)
	if !strings.HasPrefix(first, "/ja/") {
		t.Errorf("first result leads to %q", first)
	}

	// Korean words joined to their particles are found inside them.
	open(t, ctx, "/ko/search?q="+"레거시")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelectorAll(".search-result").length >= 3`)
	if got := eval[string](t, ctx, `document.querySelector(".search-status").textContent`); !strings.HasPrefix(got, "결과 ") {
		t.Errorf("status %q", got)
	}
	open(t, ctx, "/ko/search?q=zzzz")
	waitForApp(t, ctx)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".search-status").textContent.includes(%q)`, "zzzz"))
}
