package e2e

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/progress"
)

// anotherTab opens a second tab in the browser of ctx: the same profile,
// so the same storage.
func anotherTab(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("opening another tab: %v", err)
	}
	return tab
}

// saved is the document the app keeps in localStorage, as JSON ("null" if
// none). It reads the storage's property, not through getItem, which a
// test may replace.
const saved = `JSON.stringify(JSON.parse(localStorage["cxopath.progress"] ?? "null"))`

// savedHas is true when the saved document satisfies a JavaScript
// condition on doc.
func savedHas(cond string) string {
	return fmt.Sprintf(`((doc) => !!doc && (%s))(JSON.parse(localStorage["cxopath.progress"] ?? "null"))`, cond)
}

// beforeEveryPage runs a script in ctx's tab before any page script.
func beforeEveryPage(t *testing.T, ctx context.Context, script string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
		t.Fatal(err)
	}
}

func TestTwoTabsOfOneBrowserKeepEachOthersWork(t *testing.T) {
	a, _ := ownBrowser(t, t.TempDir())
	openAt(t, a, baseURL, "/en/lessons/pay")
	waitForApp(t, a)
	b := anotherTab(t, a)
	openAt(t, b, baseURL, "/en/")
	waitForApp(t, b)

	// A lesson done in one tab shows in the other, without a reload.
	click(t, a, ".done-toggle button")
	waitFor(t, a, savedHas(`doc.lessons?.pay?.done`))
	waitFor(t, b, `document.querySelectorAll(".lesson-card.is-done").length === 1`)

	// The other tab, which read the progress before, rates an item…
	openStep(t, b, "", "/en/assessment#area-operations")
	click(t, b, "#rate-bcp-2")
	waitFor(t, b, savedHas(`doc.assessment?.ratings?.bcp === 2`))
	// …and the first, still showing the lesson, answers its quiz.
	click(t, a, `.lesson-quiz input[type=radio]`)
	waitFor(t, a, savedHas(`Object.keys(doc.lessons?.pay?.answers ?? {}).length === 1`))

	if got := eval[string](t, a, saved); !strings.Contains(got, `"bcp":2`) || !strings.Contains(got, `"done":true`) {
		t.Fatalf("saved %s: a tab's change was lost", got)
	}
	for _, tab := range []context.Context{a, b} {
		open(t, tab, "/en/lessons/pay")
		waitForApp(t, tab)
		waitFor(t, tab, `document.querySelector(".done-toggle.is-done") !== null && document.querySelector(".lesson-quiz input:checked") !== null`)
		openStep(t, tab, "", "/en/assessment#area-operations")
		waitFor(t, tab, `document.querySelector("#rate-bcp-2").checked`)
	}
}

// schema keeps the build newerSchemaBuild makes, once per run.
var schema struct {
	once sync.Once
	bin  string
	err  error
}

// newerSchemaBuild builds the app again, WASM and all, from a copy of the
// source whose saved document is one schema version ahead (with a
// migration that changes nothing) and whose stylesheet marks it as build
// 3: the next release, for a tab still running this one.
func newerSchemaBuild(t *testing.T) string {
	t.Helper()
	schema.once.Do(func() {
		dir, err := copySource("cxopath-schema-build-", func(rel string, data []byte) ([]byte, error) {
			switch rel {
			case filepath.Join("web", "css", "app.css"):
				data = append(data, "\n:root { --build: 3; }\n"...)
			case filepath.Join("app", "progress", "document.go"):
				src := strings.Replace(string(data), fmt.Sprintf("\tSchema = %d\n", progress.Schema), fmt.Sprintf("\tSchema = %d\n", progress.Schema+1), 1)
				src = strings.Replace(src, "var migrations = []migration{\n", "var migrations = []migration{\n\tfunc(map[string]any) error { return nil }, // (the next release's change goes last; this test build adds a no-op)\n", 1)
				if src == string(data) {
					return nil, fmt.Errorf("document.go no longer reads as this test expects")
				}
				data = []byte(src)
			}
			return data, nil
		})
		if err != nil {
			schema.err = err
			return
		}
		schema.bin = filepath.Join(dir, "cxopath")
		for _, step := range [][]string{
			{"env", "GOOS=js", "GOARCH=wasm", "go", "build", "-modfile=bin/wasm/go.mod", "-trimpath", "-ldflags=-s -w", "-o", "web/gen/app.wasm", "."},
			{"go", "run", "./tools/precompress", "web/gen/app.wasm"},
			{"go", "build", "-trimpath", "-o", schema.bin, "."},
		} {
			cmd := exec.Command(step[0], step[1:]...)
			cmd.Dir = dir
			if out, err := cmd.CombinedOutput(); err != nil {
				schema.err = fmt.Errorf("building the next release (%s): %v\n%s", strings.Join(step, " "), err, out)
				return
			}
		}
	})
	if schema.err != nil {
		t.Fatal(schema.err)
	}
	return schema.bin
}

func TestATabLeftOnTheOldVersionAfterAnUpdateNeverWritesOverTheNewOne(t *testing.T) {
	next := newerSchemaBuild(t)
	a, base, addr, stop := firstVisit(t, "/en/lessons/pay")
	b := anotherTab(t, a)
	openStep(t, b, base, "/en/assessment#area-people")
	click(t, b, "#rate-one-on-ones-1")
	waitFor(t, b, savedHas(`doc.assessment?.ratings?.["one-on-ones"] === 1`))

	// The next release, whose saved document has a newer shape, comes out;
	// the learner applies it in the first tab and marks the lesson done.
	stop()
	serve(t, next, addr)
	openAt(t, a, base, "/en/")
	waitForApp(t, a)
	waitFor(t, a, `document.querySelector(".update-note") !== null`)
	click(t, a, ".update-note .button")
	waitThroughReload(t, a, build+` === "3" && document.documentElement.dataset.app === "running"`)
	openAt(t, a, base, "/en/lessons/pay")
	waitFor(t, a, build+` === "3" && document.documentElement.dataset.app === "running"`)
	click(t, a, ".done-toggle button")
	waitFor(t, a, savedHas(fmt.Sprintf(`doc.version === %d && doc.lessons?.pay?.done && doc.assessment?.ratings?.["one-on-ones"] === 1`, progress.Schema+1)))
	// The first tab leaves the lesson, so that where it stopped reading is
	// saved now and not later, while the second tab is watched.
	openAt(t, a, base, "/en/")
	waitFor(t, a, build+` === "3" && document.documentElement.dataset.app === "running"`)
	newer := eval[string](t, a, saved)

	// The second tab still runs the old release: it says so, in the page's
	// language, and offers to reload.
	if got := eval[string](t, b, build); got != "" {
		t.Fatalf("the second tab runs build %q, want the first", got)
	}
	waitFor(t, b, `document.querySelector(".storage-notice .storage-reload") !== null`)
	if got := eval[string](t, b, `document.querySelector(".storage-notice").textContent`); !strings.Contains(got, "updated in another tab") {
		t.Errorf("the old tab says %q", got)
	}
	screenshotPage(t, b, "old-tab-after-update-en")
	// What the learner does there is kept, but not written over the newer
	// document.
	goToStep(t, b, "operations")
	click(t, b, "#rate-bcp-3")
	waitFor(t, b, `document.querySelector("#rate-bcp-3").checked`)
	waitFor(t, b, `Object.keys(localStorage).some(k => k.startsWith("cxopath.progress.held.") && localStorage.getItem(k).includes('"bcp":3'))`)
	if got := eval[string](t, b, saved); got != newer {
		t.Fatalf("the old tab wrote over the newer document:\n%s\nwas\n%s", got, newer)
	}
	// The new version is ready in this tab too, but the storage notice has
	// already said what to do: one banner, one way on.
	eval[bool](t, b, `window.dispatchEvent(new Event("cxopath-update-ready")) || true`)
	time.Sleep(300 * time.Millisecond)
	if eval[bool](t, b, `document.querySelector(".update-note") !== null || document.querySelectorAll(".storage-reload").length !== 1`) {
		t.Errorf("the old tab shows %q", eval[string](t, b, `[...document.querySelectorAll(".storage-notice, .app-status")].map(e => e.textContent).join(" | ")`))
	}

	// Reloading brings the new release, with what was done in the old tab.
	click(t, b, ".storage-reload")
	waitThroughReload(t, b, build+` === "3" && document.documentElement.dataset.app === "running"`)
	waitFor(t, b, savedHas(fmt.Sprintf(`doc.version === %d && doc.lessons?.pay?.done && doc.assessment?.ratings?.bcp === 3 && doc.assessment?.ratings?.["one-on-ones"] === 1`, progress.Schema+1)))
	waitFor(t, b, `document.querySelector("#rate-bcp-3").checked && document.querySelector(".storage-notice .storage-reload") === null`)
	if held := eval[[]string](t, b, `Object.keys(localStorage).filter(k => k.startsWith("cxopath.progress.held."))`); len(held) != 0 {
		t.Errorf("still held after being saved: %v", held)
	}
}

func TestAFailedReadIsNotFollowedByAWriteOverTheUnreadProgress(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/")
	waitForApp(t, ctx)
	eval[bool](t, ctx, `localStorage.setItem("cxopath.progress", JSON.stringify({app: "cxopath-progress", version: 2, lessons: {pay: {done: true}, "cto-vs-cio": {done: true}}})) || true`)
	before := eval[string](t, ctx, saved)
	// The browser refuses the app's first read of the saved progress, and
	// any while the test says so. (Not go-app's read of every key, just
	// before: go-app stops if one fails.)
	beforeEveryPage(t, ctx, `(() => {
		const getItem = Storage.prototype.getItem;
		let reads = 0;
		Storage.prototype.getItem = function (key) {
			if (key === "cxopath.progress" && (++reads === 2 || window.failReads)) {
				throw new DOMException("The operation is insecure.", "SecurityError");
			}
			return getItem.call(this, key);
		};
	})()`)
	open(t, ctx, "/en/lessons/cio-role")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".storage-notice .storage-hold")?.textContent.includes("could not be read")`)
	eval[bool](t, ctx, `window.failReads = true`)
	click(t, ctx, ".done-toggle button")
	waitFor(t, ctx, `document.querySelector(".done-toggle.is-done") !== null`)
	time.Sleep(500 * time.Millisecond) // the save is tried, and refused
	if got := eval[string](t, ctx, saved); got != before {
		t.Fatalf("after a failed read, a save wrote %s over %s", got, before)
	}

	// Once the progress can be read, the next save keeps all of it.
	eval[bool](t, ctx, `!(window.failReads = false)`)
	click(t, ctx, `.lesson-quiz input[type=radio]`)
	waitFor(t, ctx, savedHas(`doc.lessons.pay?.done && doc.lessons["cto-vs-cio"]?.done && doc.lessons["cio-role"]?.done && Object.keys(doc.lessons["cio-role"].answers ?? {}).length === 1`))
	waitFor(t, ctx, `document.querySelector(".storage-notice .storage-hold") === null`)
}

func TestDamagedProgressIsKeptAsideOnceListedDownloadableAndRemovable(t *testing.T) {
	const damaged = `{"app":"cxopath-progress","version":2,"lessons":{"pay":{"done":tr`
	ctx := newTab(t)

	open(t, ctx, "/en/")
	waitForApp(t, ctx)
	eval[bool](t, ctx, fmt.Sprintf(`localStorage.setItem("cxopath.progress", %q) || true`, damaged))
	for range 3 {
		open(t, ctx, "/en/")
		waitForApp(t, ctx)
		waitFor(t, ctx, `document.querySelector(".storage-notice a[href$='#data-copies']") !== null`)
	}
	aside := `Object.keys(localStorage).filter(k => k.startsWith("cxopath.progress.aside."))`
	if kept := eval[[]string](t, ctx, aside); len(kept) != 1 {
		t.Fatalf("three starts kept %d copies", len(kept))
	}

	click(t, ctx, ".storage-notice a[href$='#data-copies']")
	waitFor(t, ctx, `location.pathname === "/en/data" && document.querySelectorAll(".kept-copy").length === 1`)
	line := eval[string](t, ctx, `document.querySelector(".kept-copy span").textContent`)
	// A copy of a few dozen bytes is named by its date: no byte count.
	if !strings.HasPrefix(line, "Kept on ") || strings.Contains(line, "(") {
		t.Errorf("the copy is listed as %q", line)
	}
	checkAccessibility(t, ctx, "a kept copy on My data")
	eval[bool](t, ctx, `(() => { document.querySelector(".kept-copies").scrollIntoView({block: "center"}); return true })()`)
	pageShot(t, ctx, "kept-copy-en")
	eval[bool](t, ctx, `(() => {
		URL.createObjectURL = (blob) => { blob.text().then(text => window.downloaded = text); return "blob:x"; };
		HTMLAnchorElement.prototype.click = function () { window.downloadName = this.download; };
		return true;
	})()`)
	click(t, ctx, ".kept-copy-download")
	waitFor(t, ctx, `typeof window.downloaded === "string"`)
	if got, name := eval[string](t, ctx, `window.downloaded`), eval[string](t, ctx, `window.downloadName`); got != damaged || !strings.HasPrefix(name, "cxopath-") {
		t.Errorf("downloaded %q as %q", got, name)
	}

	click(t, ctx, ".kept-copy .confirm-first")
	click(t, ctx, ".kept-copy .confirm-yes")
	waitFor(t, ctx, `document.querySelector(".kept-copy") === null`)
	if kept := eval[[]string](t, ctx, aside); len(kept) != 0 {
		t.Errorf("still kept: %v", kept)
	}
	// The learner chose to be rid of it: it does not come back.
	open(t, ctx, "/en/data")
	waitForApp(t, ctx)
	if eval[bool](t, ctx, `document.querySelector(".kept-copy, .storage-notice a") !== null`) || eval[string](t, ctx, saved) != "null" {
		t.Errorf("the removed data came back: %s saved, %v kept, notice %q", eval[string](t, ctx, saved), eval[[]string](t, ctx, aside),
			eval[string](t, ctx, `document.querySelector(".storage-notice").textContent`))
	}
}

func TestStartingOverLeavesNothingOfTheLearnersOnTheDevice(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ja/lessons/pay")
	waitForApp(t, ctx)
	click(t, ctx, ".done-toggle button")
	click(t, ctx, `.site-footer .theme-option:last-child`)
	waitFor(t, ctx, `document.documentElement.dataset.theme === "dark" && localStorage.getItem("cxopath.theme") !== null`)
	eval[bool](t, ctx, `localStorage.setItem("cxopath.progress.aside.20261101T000000.000Z", "old damaged data") || true`)
	open(t, ctx, "/en/data")
	waitForApp(t, ctx)
	if keys := eval[[]string](t, ctx, `Object.keys(localStorage).sort()`); len(keys) < 4 {
		t.Fatalf("the test set up only %v", keys)
	}

	click(t, ctx, "#data-reset ~ .confirm-button .confirm-first")
	waitFor(t, ctx, `document.querySelector("#data-reset ~ .confirm-button p") !== null`)
	question := eval[string](t, ctx, `document.querySelector("#data-reset ~ .confirm-button p").textContent`)
	for _, says := range []string{"lessons", "quiz answers", "self-assessment", "interview cards and drafts", "1 kept copy of unreadable data", "theme and language"} {
		if !strings.Contains(question, says) {
			t.Errorf("the question %q does not say it erases the %s", question, says)
		}
	}
	click(t, ctx, ".confirm-yes")
	waitFor(t, ctx, `document.querySelector(".start-over-outcome").textContent !== ""`)
	if keys := eval[[]string](t, ctx, `Object.keys(localStorage)`); len(keys) != 0 {
		t.Errorf("left in localStorage: %v", keys)
	}
	if cookie := eval[string](t, ctx, `document.cookie`); strings.Contains(cookie, "lang=") {
		t.Errorf("left the cookie %q", cookie)
	}
	if theme := eval[string](t, ctx, `document.documentElement.dataset.theme ?? ""`); theme != "" {
		t.Errorf("the page still shows the %s theme", theme)
	}
	if !eval[bool](t, ctx, nothingSaved) {
		t.Errorf("My data still counts %s", text(t, ctx, ".saved-counts"))
	}
}

func TestTheWorkerAnswersAVersionedAssetOnlyWithThatVersion(t *testing.T) {
	ctx, _, _, stop := firstVisit(t, "/en/")
	css := eval[string](t, ctx, `document.querySelector('link[rel=stylesheet][href*="/web/css/app.css?v="]').getAttribute("href")`)
	stop() // only the service worker answers now
	status := func(url string) string {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`fetch(%q).then(r => String(r.status), () => "no answer")`, url), chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if got := status(css); got != "200" {
		t.Fatalf("the cached stylesheet %s: %s", css, got)
	}
	other := css[:strings.Index(css, "?v=")] + "?v=000000000000000000000000"
	if got := status(other); got != "no answer" {
		t.Errorf("another version of the stylesheet (%s) was answered with %s: a stale tab would get a stylesheet that is not its own", other, got)
	}
	if got := status("/web/css/app.css"); got != "200" {
		t.Errorf("the stylesheet without a version: %s", got)
	}
}
