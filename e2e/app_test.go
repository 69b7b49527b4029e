package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

func TestTheKoreanHomePageIsReadableBeforeTheAppAndRunByItAfter(t *testing.T) {
	ctx := newTab(t)
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(baseURL+"/ko/"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 {
		t.Fatalf("status %d", resp.Status)
	}
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "ko" {
		t.Errorf("the pre-rendered page has lang %q", lang)
	}
	waitForApp(t, ctx)
	// The middle dot is glued to its words with word joiners (U+2060).
	if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); h1 != "CTO\u2060·\u2060CIO를 향한 학습 로드맵" {
		t.Errorf("h1 after the app mounted = %q", h1)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".lesson-card").length`); n < 12 {
		t.Errorf("the course outline shows %d lessons", n)
	}
}

func TestSwitchingToJapaneseKeepsTheLessonOpenWithoutAReload(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	lesson, _ := course.Lesson("cto-vs-cio")
	ctx := newTab(t)
	open(t, ctx, "/ko/lessons/cto-vs-cio")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `window.stillTheSamePage = true`)

	click(t, ctx, `.lang-switcher a[hreflang="ja"]`)
	waitFor(t, ctx, `location.pathname === "/ja/lessons/cto-vs-cio"`)
	waitFor(t, ctx, `document.documentElement.lang === "ja"`)

	want := lesson.Text["ja"].Title
	if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); h1 != want {
		t.Errorf("h1 = %q, want %q", h1, want)
	}
	if title := eval[string](t, ctx, `document.title`); !strings.HasPrefix(title, want) {
		t.Errorf("document title = %q", title)
	}
	if desc := eval[string](t, ctx, `document.querySelector('meta[name="description"]').content`); desc != locale.DropBreakHints(lesson.Text["ja"].Summary) {
		t.Errorf("description = %q", desc)
	}
	if !eval[bool](t, ctx, `window.stillTheSamePage === true`) {
		t.Error("the switch reloaded the page instead of navigating in the app")
	}
	if cur := eval[string](t, ctx, `document.querySelector('.lang-switcher [aria-current="page"]').textContent`); cur != "日本語" {
		t.Errorf("the switcher marks %q as current", cur)
	}
}

func TestTheSiteRootOpensTheRememberedLanguageElseTheBrowsers(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/")
	waitFor(t, ctx, `location.pathname === "/en/"`)

	open(t, ctx, "/ja/")
	waitForApp(t, ctx)
	open(t, ctx, "/")
	waitFor(t, ctx, `location.pathname === "/ja/"`)
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "ja" {
		t.Errorf("lang = %q", lang)
	}

	korean := newTab(t)
	if _, err := chromedp.Call(korean, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{
		Headers: network.Headers{"Accept-Language": "ko-KR,ko;q=0.9"},
	}); err != nil {
		t.Fatal(err)
	}
	open(t, korean, "/")
	waitFor(t, korean, `location.pathname === "/ko/"`)
}

func TestAnUnknownPageSaysSoInItsLanguage(t *testing.T) {
	ctx := newTab(t)
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(baseURL+"/ja/lessons/no-such-lesson"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 404 {
		t.Errorf("status %d, want 404", resp.Status)
	}
	waitForApp(t, ctx)
	if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); locale.DropBreakHints(h1) != "ページが見つかりません" {
		t.Errorf("h1 = %q", h1)
	}
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "ja" {
		t.Errorf("lang = %q", lang)
	}
	click(t, ctx, `.home-links a[hreflang="ko"]`)
	waitFor(t, ctx, `location.pathname === "/ko/" && document.documentElement.lang === "ko"`)
}

func TestNoRequestLeavesTheAppsOriginAndNothingFails(t *testing.T) {
	ctx := newTab(t)
	requests := collect(ctx, network.RequestWillBeSent, func(e network.EventRequestWillBeSent) string { return e.Request.URL })
	failures := collect(ctx, network.LoadingFailed, func(e network.EventLoadingFailed) string { return e.ErrorText })
	problems := consoleProblems(ctx)

	open(t, ctx, "/ko/")
	waitForApp(t, ctx)
	click(t, ctx, `.lesson-card a`)
	waitFor(t, ctx, `location.pathname.startsWith("/ko/lessons/")`)
	click(t, ctx, `.lesson-nav-next`)
	waitFor(t, ctx, `document.querySelector("h1") && location.pathname !== "/ko/lessons/what-is-a-cto"`)
	// Every other part of the app, used.
	click(t, ctx, `.main-nav a[href="/ko/assessment"]`)
	waitFor(t, ctx, `location.pathname === "/ko/assessment"`)
	goToStep(t, ctx, "operations")
	click(t, ctx, "#rate-bcp-2")
	click(t, ctx, `.assessment-progress .results-link`)
	waitFor(t, ctx, `document.querySelector(".radar-shape") !== null`)
	click(t, ctx, `.main-nav a[href="/ko/interview"]`)
	click(t, ctx, ".deck-start .button")
	// A tap at the same place within half a second of the one that opened
	// practice is the double tap the app swallows (journeys_test.go), and
	// the reveal button now sits where the start button was: wait it out.
	waitFor(t, ctx, `document.querySelector(".reveal") !== null && (window.revealAfter ??= performance.now() + 600) < performance.now()`)
	click(t, ctx, ".reveal")
	click(t, ctx, ".recall-3")
	waitFor(t, ctx, `Object.keys(JSON.parse(localStorage.getItem("cxopath.progress") ?? "{}").practice?.cards ?? {}).length === 1`)
	click(t, ctx, ".search-link")
	waitFor(t, ctx, `document.activeElement?.id === "search-box"`)
	press(t, ctx, "CTO")
	// The address follows the results once they are drawn for the whole query.
	waitFor(t, ctx, `new URLSearchParams(location.search).get("q") === "CTO" && document.querySelectorAll(".search-result").length > 0`)
	click(t, ctx, `.site-footer a[href="/ko/data"]`)
	waitFor(t, ctx, `document.querySelector(".storage-state") !== null`)

	for _, u := range requests() {
		if !strings.HasPrefix(u, baseURL+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("a request left the app's origin: %s", u)
		}
	}
	for _, f := range failures() {
		t.Errorf("a request failed: %s", f)
	}
	for _, p := range problems() {
		t.Errorf("the console reports: %s", p)
	}
}

// When app.wasm cannot be downloaded, the page stays readable and the
// loading badge says so in the page's language instead of the browser's
// error, with a button that reloads and one that puts it away; at the end
// of the page it leaves the footer clear.
func TestAnAppThatCannotLoadSaysSoInThePagesLanguage(t *testing.T) {
	says, reload := loaderWords(t)
	for lang, want := range says {
		t.Run(lang, func(t *testing.T) {
			ctx := newTab(t)
			blocked := []*network.BlockPattern{{URLPattern: "*://*:*/web/app.wasm*", Block: true}}
			if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: blocked}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 780, chromedp.EmulateMobile)); err != nil {
				t.Fatal(err)
			}
			open(t, ctx, "/"+lang+"/lessons/pay")
			waitFor(t, ctx, `document.querySelector("#app-wasm-loader-label[role=alert]") !== null`)
			if got := eval[string](t, ctx, `document.getElementById("app-wasm-loader-label").textContent`); got != want {
				t.Errorf("the badge says %q", got)
			}
			if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); h1 == "" {
				t.Error("the pre-rendered lesson is gone")
			}
			if got := eval[string](t, ctx, `document.querySelector("#app-wasm-loader button.loader-reload")?.textContent ?? ""`); got != reload[lang] {
				t.Errorf("the badge's button says %q, want %q", got, reload[lang])
			}
			eval[bool](t, ctx, `(window.scrollTo(0, document.body.scrollHeight), true)`)
			for _, theme := range []string{"light", "dark"} {
				preferTheme(t, ctx, theme)
				if got := eval[int](t, ctx, `[...document.querySelectorAll(".theme-option")].filter(b => getComputedStyle(b).backgroundColor !== "rgba(0, 0, 0, 0)").length`); got != 1 {
					t.Errorf("in the %s theme, %d theme options look chosen, want the one that applies", theme, got)
				}
				png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatal(err)
				}
				name := "app-failed-" + lang + "-phone.png"
				if theme == "dark" {
					name = "app-failed-" + lang + "-phone-dark.png"
				}
				if err := os.WriteFile(filepath.Join(screenshotDir(t), name), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if !eval[bool](t, ctx, `document.querySelector(".site-footer .theme-switcher").getBoundingClientRect().bottom <= document.getElementById("app-wasm-loader").getBoundingClientRect().top`) {
				t.Error("at the end of the page the alert covers the footer's theme switch")
			}
			click(t, ctx, "#app-wasm-loader .loader-close")
			waitFor(t, ctx, `document.getElementById("app-wasm-loader") === null && document.querySelector("h1").textContent !== ""`)
		})
	}
}

func TestTheNotFoundPageSearchesForWhatTheAddressDidNotFind(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/lessons/no-such-lesson")
	waitForApp(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector(".not-found-actions a")?.getAttribute("href") ?? ""`); got != "/en/" {
		t.Errorf("the way home leads to %q", got)
	}
	click(t, ctx, "#lost-search")
	press(t, ctx, "CIO")
	click(t, ctx, `.not-found-search button[type=submit]`)
	waitFor(t, ctx, `location.pathname === "/en/search" && new URLSearchParams(location.search).get("q") === "CIO" && document.querySelectorAll(".search-result").length > 0`)
}

// loaderWords reads the words web/js/loader.js writes when the app cannot
// load, and those of its reload button, by language.
func loaderWords(t *testing.T) (says, reload map[string]string) {
	t.Helper()
	src, err := os.ReadFile("../web/js/loader.js")
	if err != nil {
		t.Fatal(err)
	}
	words := func(name string) map[string]string {
		block := regexp.MustCompile(`var ` + name + ` = \{([^}]*)\}`).FindSubmatch(src)
		if block == nil {
			t.Fatalf("web/js/loader.js has no %s", name)
		}
		out := map[string]string{}
		for _, m := range regexp.MustCompile(`(en|ko|ja): "([^"]+)"`).FindAllSubmatch(block[1], -1) {
			out[string(m[1])] = string(m[2])
		}
		if len(out) != 3 {
			t.Fatalf("web/js/loader.js gives %s in %d languages, want 3", name, len(out))
		}
		return out
	}
	return words("messages"), words("reloads")
}
