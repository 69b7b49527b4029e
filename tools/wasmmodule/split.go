package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

var (
	browser = build.Context{GOOS: "js", GOARCH: "wasm", Compiler: "gc"}
	native  = build.Context{GOOS: "linux", GOARCH: "amd64", Compiler: "gc"}
)

// decl is one top-level declaration of the package and what it names.
type decl struct {
	file     *source
	node     ast.Decl
	declares []string        // names other declarations can refer to
	receiver string          // a method's receiver type
	method   string          // a method's name
	refs     map[string]bool // names it mentions, less those it defines locally
	locals   map[string]bool // names it defines locally: variables, parameters, fields
	selects  map[string]bool // names it selects: fields and methods
	leftOut  bool            // uses a package the browser build leaves out
	native   bool            // belongs to native builds only (the server's), not js/wasm
}

// source is one Go file of the package.
type source struct {
	name    string
	text    []byte
	fset    *token.FileSet
	file    *ast.File
	imports map[string]string // local name → import path
	leave   map[string]bool   // the import paths to leave out
	browser bool              // compiled for js/wasm
	native  bool              // compiled natively; where a browser file's left-out code moves
}

// clientOnly rewrites the Go package in dir so that its js/wasm build does
// not import the packages leaveOut names: each declaration that uses one, or
// depends on one that does, moves to <file>_nowasm.go under //go:build
// !wasm, or goes away when its file is compiled for js/wasm only.
func clientOnly(dir string, leaveOut []string) error {
	files, err := parseFiles(dir, leaveOut)
	if err != nil {
		return err
	}
	var decls []*decl
	for _, f := range files {
		decls = append(decls, declsOf(f)...)
	}
	markNative(decls)

	for _, f := range files {
		if !f.browser {
			continue
		}
		var client, moved []*decl
		for _, d := range decls {
			if d.file != f {
				continue
			}
			if d.native {
				moved = append(moved, d)
			} else {
				client = append(client, d)
			}
		}
		if len(moved) == 0 {
			continue
		}
		if err := rewrite(dir, f, client, moved); err != nil {
			return err
		}
	}
	return nil
}

func parseFiles(dir string, leaveOut []string) ([]*source, error) {
	leave := map[string]bool{}
	for _, p := range leaveOut {
		leave[p] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*source
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		forBrowser, err := browser.MatchFile(dir, name)
		if err != nil {
			return nil, err
		}
		forNative, err := native.MatchFile(dir, name)
		if err != nil {
			return nil, err
		}
		if !forBrowser && !forNative {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, name, text, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		f := &source{name: name, text: text, fset: fset, file: file, imports: map[string]string{}, leave: leave, browser: forBrowser, native: forNative}
		for _, spec := range file.Imports {
			p, _ := strconv.Unquote(spec.Path.Value)
			f.imports[localName(spec)] = p
		}
		files = append(files, f)
	}
	return files, nil
}

func declsOf(f *source) []*decl {
	var decls []*decl
	for _, node := range f.file.Decls {
		d := &decl{file: f, node: node, refs: map[string]bool{}, locals: map[string]bool{}, selects: map[string]bool{}, native: !f.browser}
		switch n := node.(type) {
		case *ast.GenDecl:
			if n.Tok == token.IMPORT {
				continue
			}
			for _, spec := range n.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					d.declares = append(d.declares, s.Name.Name)
				case *ast.ValueSpec:
					for _, id := range s.Names {
						d.declares = append(d.declares, id.Name)
					}
				}
			}
		case *ast.FuncDecl:
			if n.Recv == nil {
				d.declares = append(d.declares, n.Name.Name)
			} else {
				d.receiver = receiverType(n.Recv.List[0].Type)
				d.method = n.Name.Name
			}
		}
		collectRefs(node, f, d)
		for name := range d.locals {
			delete(d.refs, name)
		}
		decls = append(decls, d)
	}
	return decls
}

func receiverType(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}

// collectRefs records the names node mentions, the names it defines locally
// and whether it uses a package to leave out. Field, parameter and selected names are not
// references.
func collectRefs(node ast.Node, f *source, d *decl) {
	ast.Inspect(node, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				for _, e := range x.Lhs {
					if id, ok := e.(*ast.Ident); ok {
						d.locals[id.Name] = true
					}
				}
			}
		case *ast.RangeStmt:
			if x.Tok == token.DEFINE {
				for _, e := range []ast.Expr{x.Key, x.Value} {
					if id, ok := e.(*ast.Ident); ok {
						d.locals[id.Name] = true
					}
				}
			}
		case *ast.DeclStmt:
			for _, spec := range x.Decl.(*ast.GenDecl).Specs {
				if v, ok := spec.(*ast.ValueSpec); ok {
					for _, id := range v.Names {
						d.locals[id.Name] = true
					}
				}
			}
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok && f.imports[id.Name] != "" {
				if f.leave[f.imports[id.Name]] {
					d.leftOut = true
				}
				return false
			}
			d.selects[x.Sel.Name] = true
			collectRefs(x.X, f, d)
			return false
		case *ast.Field:
			for _, id := range x.Names {
				d.locals[id.Name] = true
			}
			if x.Type != nil {
				collectRefs(x.Type, f, d)
			}
			return false
		case *ast.Ident:
			d.refs[x.Name] = true
		}
		return true
	})
}

// markNative marks the declarations that use a package to leave out, then,
// until nothing changes, those that name something the browser build lacks:
// a package-level name, or a method added to a type both builds share.
// Declarations of files the browser build never compiles start marked.
func markNative(decls []*decl) {
	shared := map[string]bool{}
	for _, d := range decls {
		if d.file.browser && d.file.native {
			for _, name := range d.declares {
				shared[name] = true
			}
		}
	}
	for changed := true; changed; {
		names, methods := lacking(decls, shared)
		changed = false
		for _, d := range decls {
			if !d.native && (d.leftOut || names[d.receiver] || mentions(d.refs, names) || mentions(d.selects, methods)) {
				d.native = true
				changed = true
			}
		}
	}
}

// lacking gives the package-level names and the methods of shared types that
// native declarations define and the browser build, as marked so far, does
// not.
func lacking(decls []*decl, shared map[string]bool) (names, methods map[string]bool) {
	names, methods = map[string]bool{}, map[string]bool{}
	for _, d := range decls {
		if d.native {
			for _, name := range d.declares {
				names[name] = true
			}
			if d.method != "" && shared[d.receiver] {
				methods[d.method] = true
			}
		}
	}
	for _, d := range decls {
		if !d.native && d.file.browser {
			for _, name := range d.declares {
				delete(names, name)
			}
			delete(methods, d.method)
		}
	}
	return names, methods
}

func mentions(used, names map[string]bool) bool {
	for name := range used {
		if names[name] {
			return true
		}
	}
	return false
}

// rewrite writes f without the moved declarations and, when f is compiled for
// native builds as well, a file of its own holding them under //go:build !wasm.
func rewrite(dir string, f *source, client, moved []*decl) error {
	var cut [][2]int
	for _, d := range moved {
		cut = append(cut, span(f, d.node))
	}
	for _, node := range f.file.Decls {
		if g, ok := node.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			cut = append(cut, span(f, g))
		}
	}
	sort.Slice(cut, func(i, j int) bool { return cut[i][0] < cut[j][0] })

	// The client file: the original text without the moved declarations,
	// its imports reduced to those still used, placed where they stood.
	var kept []byte
	at := 0
	importsAt := -1
	for _, c := range cut {
		kept = append(kept, f.text[at:c[0]]...)
		if importsAt < 0 {
			importsAt = len(kept)
		}
		at = c[1]
	}
	kept = append(kept, f.text[at:]...)
	block := importBlock(f, client)
	kept = slices.Concat(kept[:importsAt], block, kept[importsAt:])
	if err := writeGo(filepath.Join(dir, f.name), kept); err != nil {
		return err
	}
	if !f.native {
		return nil
	}

	nativeFile := fmt.Appendf(nil, "//go:build !wasm\n\n// Moved out of %s by tools/wasmmodule: the browser build leaves it out.\n\npackage %s\n\n", f.name, f.file.Name.Name)
	nativeFile = append(nativeFile, importBlock(f, moved)...)
	for _, d := range moved {
		s := span(f, d.node)
		nativeFile = append(nativeFile, '\n')
		nativeFile = append(nativeFile, f.text[s[0]:s[1]]...)
	}
	return writeGo(filepath.Join(dir, strings.TrimSuffix(f.name, ".go")+"_nowasm.go"), nativeFile)
}

// span is the byte range of node with its doc comment and the rest of its
// last line.
func span(f *source, node ast.Decl) [2]int {
	start := node.Pos()
	switch n := node.(type) {
	case *ast.GenDecl:
		if n.Doc != nil {
			start = n.Doc.Pos()
		}
	case *ast.FuncDecl:
		if n.Doc != nil {
			start = n.Doc.Pos()
		}
	}
	from := f.fset.Position(start).Offset
	to := f.fset.Position(node.End()).Offset
	if nl := strings.IndexByte(string(f.text[to:]), '\n'); nl >= 0 {
		to += nl + 1
	} else {
		to = len(f.text)
	}
	return [2]int{from, to}
}

// importBlock lists the imports of f that decls use.
func importBlock(f *source, decls []*decl) []byte {
	used := map[string]bool{}
	for _, d := range decls {
		ast.Inspect(d.node, func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := s.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	var lines []string
	for _, spec := range f.file.Imports {
		if local := localName(spec); used[local] || local == "_" || local == "." {
			lines = append(lines, "\t"+nameOf(spec)+spec.Path.Value+"\n")
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return []byte("import (\n" + strings.Join(lines, "") + ")\n")
}

// localName is the name an import goes by in its file: the one given, or
// the last element of its path.
func localName(spec *ast.ImportSpec) string {
	if spec.Name != nil {
		return spec.Name.Name
	}
	p, _ := strconv.Unquote(spec.Path.Value)
	return path.Base(p)
}

func nameOf(spec *ast.ImportSpec) string {
	if spec.Name == nil {
		return ""
	}
	return spec.Name.Name + " "
}

func writeGo(name string, text []byte) error {
	formatted, err := format.Source(text)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return os.WriteFile(name, formatted, 0o644)
}
