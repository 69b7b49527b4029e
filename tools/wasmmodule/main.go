// Command wasmmodule writes the module file the browser build uses: go.mod
// with go-app replaced by a copy whose server half is left out of js/wasm
// builds.
//
// go-app keeps its HTTP handler in files without a build constraint, so every
// app that links go-app also links net/http and, through its package
// initialisers, crypto/tls: 600 KB of brotli the browser downloads and never
// runs. The copy moves each declaration that uses net/http, and everything
// that depends on one, into a file constrained to !wasm (or drops it from
// wasm-only files), and changes nothing else. The server build still uses
// go-app as published.
//
//	go run ./tools/wasmmodule -out bin/wasm
//	GOOS=js GOARCH=wasm go build -modfile=bin/wasm/go.mod .
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const goApp = "github.com/maxence-charriere/go-app/v10"

func main() {
	out := flag.String("out", "bin/wasm", "folder for go.mod, go.sum and the copy of go-app")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("wasmmodule: ")
	if err := write(*out); err != nil {
		log.Fatal(err)
	}
}

// write puts go.mod, go.sum and go-app's client copy in out.
func write(out string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	src, err := moduleDir(goApp)
	if err != nil {
		return err
	}
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		return err
	}
	if bytes.Contains(gomod, []byte("replace "+goApp)) {
		return fmt.Errorf("go.mod already replaces %s", goApp)
	}
	gosum, err := os.ReadFile("go.sum")
	if err != nil {
		return err
	}

	copyDir := filepath.Join(out, "go-app")
	if err := os.RemoveAll(copyDir); err != nil {
		return err
	}
	if err := copyModule(src, copyDir); err != nil {
		return err
	}
	if err := clientOnly(filepath.Join(copyDir, "pkg", "app")); err != nil {
		return err
	}

	gomod = fmt.Appendf(gomod, "\n// Written by tools/wasmmodule for the browser build.\nreplace %s => %s\n", goApp, copyDir)
	if err := os.WriteFile(filepath.Join(out, "go.mod"), gomod, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "go.sum"), gosum, 0o644)
}

// moduleDir asks the go command where the module the main module requires
// lies, downloading it when needed.
func moduleDir(path string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", path)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", path, err)
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(b, &m); err != nil {
		return "", err
	}
	if m.Error != "" || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s: %s", path, m.Error)
	}
	return m.Dir, nil
}

// copyModule copies go.mod, the licence and the Go sources under pkg/, tests
// and documentation left out, with permission to write (the module cache is
// read-only).
func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel != "." && rel != "pkg" && !strings.HasPrefix(rel, "pkg"+string(filepath.Separator)) {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		name := d.Name()
		keep := rel == "go.mod" || rel == "LICENSE" ||
			strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
		if !keep {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
}
