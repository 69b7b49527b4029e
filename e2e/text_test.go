package e2e

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/content"
)

// blockText makes the text files of the languages given unreachable for the
// tab (none: reachable again), bypassing the service worker, so that the
// tab asks the network for every file.
func blockText(t *testing.T, ctx context.Context, langs ...string) {
	t.Helper()
	var patterns []*network.BlockPattern
	for _, lang := range langs {
		patterns = append(patterns, &network.BlockPattern{URLPattern: "*://*:*/web/" + content.TextFile(lang) + "*", Block: true})
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: patterns}); err != nil {
		t.Fatal(err)
	}
}

// The app's words travel in each language's text file, not in app.wasm.
// Without the page's own, the app does not start: the pre-rendered page
// stays as it is, and the loading badge says so, with a button that reloads.
func TestWithoutItsTextThePageStaysAsPreRenderedAndSaysTheAppCouldNotStart(t *testing.T) {
	says, reload := loaderWords(t)
	ctx := newTab(t)
	blockText(t, ctx, "ko")
	open(t, ctx, "/ko/lessons/pay")
	waitFor(t, ctx, `document.querySelector("#app-wasm-loader-label[role=alert]") !== null`)
	if got := eval[string](t, ctx, `document.getElementById("app-wasm-loader-label").textContent`); got != says["ko"] {
		t.Errorf("the badge says %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#app-wasm-loader button.loader-reload")?.textContent ?? ""`); got != reload["ko"] {
		t.Errorf("the badge's button says %q", got)
	}
	course, _ := content.Default()
	pay, _ := course.Lesson("pay")
	if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); h1 != pay.Text["ko"].Title {
		t.Errorf("the pre-rendered lesson's heading reads %q", h1)
	}
	if eval[bool](t, ctx, `document.documentElement.dataset.app === "running"`) {
		t.Error("the app started without the page's words")
	}
}

// Switching to a language whose text has not arrived waits for it, then
// opens the page in the app; when it cannot arrive, a page says so in that
// language and reloads on request.
func TestSwitchingToALanguageWaitsForItsTextOrSaysItDidNotArrive(t *testing.T) {
	course, _ := content.Default()
	lesson, _ := course.Lesson("cto-vs-cio")
	ctx := newTab(t)
	blockText(t, ctx, "ja", "en")
	open(t, ctx, "/ko/lessons/cto-vs-cio")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `window.stillTheSamePage = true`)

	click(t, ctx, `.lang-switcher a[hreflang="ja"]`)
	waitFor(t, ctx, `location.pathname === "/ja/lessons/cto-vs-cio"`)
	waitFor(t, ctx, textIs("h1", says("ja", "TextMissingTitle", -1)))
	if !eval[bool](t, ctx, `document.querySelector(".text-missing[role=alert]") !== null && document.documentElement.lang === "ja"`) {
		t.Error("the page that stands in is not an alert in Japanese")
	}
	checkAndShoot(t, ctx, "the page in place of one whose text did not arrive", filepath.Join(screenshotDir(t), "text-missing-ja.png"))

	// With the Japanese text reachable, Reload opens the lesson.
	blockText(t, ctx, "en")
	click(t, ctx, `.text-missing button`)
	waitThroughReload(t, ctx, `window.stillTheSamePage !== true && document.documentElement.dataset.app === "running" && `+textIs("h1", lesson.Text["ja"].Title))

	// English is still out of reach; once it is back, switching waits for
	// it and opens the lesson in the app, without a reload.
	eval[bool](t, ctx, `window.stillTheSamePage = true`)
	blockText(t, ctx)
	click(t, ctx, `.lang-switcher a[hreflang="en"]`)
	waitFor(t, ctx, `location.pathname === "/en/lessons/cto-vs-cio"`)
	waitFor(t, ctx, textIs("h1", lesson.Text["en"].Title))
	if !eval[bool](t, ctx, `window.stillTheSamePage === true`) {
		t.Error("the switch reloaded the page instead of navigating in the app")
	}
}
