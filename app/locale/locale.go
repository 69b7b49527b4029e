// Package locale knows the languages the app speaks: it loads the go-i18n
// bundle, matches a visitor's preferences to a supported language and formats
// numbers, money and dates the way each language writes them.
package locale

import (
	"fmt"
	"io/fs"
	"log"
	"slices"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/cxopath/cxopath/locales"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Default is the language used when nothing better is known.
const Default = "en"

// Langs lists the supported languages in the order the switcher shows them.
var Langs = []string{"en", "ko", "ja"}

// Tags holds the language tags of Langs, in the same order.
var Tags = []language.Tag{language.English, language.Korean, language.Japanese}

// Supported reports whether lang is one of Langs.
func Supported(lang string) bool { return slices.Contains(Langs, lang) }

var (
	loadOnce   sync.Once
	bundle     *i18n.Bundle
	loadErr    error
	localizers = map[string]*i18n.Localizer{}
)

// Bundle returns the go-i18n bundle with every embedded message file loaded.
func Bundle() (*i18n.Bundle, error) {
	loadOnce.Do(func() {
		bundle, loadErr = LoadBundle(locales.Files)
		for _, lang := range Langs {
			localizers[lang] = i18n.NewLocalizer(bundle, lang)
		}
	})
	return bundle, loadErr
}

// LoadBundle reads every active.<lang>.toml of Langs from fsys.
func LoadBundle(fsys fs.FS) (*i18n.Bundle, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, lang := range Langs {
		name := "active." + lang + ".toml"
		if _, err := b.LoadMessageFileFS(fsys, name); err != nil {
			return b, fmt.Errorf("loading messages %s: %w", name, err)
		}
	}
	return b, nil
}

func localizer(lang string) *i18n.Localizer {
	if _, err := Bundle(); err != nil {
		log.Printf("locale: %v", err)
	}
	if l, ok := localizers[lang]; ok {
		return l
	}
	return localizers[Default]
}

// T returns message m in lang, filled with data. A message missing from the
// language's file falls back to the English text in m and is logged, never a
// panic: tests make sure it does not happen.
func T(lang string, m *i18n.Message, data ...map[string]any) string {
	return localize(lang, m, nil, data)
}

// N is T for a message with plural forms chosen by count, which is also
// available to the message as {{.Count}}.
func N(lang string, m *i18n.Message, count int, data ...map[string]any) string {
	return localize(lang, m, count, data)
}

func localize(lang string, m *i18n.Message, count any, data []map[string]any) string {
	td := map[string]any{}
	for _, d := range data {
		for k, v := range d {
			td[k] = v
		}
	}
	if count != nil {
		td["Count"] = Number(lang, count.(int))
	}
	s, err := localizer(lang).Localize(&i18n.LocalizeConfig{
		DefaultMessage: m,
		TemplateData:   td,
		PluralCount:    count,
	})
	if err != nil {
		log.Printf("locale: message %q in %s: %v", m.ID, lang, err)
	}
	return s
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
