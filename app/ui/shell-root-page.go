package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RootPage stands at the site root, which has no language of its own. The
// server redirects it before it renders; where no server can (a copy served
// from the offline cache or a static host), it opens the remembered language,
// else the best match for the browser's languages.
type RootPage struct {
	app.Compo

	lang string
}

// OnNav picks the language and replaces the address with its home page.
func (p *RootPage) OnNav(ctx app.Context) {
	p.lang = preferredLang(ctx)
	ctx.Page().SetLang(p.lang)
	ctx.Page().SetTitle(locale.T(p.lang, msgAppName))
	ctx.Page().SetDescription(locale.T(p.lang, msgHomeDescription))
	if app.IsClient {
		app.Window().Get("location").Call("replace", HomePath(p.lang))
	}
}

// Render shows a line while the browser moves on, and links in case it does not.
func (p *RootPage) Render() app.UI {
	lang := p.lang
	if lang == "" {
		lang = locale.Default
	}
	return app.Div().Class("shell").Body(
		app.Main().Class("page root-page").Body(
			app.P().Text(locale.T(lang, msgRedirecting)),
			app.Ul().Class("home-links").Body(
				app.Range(locale.Langs).Slice(func(i int) app.UI {
					l := locale.Langs[i]
					return app.Li().Lang(l).Body(app.A().Href(HomePath(l)).Text(locale.Autonym(l)))
				}),
			),
		),
	)
}
