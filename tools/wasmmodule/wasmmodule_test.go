package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTheCopiesCompileForTheBrowserAndForTheServer(t *testing.T) {
	modfile := browserModule(t)
	var pkgs []string
	for _, ps := range patchedPackages(t) {
		pkgs = append(pkgs, ps...)
	}
	for _, target := range [][]string{browser, native} {
		goRun(t, target, append([]string{"build", "-modfile=" + modfile}, pkgs...)...)
	}
}

// The browser build of each patched package declares what upstream's does,
// unchanged, less exactly what the list beside the patch names.
func TestTheBrowserBuildLacksOnlyWhatThePatchLists(t *testing.T) {
	modfile := browserModule(t)
	for lib, pkgs := range patchedPackages(t) {
		name, _ := patchOf(t, lib)
		listed := lacks(t, name)
		swapped := replaced(t, name)
		upstream := declarations(t, "", browser, pkgs...)
		copied := declarations(t, modfile, browser, pkgs...)
		for p := range listed {
			if upstream[p] == nil {
				t.Errorf("%s.lacks lists package %s, which the patch does not change", name, p)
			}
		}
		for _, p := range pkgs {
			up, cp, list := upstream[p], copied[p], listed[p]
			// lost gives what upstream declares, want selects, the copy lacks and the list does not name.
			lost := func(want func(decl) bool) (unlisted []string) {
				for _, key := range sortedKeys(up) {
					if _, kept := cp[key]; !kept && !list[key] && want(up[key]) {
						unlisted = append(unlisted, key)
					}
				}
				return unlisted
			}
			t.Run(p+": its exported API is upstream's less the listed names", func(t *testing.T) {
				for _, key := range lost(func(d decl) bool { return d.exported }) {
					t.Errorf("the browser build lost %s, which %s.lacks does not list", key, name)
				}
				for _, key := range sortedKeys(cp) {
					if _, ok := up[key]; !ok && cp[key].exported {
						t.Errorf("the browser build adds %s to upstream's API", cp[key].api)
					}
				}
			})
			t.Run(p+": every init function and method stays unless listed", func(t *testing.T) {
				for _, key := range lost(func(d decl) bool { return d.method }) {
					t.Errorf("the browser build lost %s, which %s.lacks does not list: nothing calls it by name, so nothing else notices it is gone", key, name)
				}
			})
			t.Run(p+": everything else it lacks is listed, and nothing more", func(t *testing.T) {
				for _, key := range lost(func(d decl) bool { return !d.exported && !d.method }) {
					t.Errorf("the browser build lost %s, which %s.lacks does not list", key, name)
				}
				for _, key := range sortedKeys(list) {
					if _, ok := up[key]; !ok {
						t.Errorf("%s.lacks lists %q, which upstream's browser build does not declare", name, key)
					} else if _, ok := cp[key]; ok {
						t.Errorf("%s.lacks lists %q, which the browser build still declares", name, key)
					}
				}
			})
			t.Run(p+": what it keeps is unchanged, but for what it names as replaced", func(t *testing.T) {
				for _, key := range sortedKeys(cp) {
					u, ok := up[key]
					switch {
					case !ok && !cp[key].exported:
						t.Errorf("the browser build adds %s", cp[key].api)
					case ok && swapped[p][key] && u == cp[key]:
						t.Errorf("%s.lacks names %s as replaced, but the browser build declares it as upstream does", name, key)
					case ok && !swapped[p][key] && u != cp[key]:
						t.Errorf("the browser build changes %s, which %s.lacks does not name as replaced:\n%s\nupstream:\n%s", key, name, cp[key].source, u.source)
					}
				}
				for _, key := range sortedKeys(swapped[p]) {
					if _, ok := cp[key]; !ok {
						t.Errorf("%s.lacks names %s as replaced, but the browser build does not declare it", name, key)
					}
				}
			})
		}
	}
}

// Native builds of the copies, which nothing uses but which a patch could
// break (moving code out of a file the server compiles, overwriting one of
// upstream's files), declare exactly what upstream's do, unchanged.
func TestTheServerBuildOfTheCopiesIsUpstreams(t *testing.T) {
	modfile := browserModule(t)
	for _, pkgs := range patchedPackages(t) {
		upstream := declarations(t, "", native, pkgs...)
		copied := declarations(t, modfile, native, pkgs...)
		for _, p := range pkgs {
			up, cp := upstream[p], copied[p]
			for _, key := range sortedKeys(up) {
				if c, ok := cp[key]; !ok {
					t.Errorf("%s: the server build of the copy lacks %s", p, up[key].api)
				} else if c != up[key] {
					t.Errorf("%s: the server build of the copy changes %s:\n%s\nupstream:\n%s", p, key, c.source, up[key].source)
				}
			}
			for _, key := range sortedKeys(cp) {
				if _, ok := up[key]; !ok {
					t.Errorf("%s: the server build of the copy adds %s", p, cp[key].api)
				}
			}
		}
	}
}

func TestTheBrowserBuildOfTheAppLinksNoServerPackage(t *testing.T) {
	deps := "\n" + string(goRun(t, browser, "list", "-deps", "-modfile="+browserModule(t), "."))
	for _, server := range []string{"net/http", "crypto/tls", "text/template"} {
		if strings.Contains(deps, "\n"+server+"\n") {
			t.Errorf("the browser build links %s", server)
		}
	}
}

func TestItRefusesAVersionThatHasNoPatch(t *testing.T) {
	lib := libraries[0]
	m, err := pinned(lib.module)
	if err != nil {
		t.Fatal(err)
	}
	err = prepare(lib, "v10.1.12", m.Dir, filepath.Join(t.TempDir(), lib.name))
	if err == nil {
		t.Fatal("it copied go-app v10.1.12 with no patch for that version")
	}
	for _, want := range []string{lib.module, "v10.1.12", "go-app-v10.1.12.patch", "go-app-" + m.Version + ".patch"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not name %s: %v", want, err)
		}
	}
}

// An upstream change to a line the patch reads, here a copyright line put
// at the top of a file, stops the build, and the copy is left as it was
// copied: no file of the patch is applied while another does not apply.
func TestItRefusesAPatchThatNoLongerApplies(t *testing.T) {
	lib := libraries[1]
	m, err := pinned(lib.module)
	if err != nil {
		t.Fatal(err)
	}
	name, _ := patchOf(t, lib)
	src := filepath.Join(t.TempDir(), "upstream")
	if err := copyModule(m.Dir, src); err != nil {
		t.Fatal(err)
	}
	changed := filepath.Join(src, "i18n", "message_template.go")
	text, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(changed, append([]byte("// Copyright 2026 the go-i18n authors.\n"), text...), 0o644); err != nil {
		t.Fatal(err)
	}

	dst := filepath.Join(t.TempDir(), lib.name)
	err = prepare(lib, m.Version, src, dst)
	if err == nil {
		t.Fatal("the patch applied to a file it does not fit")
	}
	for _, want := range []string{name + ".patch", lib.module, m.Version, "i18n/message_template.go", "line 1 "} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not name %q: %v", want, err)
		}
	}
	bundle, err := os.ReadFile(filepath.Join(dst, "i18n", "bundle.go"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(string(bundle), "//go:build") {
		t.Error("bundle.go, earlier in the patch, was patched although the patch as a whole does not apply")
	}
}

// A failed run removes the module file an earlier run wrote, so that nothing
// builds against copies that no longer match go.mod; and it asks the go
// command named by $GO, as the Makefile passes it, not the one on $PATH.
func TestAFailedRunLeavesNoModuleFileBehind(t *testing.T) {
	root := repoRoot(t)
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A go command that answers as it would if go.mod pinned a version with
	// no patch.
	fakeGo := filepath.Join(dir, "fake-go")
	script := "#!/bin/sh\necho '{\"Path\": \"'\"$4\"'\", \"Version\": \"v10.1.12\", \"Dir\": \"" + dir + "\"}'\n"
	if err := os.WriteFile(fakeGo, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "go.mod"), []byte("module stale\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("GO", fakeGo)

	err := write(out)
	if err == nil || !strings.Contains(err.Error(), "v10.1.12") {
		t.Fatalf("write did not refuse the version $GO reported: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "go.mod")); !os.IsNotExist(err) {
		t.Errorf("the module file of the earlier run is still there (%v)", err)
	}
}
