package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// langSwitcher links to the current page in every language, each named in
// its own language (on a phone by its short name). Plain links, so it works before the app has loaded.
type langSwitcher struct {
	app.Compo

	ILang string
	IPath string
}

func newLangSwitcher() *langSwitcher { return &langSwitcher{} }

// Lang sets the language of the current page.
func (s *langSwitcher) Lang(v string) *langSwitcher { s.ILang = v; return s }

// Path sets the address of the current page.
func (s *langSwitcher) Path(v string) *langSwitcher { s.IPath = v; return s }

// langShort are the languages' names as a phone's header shows them: the
// first letter of the autonym in Korean and Japanese, the code in English.
var langShort = map[string]string{"en": "EN", "ko": "한", "ja": "日"}

func (s *langSwitcher) Render() app.UI {
	return app.Nav().Class("lang-switcher").Aria("label", locale.T(s.ILang, msgLanguage)).Body(
		app.Ul().Body(
			app.Range(locale.Langs).Slice(func(i int) app.UI {
				lang := locale.Langs[i]
				a := app.A().
					Href(SwitchLang(s.IPath, lang)).
					OnClick(s.follow(lang)).
					Lang(lang).
					HrefLang(lang).
					DataSet("short", langShort[lang]).
					Text(locale.Autonym(lang))
				if lang == s.ILang {
					a = a.Aria("current", "page")
				}
				return app.Li().Body(a)
			}),
		),
	)
}

// follow points the link at the section being read, else at the address's
// own #fragment (shared results, a glossary term), just before the app
// follows it, so the learner lands where they were.
func (s *langSwitcher) follow(lang string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		fragment := readingSection()
		if fragment == "" {
			fragment = strings.TrimPrefix(app.Window().Get("location").Get("hash").String(), "#")
		}
		if fragment == "" {
			return
		}
		if a := e.Get("target").Call("closest", "a"); a.Truthy() {
			a.Set("href", SwitchLang(s.IPath, lang)+"#"+fragment)
		}
	}
}
