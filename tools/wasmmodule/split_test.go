package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A small package shaped like go-app: a handler type in a file both builds
// compile, a method only the server build adds to it, browser-only code and
// client code that must stay.
var pkg = map[string]string{
	"go.mod": "module example.com/pkg\n\ngo 1.26\n",
	"handler.go": `package pkg

import (
	"net/http"
	"strings"
)

// Handler serves pages.
type Handler struct{ Name string }

// init prepares the handler.
func (h *Handler) init() {
	h.initStatic()
}

// ServeHTTP answers one request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.init()
	w.Write([]byte(clean(r.URL.Path))) // a trailing comment
}

func clean(s string) string { return strings.Trim(s, "/") }

var fileServer = http.FileServer(http.Dir("."))

func serveFiles(w http.ResponseWriter, r *http.Request) { fileServer.ServeHTTP(w, r) }

// Resolve is client code: it must stay.
func Resolve(s string) string {
	fileServer := "a local, not the package's"
	return clean(s) + fileServer
}
`,
	"static.go": `//go:build !wasm

package pkg

func (h *Handler) initStatic() {}
`,
	"wasm.go": `//go:build wasm

package pkg

import "fmt"

func Describe(h *Handler) string { return fmt.Sprint(h.Name) }

func Serve() { serveFiles(nil, nil) }
`,
}

func writePackage(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range pkg {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestServerCodeLeavesTheBrowserBuild(t *testing.T) {
	dir := writePackage(t)
	if err := clientOnly(dir, []string{"net/http"}); err != nil {
		t.Fatal(err)
	}

	client := read(t, filepath.Join(dir, "handler.go"))
	for _, gone := range []string{"net/http", "ServeHTTP", "var fileServer", "serveFiles", "func (h *Handler) init()", "// init prepares"} {
		if strings.Contains(client, gone) {
			t.Errorf("handler.go still holds %q:\n%s", gone, client)
		}
	}
	for _, kept := range []string{"type Handler struct", "// Resolve is client code", "func clean", `"strings"`} {
		if !strings.Contains(client, kept) {
			t.Errorf("handler.go lost %q:\n%s", kept, client)
		}
	}

	server := read(t, filepath.Join(dir, "handler_nowasm.go"))
	if !strings.HasPrefix(server, "//go:build !wasm\n") {
		t.Errorf("handler_nowasm.go is not constrained to the server:\n%s", server)
	}
	for _, moved := range []string{`"net/http"`, "// ServeHTTP answers one request.", "// a trailing comment", "func (h *Handler) init()", "var fileServer", "func serveFiles"} {
		if !strings.Contains(server, moved) {
			t.Errorf("handler_nowasm.go lacks %q:\n%s", moved, server)
		}
	}
	if strings.Contains(server, `"strings"`) {
		t.Errorf("handler_nowasm.go imports what it does not use:\n%s", server)
	}

	wasm := read(t, filepath.Join(dir, "wasm.go"))
	if strings.Contains(wasm, "func Serve()") || !strings.Contains(wasm, "func Describe") {
		t.Errorf("wasm.go should lose Serve, which calls server code, and keep Describe:\n%s", wasm)
	}
	if _, err := os.Stat(filepath.Join(dir, "wasm_nowasm.go")); !os.IsNotExist(err) {
		t.Error("code of a browser-only file was moved to the server instead of dropped")
	}

	for _, env := range [][]string{{"GOOS=js", "GOARCH=wasm"}, {"GOOS=linux", "GOARCH=amd64"}} {
		vet := exec.Command("go", "vet", ".")
		vet.Dir = dir
		vet.Env = append(os.Environ(), env...)
		if out, err := vet.CombinedOutput(); err != nil {
			t.Errorf("%v: the rewritten package does not build: %v\n%s", env, err, out)
		}
	}
}

// The module file it writes builds the app for the browser without net/http
// or text/template, and leaves the native build as it was.
func TestTheBrowserBuildLeavesOutWhatItNeverRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("lists the packages of the whole app")
	}
	out := t.TempDir()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	if err := write(out); err != nil {
		t.Fatal(err)
	}
	deps := func(modfile string, env ...string) string {
		args := []string{"list", "-deps"}
		if modfile != "" {
			args = append(args, "-modfile="+modfile)
		}
		cmd := exec.Command("go", append(args, ".")...)
		cmd.Env = append(os.Environ(), env...)
		b, err := cmd.Output()
		if err != nil {
			t.Fatalf("go %v: %v", args, err)
		}
		return "\n" + string(b)
	}
	browser := deps(filepath.Join(out, "go.mod"), "GOOS=js", "GOARCH=wasm")
	for _, left := range []string{"net/http", "crypto/tls", "text/template"} {
		if strings.Contains(browser, "\n"+left+"\n") {
			t.Errorf("the browser build still links %s", left)
		}
	}
	if server := deps(filepath.Join(out, "go.mod")); !strings.Contains(server, "\nnet/http\n") {
		t.Error("the copy's server build lost net/http")
	}
}
