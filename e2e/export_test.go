package e2e

import (
	"net"
	"net/http"
	"os/exec"
	"testing"
	"time"
)

func TestTheStaticExportWorksOnAPlainFileServerAndOffline(t *testing.T) {
	dir := t.TempDir()
	exportSite(t, dir)
	// A static file server that is not ours, as any host would serve a
	// folder: Python's. It knows nothing of the app's addresses, so a page
	// without its final slash is redirected to its folder.
	host, port, _ := net.SplitHostPort(freeAddr(t))
	files := exec.Command("python3", "-m", "http.server", "--bind", host, "--directory", dir, port)
	if err := files.Start(); err != nil {
		t.Fatalf("starting python3's file server: %v", err)
	}
	defer func() { files.Process.Kill(); files.Wait() }()
	base := waitUntilServing(t, "http://"+net.JoinHostPort(host, port), "/en/")

	ctx, _ := ownBrowser(t, t.TempDir())
	openAt(t, ctx, base, "/")
	waitThroughReload(t, ctx, `location.pathname === "/en/" && document.documentElement.dataset.app === "running"`)
	openAt(t, ctx, base, "/ja/lessons/pay")
	waitFor(t, ctx, `document.documentElement.dataset.app === "running" && document.documentElement.lang === "ja" && document.querySelector(".not-found") === null`)
	click(t, ctx, `.lang-switcher a[hreflang="ko"]`)
	waitFor(t, ctx, `location.pathname === "/ko/lessons/pay" && document.documentElement.lang === "ko"`)
	waitUntilOfflineReady(t, ctx)

	files.Process.Kill()
	files.Wait()
	for _, path := range []string{"/ko/roles/compare?roles=cto,cio", "/en/interview/practice?role=cio", "/ja/search?q=負債"} {
		openAt(t, ctx, base, path)
		waitFor(t, ctx, `document.documentElement.dataset.app === "running" && document.querySelector("h1") !== null && document.querySelector(".not-found") === null`)
	}
}

// exportSite writes the build under test as a static site in dir.
func exportSite(tb testing.TB, dir string) {
	tb.Helper()
	if out, err := exec.Command(serverBin, "export", "-out", dir).CombinedOutput(); err != nil {
		tb.Fatalf("exporting: %v\n%s", err, out)
	}
}

// waitUntilServing waits until a server at base answers path, and returns base.
func waitUntilServing(tb testing.TB, base, path string) string {
	tb.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		res, err := http.Get(base + path)
		if err == nil {
			res.Body.Close()
			return base
		}
		if time.Now().After(deadline) {
			tb.Fatalf("%s does not answer: %v", base, err)
		}
	}
}
