// Command wasmmodule writes the module file the browser build uses: go.mod
// with go-app and go-i18n replaced by patched copies that leave out of
// js/wasm builds what the browser never runs but would still download.
//
// go-app keeps its HTTP handler in files without a build constraint, so every
// app that links go-app also links net/http and, through its package
// initialisers, crypto/tls. go-i18n's message type sits beside its bundle and
// localizer, which link text/template; the app reads messages compiled at
// build time and needs only the type. Leaving both out takes app.wasm from
// 11.2 MB to 9.4 MB, and its brotli from 2.03 MB to 1.68 MB (350 KB less).
//
// What the copies lack is written down, one patch per pinned version, in
// patches/<library>-<version>.patch: a unified diff that puts //go:build
// !wasm on the files the browser never needs and moves the server-only
// declarations of shared files, unchanged, into new files under the same
// constraint (http_server.go), or the few shared ones of a server-only file
// into a new file without one. It never replaces a file of upstream's.
// Beside each patch, <library>-<version>.lacks lists the
// declarations its browser build loses; the tests check the type-checked
// copy against that list. The tool copies every file of the pinned version
// from the module cache and applies the patch exactly (no offsets, no fuzz).
// It refuses to write anything when go.mod pins a version that has no patch
// or when the patch does not apply. To move to a new version, apply the old
// patch by hand, fix what no longer fits, write the diff as the new
// version's patch, and run go test ./tools/wasmmodule.
//
// Native builds, the server's among them, use the libraries as published.
// The go command it runs is $GO, as the Makefile sets it, or go.
//
//	GO=go go run ./tools/wasmmodule -out bin/wasm
//	GOOS=js GOARCH=wasm go build -modfile=bin/wasm/go.mod .
package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// patches holds the patch, and the list of what it removes from the browser
// build, for each pinned version of each library.
//
//go:embed patches
var patches embed.FS

// A library is a module the browser build takes a patched copy of.
type library struct {
	module string // its path, as go.mod requires it
	name   string // its patches' names begin with it, and its copy's folder is called so
}

// libraries are the modules the browser build patches.
var libraries = []library{
	{"github.com/maxence-charriere/go-app/v10", "go-app"},
	{"github.com/nicksnyder/go-i18n/v2", "go-i18n"},
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

// write puts go.mod, go.sum and the patched copies in out. It removes the
// go.mod it wrote before first, so that a failure leaves no module file
// that could still be built with.
func write(out string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(out, "go.mod")); err != nil && !errors.Is(err, fs.ErrNotExist) {
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
	gomod = append(gomod, "\n// Written by tools/wasmmodule for the browser build.\n"...)
	for _, lib := range libraries {
		if bytes.Contains(gomod, []byte("replace "+lib.module)) {
			return fmt.Errorf("go.mod already replaces %s", lib.module)
		}
		m, err := pinned(lib.module)
		if err != nil {
			return err
		}
		dst := filepath.Join(out, lib.name)
		if err := prepare(lib, m.Version, m.Dir, dst); err != nil {
			os.RemoveAll(dst)
			return err
		}
		// The copy is named relative to the main module's folder, as go
		// resolves it with -modfile: an absolute path would be written into
		// app.wasm's build information, and a checkout in another folder
		// would build another app.wasm, of another size with brotli.
		rel, err := filepath.Rel(root, dst)
		if err != nil {
			return err
		}
		gomod = fmt.Appendf(gomod, "replace %s => ./%s\n", lib.module, filepath.ToSlash(rel))
	}
	if err := os.WriteFile(filepath.Join(out, "go.sum"), gosum, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "go.mod"), gomod, 0o644)
}

// prepare makes dst a copy of the module version in src with its patch
// applied.
func prepare(lib library, version, src, dst string) error {
	name := lib.name + "-" + version + ".patch"
	patch, err := patches.ReadFile("patches/" + name)
	if errors.Is(err, fs.ErrNotExist) {
		have, _ := fs.Glob(patches, "patches/"+lib.name+"-*.patch")
		for i := range have {
			have[i] = strings.TrimPrefix(have[i], "patches/")
		}
		return fmt.Errorf("go.mod pins %s %s, but tools/wasmmodule/patches has no %s (it has %s): write that version's patch, or pin the version a patch is for",
			lib.module, version, name, strings.Join(have, ", "))
	}
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	if err := copyModule(src, dst); err != nil {
		return fmt.Errorf("copying %s %s: %w", lib.module, version, err)
	}
	if err := applyPatch(dst, string(patch)); err != nil {
		return fmt.Errorf("tools/wasmmodule/patches/%s does not apply to %s %s: %w", name, lib.module, version, err)
	}
	return nil
}

// goCommand is the go command to run: $GO, as the Makefile passes it, or go.
func goCommand() string {
	if g := os.Getenv("GO"); g != "" {
		return g
	}
	return "go"
}

// moduleVersion is what go mod download -json says about a module.
type moduleVersion struct {
	Version, Dir, Error string
}

// pinned asks the go command which version of a module the build uses and
// where it lies in the module cache, downloading it if need be.
func pinned(module string) (moduleVersion, error) {
	var m moduleVersion
	cmd := exec.Command(goCommand(), "mod", "download", "-json", module)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if jerr := json.Unmarshal(b, &m); jerr != nil && err == nil {
		err = jerr
	}
	if m.Error != "" {
		err = errors.New(m.Error)
	}
	if err != nil {
		return m, fmt.Errorf("go mod download %s: %w", module, err)
	}
	return m, nil
}

// copyModule copies every file of the module in src, not only its Go
// sources (a //go:embed may name any of them), with permission to write:
// the module cache is read-only.
func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, name)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		case !d.Type().IsRegular():
			return fmt.Errorf("%s is not a regular file", name)
		}
		return copyFile(name, to)
	})
}

func copyFile(from, to string) error {
	r, err := os.Open(from)
	if err != nil {
		return err
	}
	defer r.Close()
	w, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
