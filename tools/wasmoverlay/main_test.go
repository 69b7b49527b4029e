package main

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTheNotesForTranslatorsAreTakenOutAndNothingElse(t *testing.T) {
	src := []byte(`//go:build js

package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// msgHello greets.
var msgHello = &i18n.Message{
	ID:          "Hello",
	Description: "A greeting; {{.Name}} is a name.",
	Other:       "Hello, {{.Name}}",
}

var other = struct{ Description string }{Description: "kept"}
`)
	got, changed, err := strip("hello.go", src)
	if err != nil || !changed {
		t.Fatalf("strip: changed %v, %v", changed, err)
	}
	for _, want := range []string{"//go:build js", "// msgHello greets.", `ID: "Hello"`, `Other: "Hello, {{.Name}}"`, `Description: "kept"`} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("the copy lost %q:\n%s", want, got)
		}
	}
	if bytes.Contains(got, []byte("A greeting")) {
		t.Errorf("the copy keeps the note:\n%s", got)
	}
}

func TestAFileWithoutMessagesIsLeftAsItIs(t *testing.T) {
	src := []byte("package ui\n\nvar Description = 1\n")
	if got, changed, err := strip("plain.go", src); err != nil || changed || !bytes.Equal(got, src) {
		t.Errorf("strip changed a file without messages: %v, %v", changed, err)
	}
}

func TestAFileThatDoesNotParseStopsTheOverlay(t *testing.T) {
	if _, _, err := strip("broken.go", []byte("package ui\nvar m = &i18n.Message{ID: \n")); err == nil {
		t.Error("strip took a file that does not parse")
	}
}

// The app's own message files come out with no note left and every message
// still declared.
func TestTheAppsMessagesLoseOnlyTheirNotes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "overlay")
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	if err := run(out, []string{"app/..."}); err != nil {
		t.Fatal(err)
	}
	copies, _ := filepath.Glob(filepath.Join(out, "app", "ui", "*.go"))
	if len(copies) < 10 {
		t.Fatalf("%d copies of app/ui's files, want the message files", len(copies))
	}
	for _, c := range copies {
		rel, _ := filepath.Rel(out, c)
		orig, err := os.ReadFile(rel)
		if err != nil {
			t.Fatal(err)
		}
		copied, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := parser.ParseFile(token.NewFileSet(), c, copied, parser.ParseComments); err != nil {
			t.Errorf("%s does not parse: %v", rel, err)
		}
		if n, m := strings.Count(string(orig), "i18n.Message{"), strings.Count(string(copied), "i18n.Message{"); n != m {
			t.Errorf("%s declares %d messages, its copy %d", rel, n, m)
		}
		if strings.Contains(string(copied), "Description:") {
			t.Errorf("%s keeps a note", rel)
		}
	}
	if _, err := os.Stat(out + ".json"); err != nil {
		t.Errorf("no overlay file: %v", err)
	}
}
