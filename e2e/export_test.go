package e2e

import (
	"net"
	"net/http"
	"os/exec"
	"testing"
)

func TestTheStaticExportWorksOnAPlainFileServerAndOffline(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command(serverBin, "export", "-out", dir).CombinedOutput(); err != nil {
		t.Fatalf("exporting: %v\n%s", err, out)
	}
	// A static file server that is not ours: Go's standard one, as any host
	// would serve a folder.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	files := &http.Server{Handler: http.FileServer(http.Dir(dir))}
	go files.Serve(ln)
	defer files.Close()
	base := "http://" + ln.Addr().String()

	ctx, _ := ownBrowser(t, t.TempDir())
	openAt(t, ctx, base, "/")
	waitThroughReload(t, ctx, `location.pathname === "/en/" && document.documentElement.dataset.app === "running"`)
	openAt(t, ctx, base, "/ja/lessons/pay")
	waitFor(t, ctx, `document.documentElement.dataset.app === "running" && document.documentElement.lang === "ja" && document.querySelector(".not-found") === null`)
	click(t, ctx, `.lang-switcher a[hreflang="ko"]`)
	waitFor(t, ctx, `location.pathname === "/ko/lessons/pay" && document.documentElement.lang === "ko"`)
	waitUntilOfflineReady(t, ctx)

	files.Close()
	for _, path := range []string{"/ko/roles/compare?roles=cto,cio", "/en/interview/practice?role=cio", "/ja/search?q=負債"} {
		openAt(t, ctx, base, path)
		waitFor(t, ctx, `document.documentElement.dataset.app === "running" && document.querySelector("h1") !== null && document.querySelector(".not-found") === null`)
	}
}
