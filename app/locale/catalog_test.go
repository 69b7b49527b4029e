//go:build !wasm

package locale

import (
	"bytes"
	"maps"
	"os"
	"regexp"
	"testing"

	"github.com/cxopath/cxopath/locales"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

func TestTheGeneratedCatalogMatchesTheMessageFiles(t *testing.T) {
	want, err := CatalogSource(locales.Files)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("catalog_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("catalog_gen.go is stale: run `make messages` (or `go generate ./app/locale`)")
	}
}

// Every message reads as go-i18n would render it, but for the marks that
// glue its middle dots (KeepDots) and its words (KeepWords).
func TestEveryMessageReadsAsGoI18nWouldRenderIt(t *testing.T) {
	bundle, files, err := LoadBundle(locales.Files)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		lang := Langs[i]
		loc := i18n.NewLocalizer(bundle, lang)
		for _, m := range f.Messages {
			data := map[string]any{}
			for _, name := range placeholderName.FindAllStringSubmatch(m.Other+m.One, -1) {
				data[name[1]] = "<" + name[1] + ">"
			}
			want, err := loc.Localize(&i18n.LocalizeConfig{MessageID: m.ID, TemplateData: data, Funcs: ParticleFuncs})
			if err != nil {
				t.Fatalf("%s %s: %v", lang, m.ID, err)
			}
			// The marks that steer line breaks are set on the message as
			// written, before its placeholders are filled: compare without.
			if got := T(lang, &i18n.Message{ID: m.ID}, data); DropBreakHints(got) != DropBreakHints(want) {
				t.Errorf("%s %s: T gives %q, go-i18n %q", lang, m.ID, got, want)
			}
			if m.One == "" && m.Few == "" && m.Many == "" && m.Two == "" && m.Zero == "" {
				continue
			}
			delete(data, "Count")
			for _, n := range []int{0, 1, 2, 5, 11, 21, 101, 1000} {
				counted := maps.Clone(data)
				counted["Count"] = Number(lang, n)
				want, err := loc.Localize(&i18n.LocalizeConfig{
					MessageID:    m.ID,
					PluralCount:  n,
					TemplateData: counted,
					Funcs:        ParticleFuncs,
				})
				if err != nil {
					t.Fatalf("%s %s %d: %v", lang, m.ID, n, err)
				}
				if got := N(lang, &i18n.Message{ID: m.ID}, n, data); DropBreakHints(got) != DropBreakHints(want) {
					t.Errorf("%s %s with %d: N gives %q, go-i18n %q", lang, m.ID, n, got, want)
				}
			}
		}
	}
}

var placeholderName = regexp.MustCompile(`\{\{\s*(?:particle\s+)?\.(\w+)[^}]*\}\}`)

func TestAMissingMessageFallsBackToTheTextInTheCode(t *testing.T) {
	m := &i18n.Message{ID: "NoSuchMessage", One: "{{.Count}} thing", Other: "{{.Count}} things"}
	if got := N("ko", m, 3); got != "3 things" {
		t.Errorf("N = %q", got)
	}
	if got := T("xx", &i18n.Message{ID: "Home", Other: "fallback"}); got != "fallback" {
		t.Errorf("an unknown language gives %q", got)
	}
}

func TestFill(t *testing.T) {
	tests := []struct{ text, want string }{
		{"{{.A}} and {{ .B }}", "1 and 2"},
		{"no placeholders", "no placeholders"},
		{"{{.Missing}}!", "!"},
		{"broken {{.A", "broken {{.A"},
	}
	for _, tt := range tests {
		if got := fill(tt.text, map[string]string{"A": "1", "B": "2"}); got != tt.want {
			t.Errorf("fill(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
