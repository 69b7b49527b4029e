package locales

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

var langs = []string{"en", "ko", "ja"}

type message struct {
	Description string `toml:"description"`
	One         string `toml:"one"`
	Other       string `toml:"other"`
	Hash        string `toml:"hash"`
}

func load(t *testing.T, lang string) map[string]message {
	t.Helper()
	var msgs map[string]message
	data, err := Files.ReadFile("active." + lang + ".toml")
	if err != nil {
		t.Fatal(err)
	}
	md, err := toml.Decode(string(data), &msgs)
	if err != nil {
		t.Fatalf("active.%s.toml: %v", lang, err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Errorf("active.%s.toml: unknown fields %v", lang, u)
	}
	return msgs
}

func ids(m map[string]message) []string {
	out := make([]string, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// declared finds every i18n.Message literal in the program's Go code, as
// `goi18n extract` does, with the English it gives.
func declared(t *testing.T) map[string]message {
	t.Helper()
	found := map[string]message{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "e2e" || d.Name() == "tools" || d.Name() == "bin" || (strings.HasPrefix(d.Name(), ".") && path != "..")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			sel, ok := lit.Type.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Message" {
				return true
			}
			fields := map[string]string{}
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				key, isIdent := kv.Key.(*ast.Ident)
				if v, isLit := kv.Value.(*ast.BasicLit); ok && isIdent && isLit {
					fields[key.Name], _ = strconv.Unquote(v.Value)
				}
			}
			if id := fields["ID"]; id != "" {
				found[id] = message{Description: fields["Description"], One: fields["One"], Other: fields["Other"]}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func TestEveryLanguageHasExactlyTheDeclaredMessages(t *testing.T) {
	declared := ids(declared(t))
	if len(declared) < 20 {
		t.Fatalf("found only %d messages in the code; is the walk broken?", len(declared))
	}
	for _, lang := range langs {
		got := ids(load(t, lang))
		for _, id := range declared {
			if !slices.Contains(got, id) {
				t.Errorf("active.%s.toml lacks %q", lang, id)
			}
		}
		for _, id := range got {
			if !slices.Contains(declared, id) {
				t.Errorf("active.%s.toml has %q, which no code declares", lang, id)
			}
		}
	}
}

// The English file is what `make messages` writes from the code: a change
// made in one place only would be lost, or never shown.
func TestTheEnglishFileSaysWhatTheCodeDeclares(t *testing.T) {
	en := load(t, "en")
	for id, want := range declared(t) {
		if got := en[id]; got.Other != want.Other || got.One != want.One || got.Description != want.Description {
			t.Errorf("%s: active.en.toml has %+v, the code %+v", id, got, want)
		}
	}
}

func TestMessagesAreTranslatedAndDescribed(t *testing.T) {
	en := load(t, "en")
	for _, lang := range langs {
		for id, m := range load(t, lang) {
			if strings.TrimSpace(m.Other) == "" {
				t.Errorf("active.%s.toml: %s has no text", lang, id)
			}
			if strings.TrimSpace(m.Description) == "" {
				t.Errorf("active.%s.toml: %s has no description for translators", lang, id)
			}
			if lang != "en" && m.One != "" {
				t.Errorf("active.%s.toml: %s has a 'one' form, which %s does not use", lang, id, lang)
			}
			if e, ok := en[id]; ok && lang != "en" && e.Other == m.Other && !strings.Contains(e.Description, "Keep the Latin") {
				t.Errorf("active.%s.toml: %s is still the English text", lang, id)
			}
		}
	}
}
