package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

// The targets the copies are compiled for.
var (
	browser = []string{"GOOS=js", "GOARCH=wasm"}
	native  = []string{"GOOS=" + runtime.GOOS, "GOARCH=" + runtime.GOARCH}
)

// repoRoot is the folder of the project's go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// written is the folder the tests write the browser build's module file and
// copies to, once for all of them, and how that went.
var written struct {
	once sync.Once
	dir  string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if written.dir != "" {
		os.RemoveAll(written.dir)
	}
	os.Exit(code)
}

// browserModule runs the tool as make does and gives the module file it wrote.
func browserModule(t *testing.T) string {
	t.Helper()
	root := repoRoot(t)
	written.once.Do(func() {
		if written.dir, written.err = os.MkdirTemp("", "wasmmodule-test"); written.err != nil {
			return
		}
		cmd := exec.Command(goCommand(), "run", "./tools/wasmmodule", "-out", written.dir)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			written.err = fmt.Errorf("go run ./tools/wasmmodule: %v\n%s", err, out)
		}
	})
	if written.err != nil {
		t.Fatal(written.err)
	}
	return filepath.Join(written.dir, "go.mod")
}

// goRun runs the go command in the project's folder for a target and gives
// its standard output.
func goRun(t *testing.T, target []string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(goCommand(), args...)
	cmd.Dir = repoRoot(t)
	cmd.Env = append(os.Environ(), target...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v go %s: %v\n%s", target, strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// patchedPackages gives, for each library, the import paths of the packages
// its patch changes.
func patchedPackages(t *testing.T) map[library][]string {
	t.Helper()
	pkgs := map[library][]string{}
	for _, lib := range libraries {
		_, patch := patchOf(t, lib)
		files, err := parsePatch(patch)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if p := path.Join(lib.module, path.Dir(f.name)); !slices.Contains(pkgs[lib], p) {
				pkgs[lib] = append(pkgs[lib], p)
			}
		}
	}
	return pkgs
}

// patchOf gives the name and the text of the patch for the version of a
// library the project pins.
func patchOf(t *testing.T, lib library) (name, text string) {
	t.Helper()
	m, err := pinned(lib.module)
	if err != nil {
		t.Fatal(err)
	}
	name = lib.name + "-" + m.Version
	b, err := patches.ReadFile("patches/" + name + ".patch")
	if err != nil {
		t.Fatal(err)
	}
	return name, string(b)
}

// A decl is one declaration of a package: a constant, variable, type,
// function, method or init function.
type decl struct {
	api      string // as go/types writes it: name, type, fields, signature
	source   string // its code as gofmt prints it, comments left out
	exported bool   // part of the package's API
	method   bool   // a method, or an init function: what nothing names, so nothing fails to compile when it goes
}

// declarations type-checks packages as the go command compiles them for a
// target, with the module file modfile ("" for go.mod, the libraries as
// published), and gives each one's declarations by name.
func declarations(t *testing.T, modfile string, target []string, pkgs ...string) map[string]map[string]decl {
	t.Helper()
	args := []string{"list", "-export", "-deps", "-json=ImportPath,Dir,GoFiles,Export"}
	if modfile != "" {
		args = append(args, "-modfile="+modfile)
	}
	type listed struct {
		ImportPath, Dir, Export string
		GoFiles                 []string
	}
	byPath := map[string]listed{}
	dec := json.NewDecoder(bytes.NewReader(goRun(t, target, append(args, pkgs...)...)))
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		byPath[p.ImportPath] = p
	}

	fset := token.NewFileSet()
	imports := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		return os.Open(byPath[path].Export)
	})
	goarch := strings.TrimPrefix(target[1], "GOARCH=")
	all := map[string]map[string]decl{}
	for _, p := range pkgs {
		var files []*ast.File
		for _, name := range byPath[p].GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(byPath[p].Dir, name), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
		conf := types.Config{Importer: imports, Sizes: types.SizesFor("gc", goarch)}
		pkg, err := conf.Check(p, fset, files, info)
		if err != nil {
			t.Fatalf("%v: type-checking %s (%s): %v", target, p, byPath[p].Dir, err)
		}
		all[p] = declsOf(t, pkg, fset, files, info)
	}
	return all
}

// declsOf lists the declarations of a type-checked package, keyed by a name
// that stays the same when a declaration moves to another file: "func
// (*Handler) ServeHTTP", "type Icon", "var artTag", and for an init function
// its code.
func declsOf(t *testing.T, pkg *types.Package, fset *token.FileSet, files []*ast.File, info *types.Info) map[string]decl {
	qualify := types.RelativeTo(pkg)
	code := func(node any) string {
		var b strings.Builder
		if err := printer.Fprint(&b, fset, node); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	decls := map[string]decl{}
	add := func(id *ast.Ident, source string) {
		obj := info.Defs[id]
		if obj == nil || id.Name == "_" {
			return
		}
		key, d := "", decl{api: types.ObjectString(obj, qualify), source: source, exported: obj.Exported()}
		switch obj := obj.(type) {
		case *types.Func:
			key = "func " + obj.Name()
			if recv := obj.Signature().Recv(); recv != nil {
				key = fmt.Sprintf("func (%s) %s", types.TypeString(recv.Type(), qualify), obj.Name())
				d.method = true
				if named, ok := types.Unalias(deref(recv.Type())).(*types.Named); ok {
					d.exported = d.exported && named.Obj().Exported()
				}
			}
		case *types.Var:
			key = "var " + obj.Name()
		case *types.Const:
			key = "const " + obj.Name()
		case *types.TypeName:
			key = "type " + obj.Name()
		}
		if _, twice := decls[key]; twice {
			t.Fatalf("%s declares %s twice", pkg.Path(), key)
		}
		decls[key] = d
	}
	for _, f := range files {
		for _, node := range f.Decls {
			switch node := node.(type) {
			case *ast.FuncDecl:
				if node.Recv == nil && node.Name.Name == "init" {
					source := code(node)
					decls["func init() "+strings.Join(strings.Fields(source[len("func init() "):]), " ")] = decl{api: "func init()", source: source, method: true}
					continue
				}
				add(node.Name, code(node))
			case *ast.GenDecl:
				for _, spec := range node.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						add(spec.Name, code(spec))
					case *ast.ValueSpec:
						for _, id := range spec.Names {
							add(id, code(spec))
						}
					}
				}
			}
		}
	}
	return decls
}

func deref(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// lacks reads the list beside a patch of what the browser build lacks: for
// each package ("package <import path>"), one declaration a line, named as
// declsOf names them; "#" starts a comment.
// Lines of the form "replaced <declaration>" name what the browser build
// declares differently from upstream (see replaced), not what it lacks.
func lacks(t *testing.T, name string) map[string]map[string]bool {
	return lacksFile(t, name, false)
}

// replaced gives, by package, the declarations the browser build declares
// with other code than upstream's, as the .lacks file names them.
func replaced(t *testing.T, name string) map[string]map[string]bool {
	return lacksFile(t, name, true)
}

func lacksFile(t *testing.T, name string, replacedOnes bool) map[string]map[string]bool {
	t.Helper()
	b, err := patches.ReadFile("patches/" + name + ".lacks")
	if err != nil {
		t.Fatal(err)
	}
	list := map[string]map[string]bool{}
	pkg := ""
	s := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; s.Scan(); n++ {
		line := strings.TrimSpace(s.Text())
		switch p, isPkg := strings.CutPrefix(line, "package "); {
		case line == "" || strings.HasPrefix(line, "#"):
		case isPkg:
			pkg = p
			list[pkg] = map[string]bool{}
		case pkg == "":
			t.Fatalf("%s.lacks:%d: a declaration before any package line", name, n)
		default:
			if d, ok := strings.CutPrefix(line, "replaced "); ok == replacedOnes {
				list[pkg][d] = true
			}
		}
	}
	return list
}

// sortedKeys gives the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
