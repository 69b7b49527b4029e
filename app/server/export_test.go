//go:build !wasm

package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/ui"
	"github.com/nicksnyder/go-i18n/v2/i18n"
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
	fetch := func(path string) (int, string) {
		t.Helper()
		res, err := http.Get(files.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		return res.StatusCode, body(t, res)
	}
	for path, want := range map[string]string{"/ko/lessons/pay/": "ko", "/ja/": "ja"} {
		if status, doc := fetch(path); status != http.StatusOK || parse(t, doc).lang != want {
			t.Errorf("%s: %d, lang %q, want a page in %s", path, status, parse(t, doc).lang, want)
		}
	}
	// The site root is the page that opens the learner's language, with a
	// link to each, and not one language's home page (which links to the
	// others too).
	status, doc := fetch("/")
	root := parse(t, doc)
	if status != http.StatusOK || len(root.h1) != 0 || !strings.Contains(root.text, locale.T(locale.Default, msgRedirectingForTest)) {
		t.Errorf("/: %d, h1 %q, text %.80q: not the root page", status, root.h1, root.text)
	}
	for _, lang := range locale.Langs {
		if !strings.Contains(doc, `<a href="`+ui.HomePath(lang)+`">`+locale.Autonym(lang)+`</a>`) {
			t.Errorf("the root page does not lead to %s", lang)
		}
	}
	notFound := mustRead(t, filepath.Join(dir, "404.html"))
	if !strings.Contains(string(notFound), `href="/ja/"`) {
		t.Error("404.html does not lead home in every language")
	}
}

// msgRedirectingForTest is the root page's line, looked up by id.
var msgRedirectingForTest = &i18n.Message{ID: "Redirecting"}

// mustRead is the file at name, or the test stops.
func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
