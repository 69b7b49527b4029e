package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NotFoundPage answers an address that is no page of the app, in the
// address's language when it names one, else in the learner's language: a
// compass, one sentence, a search box (a plain form, so it works before
// the app runs), the way home, home in the other languages, and places to
// start.
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

// search opens the search page for what was typed, inside the app.
func (p *NotFoundPage) search(ctx app.Context, e app.Event) {
	e.PreventDefault()
	q := strings.TrimSpace(app.Window().GetElementByID("lost-search").Get("value").String())
	ctx.Navigate(SearchPath(p.language(), q))
}

func (p *NotFoundPage) language() string {
	if p.lang == "" {
		return locale.Default
	}
	return p.lang
}

// Render shows the message, the search box and the ways home.
func (p *NotFoundPage) Render() app.UI {
	lang := p.language()
	var others []app.UI
	for _, l := range locale.Langs {
		if l != lang {
			others = append(others, app.Li().Lang(l).Body(
				app.A().Href(HomePath(l)).HrefLang(l).Text(locale.T(l, msgHome)+" — "+locale.Autonym(l)),
			))
		}
	}
	return newShell().Lang(lang).Path(p.path).Content(
		app.Section().Class("not-found").Body(
			app.H1().Text(locale.T(lang, msgNotFoundTitle)),
			app.P().Text(locale.T(lang, msgNotFoundText)),
			app.Form().Class("not-found-search").Attr("role", "search").Action(SearchPath(lang, "")).Method("get").OnSubmit(p.search).Body(
				app.Label().For("lost-search").Class("visually-hidden").Text(locale.T(lang, msgSearchLabel)),
				app.Input().Type("search").ID("lost-search").Name("q").AutoComplete(false).Placeholder(locale.T(lang, msgNotFoundPlaceholder)),
				app.Button().Type("submit").Class("button").Body(searchIcon(), app.Text(locale.T(lang, msgSearch))),
			),
			app.P().Class("not-found-actions").Body(homeButton(lang)),
			app.Ul().Class("home-links").Body(others...),
		),
		notFoundSuggestions(lang),
	)
}

// homeButton is the way home from a page that could not show what was
// asked for: the not-found page and the page whose text did not arrive.
func homeButton(lang string) app.UI {
	return app.A().Class("button-secondary icon icon-home").Href(HomePath(lang)).Text(locale.T(lang, msgHome))
}
