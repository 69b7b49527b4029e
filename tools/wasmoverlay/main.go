// Command wasmoverlay writes the overlay the browser build reads (go build
// -overlay): a copy of each source file that declares i18n messages, with
// their Description fields taken out. A description is a note for
// translators, which goi18n extract reads from the source into
// locales/active.en.toml; the app looks a message up by its ID and never
// shows it, yet in app.wasm the five hundred notes weigh about 7 KB with
// brotli. Native builds and the tests compile the files as written.
//
// It refuses to write anything when a file does not parse, and a test
// builds the overlaid packages, so a rewrite that breaks them fails there.
//
//	go run ./tools/wasmoverlay -out bin/wasm/overlay app/...
//	GOOS=js GOARCH=wasm go build -overlay=bin/wasm/overlay.json .
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

func main() {
	out := flag.String("out", "bin/wasm/overlay", "folder for the copies; the overlay's JSON is written beside it, as <out>.json")
	flag.Parse()
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintf(os.Stderr, "wasmoverlay: %v\n", err)
		os.Exit(1)
	}
}

// run overlays the files under the given folders (a trailing /... takes
// their subfolders too).
func run(out string, roots []string) error {
	var files []string
	for _, root := range roots {
		dir, all := strings.CutSuffix(root, "/...")
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != dir && !all {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	sort.Strings(files)
	replace := map[string]string{}
	copies := map[string][]byte{}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		stripped, changed, err := strip(name, src)
		if err != nil {
			return err
		}
		if changed {
			to := filepath.Join(out, name)
			replace[filepath.ToSlash(name)] = filepath.ToSlash(to)
			copies[to] = stripped
		}
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	for to, src := range copies {
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(to, src, 0o644); err != nil {
			return err
		}
	}
	overlay, err := json.MarshalIndent(struct{ Replace map[string]string }{replace}, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Clean(out)+".json", append(overlay, '\n'), 0o644)
}

// strip returns src without the Description fields of its i18n.Message
// literals, and whether it had any.
func strip(name string, src []byte) ([]byte, bool, error) {
	if !bytes.Contains(src, []byte("i18n.Message{")) {
		return src, false, nil
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, false, err
	}
	var removed []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || !isMessage(lit.Type) {
			return true
		}
		kept := lit.Elts[:0]
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "Description" {
					removed = append(removed, kv)
					continue
				}
			}
			kept = append(kept, e)
		}
		lit.Elts = kept
		return true
	})
	if len(removed) == 0 {
		return src, false, nil
	}
	// A comment inside a note goes with it; every other one (build
	// constraints among them) stays.
	kept := f.Comments[:0]
	for _, c := range f.Comments {
		if !slices.ContainsFunc(removed, func(n ast.Node) bool { return c.Pos() >= n.Pos() && c.End() <= n.End() }) {
			kept = append(kept, c)
		}
	}
	f.Comments = kept
	var b bytes.Buffer
	if err := format.Node(&b, fset, f); err != nil {
		return nil, false, err
	}
	return b.Bytes(), true, nil
}

// isMessage reports whether a literal's type is i18n.Message.
func isMessage(t ast.Expr) bool {
	sel, ok := t.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Message" {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "i18n"
}
