package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// setPageMeta gives the document its language, title and description. Pages
// call it from OnNav, which runs both when the server pre-renders a page and
// after every navigation in the browser.
func setPageMeta(ctx app.Context, lang, title, description string) {
	// The word joiners that keep words whole on a page mean nothing in a
	// tab's title or a search result's description.
	title, description = locale.DropBreakHints(title), locale.DropBreakHints(description)
	full := locale.T(lang, msgAppName)
	if title != "" && title != full {
		full = title + " · " + full
	}
	ctx.Page().SetLang(lang)
	ctx.Page().SetTitle(full)
	ctx.Page().SetDescription(description)
	rememberLang(ctx, lang)
}

// contentError stands in for a page's content when the course cannot be
// loaded, which the tests keep from happening in a release.
func contentError(lang string) app.UI {
	return app.P().Class("error").Attr("role", "alert").Text(locale.T(lang, msgContentError))
}
