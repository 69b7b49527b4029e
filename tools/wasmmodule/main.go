// Command wasmmodule writes the module file the browser build uses: go.mod
// with some libraries replaced by copies that leave out of js/wasm builds
// what the browser never runs but would still download.
//
// go-app keeps its HTTP handler in files without a build constraint, so every
// app that links go-app also links net/http and, through its package
// initialisers, crypto/tls: 600 KB of brotli. go-i18n's message type sits
// beside its localizer, which links text/template; the app reads messages
// compiled at build time and needs only the type. Each copy moves every
// declaration that uses such a package, and everything that depends on one,
// into a file constrained to !wasm (or drops it from wasm-only files), and
// changes nothing else. Native builds, the server's among them, use the
// libraries as published.
//
//	go run ./tools/wasmmodule -out bin/wasm
//	GOOS=js GOARCH=wasm go build -modfile=bin/wasm/go.mod .
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// copies names each module the browser build takes a copy of, the package of
// it to rewrite, and the imports that package's copy leaves out.
var copies = []struct {
	module, pkg string
	leaveOut    []string
}{
	{"github.com/maxence-charriere/go-app/v10", "pkg/app", []string{"net/http"}},
	{"github.com/nicksnyder/go-i18n/v2", "i18n", []string{"text/template", "github.com/nicksnyder/go-i18n/v2/i18n/template", "github.com/nicksnyder/go-i18n/v2/internal"}},
}

func main() {
	out := flag.String("out", "bin/wasm", "folder for go.mod, go.sum and the copies")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("wasmmodule: ")
	if err := write(*out); err != nil {
		log.Fatal(err)
	}
}

// write puts go.mod, go.sum and the copies in out.
func write(out string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		return err
	}
	gosum, err := os.ReadFile("go.sum")
	if err != nil {
		return err
	}
	modules, err := browserModules()
	if err != nil {
		return err
	}
	gomod = append(gomod, "\n// Written by tools/wasmmodule for the browser build.\n"...)
	for _, c := range copies {
		if bytes.Contains(gomod, []byte("replace "+c.module)) {
			return fmt.Errorf("go.mod already replaces %s", c.module)
		}
		m, ok := modules[c.module]
		if !ok {
			return fmt.Errorf("the browser build uses no package of %s", c.module)
		}
		dst := filepath.Join(out, folder(c.module))
		if err := os.RemoveAll(dst); err != nil {
			return err
		}
		if err := copyModule(m.dir, dst, m.packages); err != nil {
			return err
		}
		if err := clientOnly(filepath.Join(dst, filepath.FromSlash(c.pkg)), c.leaveOut); err != nil {
			return fmt.Errorf("%s: %w", c.module, err)
		}
		gomod = fmt.Appendf(gomod, "replace %s => %s\n", c.module, dst)
	}
	if err := os.WriteFile(filepath.Join(out, "go.mod"), gomod, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "go.sum"), gosum, 0o644)
}

// folder names a module's copy: the last element of its path that is not a
// major version.
func folder(module string) string {
	name, major := path.Split(module)
	if len(major) > 1 && major[0] == 'v' && strings.Trim(major[1:], "0123456789") == "" {
		return path.Base(name)
	}
	return major
}

// module is where a module the browser build uses lies, and the folders of
// the packages of it the build compiles, relative to that.
type module struct {
	dir      string
	packages []string
}

// browserModules asks the go command which modules, and which of their
// packages, the browser build compiles, downloading them if need be.
func browserModules() (map[string]*module, error) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{.Path}} {{.Dir}}{{end}} {{.Dir}}", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w", err)
	}
	modules := map[string]*module{}
	for line := range strings.Lines(string(out)) {
		path, root, dir := "", "", ""
		if n, _ := fmt.Sscan(line, &path, &root, &dir); n != 3 {
			continue // a standard package
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			return nil, err
		}
		if modules[path] == nil {
			modules[path] = &module{dir: root}
		}
		modules[path].packages = append(modules[path].packages, rel)
	}
	return modules, nil
}

// copyModule copies go.mod, the licence and the Go sources of the given
// package folders, tests left out, with permission to write (the module
// cache is read-only).
func copyModule(src, dst string, packages []string) error {
	files := []string{"go.mod", "LICENSE"}
	for _, pkg := range packages {
		entries, err := os.ReadDir(filepath.Join(src, pkg))
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, pkg), 0o755); err != nil {
			return err
		}
		for _, e := range entries {
			if name := e.Name(); !e.IsDir() && strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
				files = append(files, filepath.Join(pkg, name))
			}
		}
	}
	for _, name := range files {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
