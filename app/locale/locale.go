// Package locale knows the languages the app speaks: it looks up interface
// messages, matches a visitor's preferences to a supported language and
// formats numbers, money and dates the way each language writes them.
//
// The messages are go-i18n message files (locales/active.<lang>.toml), but
// the app does not link go-i18n's localizer, which brings text/template with
// it: in a hello-world WASM that was 4.7 MB raw and 0.58 MB brotli more
// (DESIGN.md's measurements). `go generate` compiles the files into catalog_gen.go, and
// the tests check that every lookup here gives what go-i18n itself gives.
package locale

import (
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

//go:generate go run ../../tools/genmessages

// Default is the language used when nothing better is known.
const Default = "en"

// Langs lists the supported languages in the order the switcher shows them.
var Langs = []string{"en", "ko", "ja"}

// Tags holds the language tags of Langs, in the same order.
var Tags = []language.Tag{language.English, language.Korean, language.Japanese}

// Supported reports whether lang is one of Langs.
func Supported(lang string) bool { return slices.Contains(Langs, lang) }

func tag(lang string) language.Tag {
	if i := slices.Index(Langs, lang); i >= 0 {
		return Tags[i]
	}
	return Tags[0]
}

// Autonym is the name of lang in that language itself, as a language menu
// shows it whatever the page's language.
func Autonym(lang string) string {
	switch lang {
	case "ko":
		return "한국어"
	case "ja":
		return "日本語"
	}
	return "English"
}

// forms are the plural forms of one message in one language.
type forms struct {
	Zero, One, Two, Few, Many, Other string
}

func (f forms) pick(form plural.Form) string {
	var s string
	switch form {
	case plural.Zero:
		s = f.Zero
	case plural.One:
		s = f.One
	case plural.Two:
		s = f.Two
	case plural.Few:
		s = f.Few
	case plural.Many:
		s = f.Many
	}
	if s == "" {
		s = f.Other
	}
	return s
}

// T returns message m in lang, filled with data. A message missing from the
// language's file falls back to the English text in m and is logged, never a
// panic: tests make sure it does not happen.
func T(lang string, m *i18n.Message, data ...map[string]any) string {
	return localize(lang, m, -1, data)
}

// N is T for a message with plural forms chosen by count (CLDR rules), which
// is also available to the message as {{.Count}}.
func N(lang string, m *i18n.Message, count int, data ...map[string]any) string {
	return localize(lang, m, count, data)
}

func localize(lang string, m *i18n.Message, count int, data []map[string]any) string {
	f, ok := catalog[lang][m.ID]
	if !ok {
		warn("no message " + strconv.Quote(m.ID) + " in " + lang)
		f = forms{Zero: m.Zero, One: m.One, Two: m.Two, Few: m.Few, Many: m.Many, Other: m.Other}
	}
	text := f.Other
	vars := map[string]string{}
	if count >= 0 {
		text = f.pick(plural.Cardinal.MatchPlural(tag(lang), count, 0, 0, 0, 0))
		vars["Count"] = Number(lang, count)
	}
	for _, d := range data {
		for k, v := range d {
			switch v := v.(type) {
			case string:
				vars[k] = v
			case int:
				vars[k] = strconv.Itoa(v)
			default:
				warn("message " + strconv.Quote(m.ID) + ": value " + strconv.Quote(k) + " is neither a string nor an int")
			}
		}
	}
	return KeepDots(fill(text, vars))
}

// warn writes a line to standard error, which a browser shows in its
// console. Package log would do it too, but takes about 35 KB raw (3 KB
// with brotli) of app.wasm for lines no learner reads.
func warn(line string) { os.Stderr.WriteString("locale: " + line + "\n") }

// fill replaces each {{.Name}} in text by vars[Name], and
// {{particle .Name "을/를"}} by vars[Name] followed by the Korean particle's
// form that suits it: the two template forms the message files use (a test
// holds them to it).
func fill(text string, vars map[string]string) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	var b strings.Builder
	for {
		start := strings.Index(text, "{{")
		if start < 0 {
			break
		}
		end := strings.Index(text[start:], "}}")
		if end < 0 {
			break
		}
		name := strings.TrimSpace(text[start+2 : start+end])
		b.WriteString(text[:start])
		// {{particle .Role "과/와"}}: the value, then the Korean particle's
		// form that follows it (go-i18n renders it with ParticleFuncs).
		if args := strings.Fields(name); len(args) == 3 && args[0] == "particle" {
			value := vars[strings.TrimPrefix(args[1], ".")]
			b.WriteString(value + Particle(value, strings.Trim(args[2], `"`)))
		} else {
			b.WriteString(vars[strings.TrimPrefix(name, ".")])
		}
		text = text[start+end+2:]
	}
	b.WriteString(text)
	return b.String()
}
