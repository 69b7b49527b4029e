package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NotFoundPage answers an address that is no page of the app, in the
// address's language when it names one, else in the learner's language, with
// a way back in every language.
type NotFoundPage struct {
	app.Compo

	lang string
	path string
}

// OnNav works out the language and sets the document's title.
func (p *NotFoundPage) OnNav(ctx app.Context) {
	p.path = ctx.Page().URL().Path
	p.lang = LangOf(p.path)
	if p.lang == "" {
		p.lang = preferredLang(ctx)
	}
	title := locale.T(p.lang, msgNotFoundTitle)
	ctx.Page().SetLang(p.lang)
	ctx.Page().SetTitle(title + " · " + locale.T(p.lang, msgAppName))
	ctx.Page().SetDescription(locale.T(p.lang, msgNotFoundText))
}

// Render shows the message and the links home.
func (p *NotFoundPage) Render() app.UI {
	lang := p.lang
	if lang == "" {
		lang = locale.Default
	}
	return newShell().Lang(lang).Path(p.path).Content(
		app.Section().Class("not-found").Body(
			app.H1().Text(locale.T(lang, msgNotFoundTitle)),
			app.P().Text(locale.T(lang, msgNotFoundText)),
			app.Ul().Class("home-links").Body(
				app.Range(locale.Langs).Slice(func(i int) app.UI {
					l := locale.Langs[i]
					return app.Li().Lang(l).Body(
						app.A().Href(HomePath(l)).HrefLang(l).Text(locale.T(l, msgHome) + " — " + locale.Autonym(l)),
					)
				}),
			),
			app.P().Class("not-found-actions").Body(
				app.A().Class("button").Href(SearchPath(lang, "")).Body(searchIcon(), app.Text(locale.T(lang, msgSearch))),
			),
		),
	)
}
