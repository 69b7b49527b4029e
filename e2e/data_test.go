package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/progress"
)

func TestDataIsExportedReimportedAndBadFilesChangeNothing(t *testing.T) {
	ctx := newTab(t)
	openStep(t, ctx, "", "/en/assessment#area-operations")
	click(t, ctx, "#rate-bcp-3")
	goToStep(t, ctx, "people")
	click(t, ctx, "#rate-one-on-ones-1")
	waitFor(t, ctx, `document.querySelector(".assessment-progress p").textContent === "2 of 30 statements rated"`)

	open(t, ctx, "/en/data")
	waitForApp(t, ctx)
	waitFor(t, ctx, savedCounts+` === "0,0,2,0,0"`)
	// Catch the file the export button hands to the browser to save.
	eval[bool](t, ctx, `(() => {
		const createObjectURL = URL.createObjectURL;
		URL.createObjectURL = (blob) => {
			blob.text().then(text => window.exported = text);
			return createObjectURL(blob);
		};
		HTMLAnchorElement.prototype.click = function () { window.downloaded = this.download; };
		return true;
	})()`)
	click(t, ctx, "#data-transfer ~ .import-row .button")
	waitFor(t, ctx, `typeof window.exported === "string"`)
	if name := eval[string](t, ctx, `window.downloaded`); !strings.HasPrefix(name, "cxopath-") || !strings.HasSuffix(name, ".json") {
		t.Errorf("the file is named %q", name)
	}
	exported := eval[string](t, ctx, `window.exported`)
	var head struct {
		App        string `json:"app"`
		Version    int    `json:"version"`
		AppVersion string `json:"appVersion"`
		Assessment struct {
			Ratings map[string]int `json:"ratings"`
		} `json:"assessment"`
	}
	if err := json.Unmarshal([]byte(exported), &head); err != nil {
		t.Fatalf("the export is not JSON: %v", err)
	}
	if head.App != "cxopath-progress" || head.Version < 2 || head.AppVersion == "" || head.Assessment.Ratings["bcp"] != 3 {
		t.Errorf("export = %+v", head)
	}
	dir := t.TempDir()
	file := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := file("export.json", exported)

	click(t, ctx, ".data-section .confirm-first")
	click(t, ctx, ".confirm-yes")
	waitFor(t, ctx, nothingSaved)
	// Starting over leaves nothing saved: no document either.
	saved := eval[string](t, ctx, `localStorage.getItem("cxopath.progress") ?? "none"`)

	bad := []struct{ name, content, says string }{
		{"notes.json", `{"title":"Meeting notes"}`, "not exported from CxO Path"},
		{"cut.json", exported[:len(exported)/2], "damaged"},
		{"future.json", strings.Replace(exported, fmt.Sprintf(`"version": %d`, progress.Schema), fmt.Sprintf(`"version": %d`, progress.Schema+1), 1), "newer version"},
		{"huge.json", strings.Repeat(" ", 17<<20), "far too large"}, // above progress.MaxImport, 16 MiB
	}
	for _, b := range bad {
		if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#import-file", []string{file(b.name, b.content)})); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".import-outcome.is-warning")?.textContent.includes(%q)`, b.says))
		if now := eval[string](t, ctx, `localStorage.getItem("cxopath.progress") ?? "none"`); now != saved {
			t.Errorf("%s changed saved data to %s", b.name, now)
		}
	}
	checkAccessibility(t, ctx, "a refused import")

	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#import-file", []string{good})); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector(".import-preview") !== null`)
	checkAccessibility(t, ctx, "an import preview")
	click(t, ctx, ".import-confirm")
	waitFor(t, ctx, savedCounts+` === "0,0,2,0,0"`)
	openStep(t, ctx, "", "/en/assessment#area-operations")
	waitFor(t, ctx, `document.querySelector("#rate-bcp-3").checked`)
	goToStep(t, ctx, "people")
	waitFor(t, ctx, `document.querySelector("#rate-one-on-ones-1").checked`)
}
