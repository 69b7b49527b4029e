package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// themeSwitcher lets the learner choose light or dark, or follow the
// device. The choice is kept on the device; web/js/theme.js applies it
// before the next page is painted.
type themeSwitcher struct {
	app.Compo

	ILang string
	IID   string // the id of its label, unique on the page

	theme string // "", "light" or "dark"
}

func newThemeSwitcher() *themeSwitcher { return &themeSwitcher{} }

// Lang sets the language of the labels.
func (s *themeSwitcher) Lang(v string) *themeSwitcher { s.ILang = v; return s }

// ID sets the id of the switcher's label; two switchers on a page need two.
func (s *themeSwitcher) ID(v string) *themeSwitcher { s.IID = v; return s }

// OnMount reads the choice kept on the device and follows changes made by
// any other switcher on the page.
func (s *themeSwitcher) OnMount(ctx app.Context) {
	var theme string
	if err := ctx.LocalStorage().Get(themeKey, &theme); err == nil && (theme == "light" || theme == "dark") {
		s.theme = theme
	}
	ctx.ObserveState(stateTheme, &s.theme)
}

func (s *themeSwitcher) choose(theme string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		s.theme = theme
		ctx.SetState(stateTheme, theme)
		root := app.Window().Get("document").Get("documentElement")
		if theme == "" {
			root.Call("removeAttribute", "data-theme")
			ctx.LocalStorage().Del(themeKey)
			return
		}
		root.Call("setAttribute", "data-theme", theme)
		if err := ctx.LocalStorage().Set(themeKey, theme); err != nil {
			app.Log("keeping the theme:", err)
		}
	}
}

func (s *themeSwitcher) Render() app.UI {
	options := []struct {
		theme string
		label *i18n.Message
	}{{"", msgThemeSystem}, {"light", msgThemeLight}, {"dark", msgThemeDark}}
	buttons := make([]app.UI, 0, len(options))
	for _, o := range options {
		buttons = append(buttons, app.Button().Type("button").Class("theme-option").
			Aria("pressed", s.theme == o.theme).OnClick(s.choose(o.theme)).Text(locale.T(s.ILang, o.label)))
	}
	return app.Div().Class("theme-switcher").Attr("role", "group").Aria("labelledby", s.IID).Body(
		app.Span().ID(s.IID).Text(locale.T(s.ILang, msgTheme)),
		app.Div().Class("theme-options").Body(buttons...),
	)
}
