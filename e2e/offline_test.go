package e2e

import (
	"context"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/ui"
)

// freeAddr is a loopback address nothing listens on.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// serve runs a server binary on addr for the rest of the test; stop ends
// it early, as a host taking it down would.
func serve(t testing.TB, bin, addr string) (base string, stop func()) {
	t.Helper()
	return serveLogged(t, bin, addr, nil)
}

// serveLogged is serve with every line the server logs passed to onLine.
func serveLogged(t testing.TB, bin, addr string, onLine func(string)) (base string, stop func()) {
	t.Helper()
	base, halt, err := startServer(bin, addr, onLine)
	if err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop = func() { once.Do(halt) }
	t.Cleanup(stop)
	return base, stop
}

// buildMarker is in the second build's stylesheet: the page can tell which
// build it runs.
const buildMarker = "--build: 2;"

var second struct {
	once sync.Once
	bin  string
	err  error
}

// copySource copies the checkout into a new folder, for a build of the next
// release: the source, the browser build's module file and the built files
// of web/gen (no other compressed copies, which would be stale). edit may
// change a file's bytes, by its path from the root.
func copySource(prefix string, edit func(rel string, data []byte) ([]byte, error)) (string, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		return "", err
	}
	return dir, filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() && slices.Contains([]string{".git", "node_modules", "screenshots"}, d.Name()) {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		if strings.HasPrefix(rel, "bin"+string(filepath.Separator)) && !strings.HasPrefix(rel, filepath.Join("bin", "wasm")+string(filepath.Separator)) {
			return nil
		}
		if ext := filepath.Ext(rel); (ext == ".br" || ext == ".gz") && !strings.HasPrefix(rel, filepath.Join("web", "gen")) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err == nil {
			data, err = edit(rel, data)
		}
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
}

// secondBuild builds the server again from a copy of the source whose
// stylesheet differs, as the next release would; the WASM is the same.
func secondBuild(t *testing.T) string {
	t.Helper()
	second.once.Do(func() {
		dir, err := copySource("cxopath-second-build-", func(rel string, data []byte) ([]byte, error) {
			if rel == filepath.Join("web", "css", "app.css") {
				data = append(data, []byte("\n:root { "+buildMarker+" }\n")...)
			}
			return data, nil
		})
		if err != nil {
			second.err = err
			return
		}
		second.bin = filepath.Join(dir, "cxopath")
		cmd := exec.Command("go", "build", "-trimpath", "-o", second.bin, ".")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			second.err = fmt.Errorf("building the second release: %v\n%s", err, out)
		}
	})
	if second.err != nil {
		t.Fatal(second.err)
	}
	return second.bin
}

// ownBrowser starts a Chromium of the test's own on a profile directory, so
// that quitting it and starting another on the same profile is a cold start.
func ownBrowser(t testing.TB, profile string) (ctx context.Context, quit func()) {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(chromedp.UserDataDir(profile))...)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	if err := chromedp.Do(browser); err != nil {
		cancelAlloc()
		t.Fatalf("starting Chromium: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(browser, 6*time.Minute)
	var once sync.Once
	quit = func() {
		once.Do(func() {
			cancelTimeout()
			cancelBrowser()
			cancelAlloc()
		})
	}
	t.Cleanup(quit)
	return ctx, quit
}

// openAt opens a page of the server at base.
func openAt(t testing.TB, ctx context.Context, base, path string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+path)); err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
}

// waitUntilOfflineReady waits until the service worker has cached the app
// and controls the page. Caching every page of every language takes a while
// on a busy machine, so it waits up to three minutes.
func waitUntilOfflineReady(t testing.TB, ctx context.Context) {
	t.Helper()
	const ready = `navigator.serviceWorker.controller !== null`
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](ready,
		chromedp.WithPollingInterval(100*time.Millisecond),
		chromedp.WithPollingTimeout(3*time.Minute)))
	if err != nil {
		where, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href`))
		t.Fatalf("waiting for %s at %s: %v", ready, where, err)
	}
}

// build is the build the page runs: "2" for the second release.
const build = `getComputedStyle(document.documentElement).getPropertyValue("--build").trim()`

func TestEveryPageOfEveryLanguageOpensOfflineFromAColdStart(t *testing.T) {
	addr := freeAddr(t)
	base, stop := serve(t, serverBin, addr)
	profile := t.TempDir()
	ctx, quit := ownBrowser(t, profile)
	openAt(t, ctx, base, "/ja/")
	waitForApp(t, ctx)
	waitUntilOfflineReady(t, ctx)
	quit()
	stop()

	// The server is gone and the browser starts again on the same profile.
	ctx, _ = ownBrowser(t, profile)
	cl, answers := inHouseIT(t)
	paths := []string{
		"/ko/roles/compare?roles=cto,cio,ciso",
		"/en/interview/practice?role=cio&card=cio-bcp",
		"/ja/interview?topic=risk",
		"/ko/assessment/results#" + cl.Encode(answers),
		"/en/lessons/pay#sources",
	}
	for path := range ui.Pages() {
		paths = append(paths, path)
	}
	slices.Sort(paths[5:])
	for _, path := range paths {
		openAt(t, ctx, base, path)
		lang := ui.LangOf(path)
		waitFor(t, ctx, fmt.Sprintf(`document.documentElement.dataset.app === "running" && document.documentElement.lang === %q && location.pathname === %q`, lang, strings.SplitN(strings.SplitN(path, "?", 2)[0], "#", 2)[0]))
		if got := eval[string](t, ctx, `(document.querySelector("h1")?.textContent ?? "").trim()`); got == "" || eval[bool](t, ctx, `document.querySelector(".not-found") !== null`) {
			t.Errorf("%s offline: h1 %q", path, got)
		}
		waitFor(t, ctx, `[...document.images].every(i => i.complete)`)
		if broken := eval[[]string](t, ctx, `[...document.images].filter(i => i.naturalWidth === 0).map(i => i.src)`); len(broken) > 0 {
			t.Errorf("%s offline: images missing %v", path, broken)
		}
	}
	if got := eval[int](t, ctx, `document.querySelectorAll(".role-fit").length`); got != 0 {
		t.Errorf("the last page still shows results")
	}

	// It works, too: a rating made offline is saved.
	openStep(t, ctx, base, "/en/assessment#area-operations")
	click(t, ctx, "#rate-bcp-2")
	waitFor(t, ctx, `JSON.parse(localStorage.getItem("cxopath.progress") ?? "{}").assessment?.ratings?.bcp === 2`)

	// When the network itself drops, the app says so.
	if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector(".offline-note") !== null`)
	eval[bool](t, ctx, `(() => { scrollTo(0, 0); return true })()`)
	pageShot(t, ctx, "offline-en-desktop")
	if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: false, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector(".offline-note") === null`)
}

// firstVisit serves the build under test on an address of its own and opens
// path there in a browser of the test's own, until the app can work offline.
func firstVisit(t *testing.T, path string) (ctx context.Context, base, addr string, stop func()) {
	t.Helper()
	addr = freeAddr(t)
	base, stop = serve(t, serverBin, addr)
	ctx, _ = ownBrowser(t, t.TempDir())
	openAt(t, ctx, base, path)
	waitForApp(t, ctx)
	waitUntilOfflineReady(t, ctx)
	return ctx, base, addr, stop
}

func TestAnUpdateWaitsForTheLearnerAndKeepsWhatWasSaved(t *testing.T) {
	next := secondBuild(t)
	ctx, base, addr, stop := firstVisit(t, "/en/lessons/pay")
	click(t, ctx, ".done-toggle button")
	waitFor(t, ctx, `document.querySelector(".done-toggle.is-done") !== null`)

	// A restart of the same build is not an update.
	stop()
	_, stop = serve(t, serverBin, addr)
	openAt(t, ctx, base, "/en/")
	waitForApp(t, ctx)
	if state := workerState(t, ctx, true); state[0] || state[1] {
		t.Fatalf("a restart without a new build is installing (%v)", state)
	}
	if eval[bool](t, ctx, `document.querySelector(".update-note") !== null`) {
		t.Fatal("a restart without a new build was offered as an update")
	}
	stop()

	serve(t, next, addr)
	openAt(t, ctx, base, "/en/")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector(".update-note") !== null`)
	eval[bool](t, ctx, `(() => { scrollTo(0, 0); return true })()`)
	if got := eval[string](t, ctx, build); got != "" {
		t.Errorf("the new build (%q) runs before the learner agreed", got)
	}
	pageShot(t, ctx, "update-en-desktop")
	click(t, ctx, ".update-note .button")
	waitThroughReload(t, ctx, build+` === "2" && document.documentElement.dataset.app === "running"`)
	if eval[bool](t, ctx, `document.querySelector(".update-note") !== null`) {
		t.Error("the update is still offered after it was applied")
	}
	waitFor(t, ctx, `JSON.parse(localStorage.getItem("cxopath.progress") ?? "{}").lessons.pay.done === true`)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`caches.keys().then(k => { window.cacheCount = k.length; return true })`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `window.cacheCount`); n != 1 {
		t.Errorf("%d caches after the update, want only the new one", n)
	}
}

func TestAFailedUpdateLeavesTheOldVersionWorkingOffline(t *testing.T) {
	next := secondBuild(t)
	ctx, base, addr, stop := firstVisit(t, "/ko/")
	stop()

	// The new release is reachable, but its stylesheet (the file that changed)
	// and its WASM break off mid-download.
	backend, _ := serve(t, next, freeAddr(t))
	target, _ := url.Parse(backend)
	proxy := httputil.NewSingleHostReverseProxy(target)
	front := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") || strings.HasSuffix(r.URL.Path, ".css") {
			conn, buf, err := w.(http.Hijacker).Hijack()
			if err == nil {
				buf.WriteString("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n\x00asm")
				buf.Flush()
				conn.Close()
			}
			return
		}
		proxy.ServeHTTP(w, r)
	})}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	go front.Serve(ln)
	openAt(t, ctx, base, "/ko/")
	waitForApp(t, ctx)
	// The browser tries the new release and gives up on it.
	workerState(t, ctx, true)
	deadline := time.Now().Add(30 * time.Second)
	for state := workerState(t, ctx, false); state[0]; state = workerState(t, ctx, false) {
		if time.Now().After(deadline) {
			t.Fatal("the broken release is still installing")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if state := workerState(t, ctx, false); state[1] {
		t.Fatal("a release missing a file is waiting to take over")
	}
	if eval[bool](t, ctx, `document.querySelector(".update-note") !== null`) {
		t.Error("a broken release was offered as an update")
	}
	front.Close()

	// Now the server is gone altogether: the first release still works.
	for _, path := range []string{"/ko/lessons/cio-role", "/ko/assessment", "/ja/interview/practice"} {
		openAt(t, ctx, base, path)
		waitForApp(t, ctx)
		if got := eval[string](t, ctx, build); got != "" {
			t.Errorf("%s runs build %q offline, want the first", path, got)
		}
	}
}

func TestChromiumFindsTheAppInstallable(t *testing.T) {
	// Not in a fresh browser context: Chromium never installs from incognito.
	ctx, _ := ownBrowser(t, t.TempDir())
	openAt(t, ctx, baseURL, "/en/")
	waitForApp(t, ctx)
	waitUntilOfflineReady(t, ctx)
	res, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.InstallabilityErrors {
		t.Errorf("not installable: %s %v", e.ErrorID, e.ErrorArguments)
	}
}

// waitThroughReload waits until expr is true in a page that is reloading:
// a wait cut short by the navigation starts again.
func waitThroughReload(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second)))
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: %v", expr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// workerState reports whether a service worker is installing and whether
// one is waiting, after asking the server for a new one if check is set.
func workerState(t *testing.T, ctx context.Context, check bool) [2]bool {
	t.Helper()
	expr := `navigator.serviceWorker.getRegistration().then(r => [!!r.installing, !!r.waiting])`
	if check {
		expr = `navigator.serviceWorker.getRegistration().then(r => r.update().then(() => r, () => r)).then(r => [!!r.installing, !!r.waiting])`
	}
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]bool](expr, chromedp.EvalAwaitPromise))
	if err != nil || len(v) != 2 {
		t.Fatalf("reading the service worker: %v %v", v, err)
	}
	return [2]bool{v[0], v[1]}
}

// pageShot saves what the window shows, for people to look at.
func pageShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(t), name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTheInstalledAppsStartAddressOpensTheRememberedLanguageOffline(t *testing.T) {
	ctx, base, _, stop := firstVisit(t, "/en/")
	// The learner switches to Japanese inside the app: no page load tells
	// the worker, only what the app remembers on the device.
	click(t, ctx, `.lang-switcher a[lang="ja"]`)
	waitFor(t, ctx, `location.pathname === "/ja/" && document.documentElement.lang === "ja"`)
	manifest, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`fetch("/manifest.webmanifest").then(r => r.json())`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	start, _ := manifest["start_url"].(string)
	if start == "" {
		t.Fatalf("the manifest has no start_url: %v", manifest)
	}
	stop()

	for _, path := range []string{"/", "/?source=homescreen", start} {
		openAt(t, ctx, base, path)
		waitFor(t, ctx, `location.pathname === "/ja/" && document.documentElement.lang === "ja" && document.documentElement.dataset.app === "running"`)
		if got := eval[string](t, ctx, `document.querySelector("h1")?.textContent ?? ""`); got == "" {
			t.Errorf("%s offline opened a page with no heading", path)
		}
	}
}
