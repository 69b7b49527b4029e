package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A module shaped like go-app: a shared file with a server-only function,
// and a file of native stubs (go-app's js_nowasm.go).
var module = map[string]string{
	"go.mod": "module example.com/m\n",
	"pkg/app/http.go": `package app

import "net/http"

type Handler struct{}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func Version() string { return "1" }
`,
	"pkg/app/js_nowasm.go": "//go:build !wasm\n\npackage app\n\nfunc NativeOnly() {}\n",
}

// A patch that moves ServeHTTP out of http.go into http_server.go.
const movePatch = `Moves the serving half out of the browser build.

diff --git a/pkg/app/http.go b/pkg/app/http.go
index 1111111..2222222 100644
--- a/pkg/app/http.go
+++ b/pkg/app/http.go
@@ -1,9 +1,5 @@
 package app
 
-import "net/http"
-
 type Handler struct{}
 
-func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
-
 func Version() string { return "1" }
diff --git a/pkg/app/http_server.go b/pkg/app/http_server.go
new file mode 100644
index 0000000..3333333
--- /dev/null
+++ b/pkg/app/http_server.go
@@ -0,0 +1,7 @@
+//go:build !wasm
+
+package app
+
+import "net/http"
+
+func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
`

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		name = filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAPatchChangesAndCreatesFilesExactlyAsItSays(t *testing.T) {
	dir := writeModule(t, module)
	if err := applyPatch(dir, movePatch); err != nil {
		t.Fatal(err)
	}
	want := "package app\n\ntype Handler struct{}\n\nfunc Version() string { return \"1\" }\n"
	if got := readFile(t, filepath.Join(dir, "pkg/app/http.go")); got != want {
		t.Errorf("http.go is\n%s\nwant\n%s", got, want)
	}
	want = "//go:build !wasm\n\npackage app\n\nimport \"net/http\"\n\nfunc (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}\n"
	if got := readFile(t, filepath.Join(dir, "pkg/app/http_server.go")); got != want {
		t.Errorf("http_server.go is\n%s\nwant\n%s", got, want)
	}
	if got := readFile(t, filepath.Join(dir, "pkg/app/js_nowasm.go")); got != module["pkg/app/js_nowasm.go"] {
		t.Errorf("a file the patch does not name changed:\n%s", got)
	}
}

// git apply would find a hunk a few lines further down; this applier does
// not: a file that changed is a version the patch was not written for.
func TestAPatchRefusesAFileWhoseLinesMoved(t *testing.T) {
	files := map[string]string{}
	for name, text := range module {
		files[name] = text
	}
	files["pkg/app/http.go"] = "// Copyright 2026.\n" + module["pkg/app/http.go"]
	dir := writeModule(t, files)
	err := applyPatch(dir, movePatch)
	if err == nil || !strings.Contains(err.Error(), "pkg/app/http.go") || !strings.Contains(err.Error(), "line 1 ") {
		t.Fatalf("the patch applied to a file whose lines moved, or the error does not say where: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "pkg/app/http_server.go")); !os.IsNotExist(err) {
		t.Error("the patch created http_server.go although it did not apply as a whole")
	}
}

// The old tool named its output <file>_nowasm.go and so replaced go-app's
// own js_nowasm.go; a patch that creates a file the module has fails.
func TestAPatchNeverOverwritesAFileOfTheModule(t *testing.T) {
	dir := writeModule(t, module)
	overwrite := strings.ReplaceAll(movePatch, "http_server.go", "js_nowasm.go")
	err := applyPatch(dir, overwrite)
	if err == nil || !strings.Contains(err.Error(), "js_nowasm.go") {
		t.Fatalf("the patch replaced js_nowasm.go: %v", err)
	}
	if got := readFile(t, filepath.Join(dir, "pkg/app/js_nowasm.go")); got != module["pkg/app/js_nowasm.go"] {
		t.Errorf("js_nowasm.go was overwritten:\n%s", got)
	}
	if got := readFile(t, filepath.Join(dir, "pkg/app/http.go")); got != module["pkg/app/http.go"] {
		t.Errorf("http.go was patched although the patch did not apply as a whole:\n%s", got)
	}
}

func TestAPatchRefusesWhatItWouldHaveToGuess(t *testing.T) {
	for name, patch := range map[string]string{
		"a deletion":                        strings.Replace(movePatch, "index 1111111..2222222 100644", "deleted file mode 100644", 1),
		"a rename":                          strings.Replace(movePatch, "index 1111111..2222222 100644", "rename from pkg/app/http.go", 1),
		"a hunk longer than its header":     strings.Replace(movePatch, "@@ -1,9 +1,5 @@", "@@ -1,8 +1,5 @@", 1),
		"a file outside the module":         strings.ReplaceAll(movePatch, "pkg/app/http.go", "../http.go"),
		"no change at all":                  "Nothing to see.\n",
		"a line that is not part of a hunk": strings.Replace(movePatch, " type Handler struct{}\n \n-func", " type Handler struct{}\n?\n-func", 1),
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeModule(t, module)
			if err := applyPatch(dir, patch); err == nil {
				t.Errorf("applied a patch with %s", name)
			} else {
				t.Log(err)
			}
			if got := readFile(t, filepath.Join(dir, "pkg/app/http.go")); got != module["pkg/app/http.go"] {
				t.Errorf("http.go changed:\n%s", got)
			}
		})
	}
}
