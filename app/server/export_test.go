//go:build !wasm

package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cxopath/cxopath/app/ui"
)

func TestTheExportIsACompleteStaticSite(t *testing.T) {
	dir := t.TempDir()
	if err := Export(testWeb(t), dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "404.html", "app.js", "wasm_exec.js", "app-worker.js", "manifest.webmanifest",
		"en/index.html", "ko/lessons/pay/index.html", "ko/lessons/pay.html", "ja/roles/compare/index.html", "web/css/app.css", "web/app.wasm"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("missing %s", name)
		}
	}
	pages := 0
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if strings.HasSuffix(path, "index.html") {
			pages++
		}
		return err
	})
	if want := len(ui.Pages()) + 1; pages != want {
		t.Errorf("%d index.html files, want one per page and the root: %d", pages, want)
	}

	// A plain static file server, not ours, serves it as it is.
	files := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer files.Close()
	for path, want := range map[string]string{"/ko/lessons/pay/": `lang="ko"`, "/ja/": `lang="ja"`, "/": `href="/ko/"`} {
		res, err := http.Get(files.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("%s: %d, want a page with %s", path, res.StatusCode, want)
		}
	}
	notFound, _ := os.ReadFile(filepath.Join(dir, "404.html"))
	if !strings.Contains(string(notFound), `href="/ja/"`) {
		t.Error("404.html does not lead home in every language")
	}
}
