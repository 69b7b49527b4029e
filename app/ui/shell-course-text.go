package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Each language's lesson text is a file of its own, not part of app.wasm
// (see content.TextFile). The app fetches the page's languages before it
// starts (LoadText); once the service worker keeps the app, the other
// languages too, so that switching language needs no network; and any
// language a page needs that has not arrived yet (ensureText). Pages that
// show lesson text observe stateCourseText, so they redraw when a language
// arrives.

// textStatus is what became of a language's text in this tab.
type textStatus int

const (
	textMissing textStatus = iota
	textLoading
	textFailed
)

// textLoads follows the text files of the one course the app decodes
// (content.Default) in this tab.
var textLoads = struct {
	status   map[string]textStatus // by language
	arrivals int                   // files arrived or failed: the value of stateCourseText
	ctx      app.Context           // the page that asked last, which is still there to redraw
}{status: map[string]textStatus{}}

// ensureText fetches the lesson text of each language given that the
// course does not have yet; when one arrives (or fails), pages observing
// stateCourseText redraw, and a page opened at a #section is brought back
// to it.
func ensureText(ctx app.Context, langs ...string) {
	course, err := content.Default()
	if err != nil || !app.IsClient {
		return
	}
	textLoads.ctx = ctx
	for _, lang := range langs {
		if course.HasText(lang) || textLoads.status[lang] == textLoading || course.TextVersions[lang] == "" {
			continue
		}
		textLoads.status[lang] = textLoading
		fetchBytes(TextPath(course, lang), func(data []byte, err error) {
			textLoads.ctx.Dispatch(func(ctx app.Context) {
				attachText(course, lang, data, err)
				textLoads.arrivals++
				ctx.SetState(stateCourseText, textLoads.arrivals)
				if id := ctx.Page().URL().Fragment; id != "" {
					ctx.Defer(func(app.Context) { app.Window().ScrollToID(id) })
				}
			})
		})
	}
}

// prefetchText fetches every language's text once the service worker keeps
// the app (and so the files): from then on it costs no network, and a
// first visit does not download the files twice.
func prefetchText(ctx app.Context) {
	if !app.IsClient {
		return
	}
	if sw := app.Window().Get("navigator").Get("serviceWorker"); sw.Truthy() {
		await(ctx, sw.Get("ready"), func(app.Value) { ensureText(ctx, locale.Langs...) }, nil)
	}
}

// attachText gives the course a fetched text file, or notes that lang's
// text could not be had (err, or a file of another version).
func attachText(course *content.Course, lang string, data []byte, err error) {
	if err == nil {
		err = course.AttachText(lang, data)
	}
	textLoads.status[lang] = textMissing
	if err != nil {
		app.Log("loading the lessons in", lang+":", err)
		textLoads.status[lang] = textFailed
	}
}

// textFailedIn reports whether the lesson text in lang could not be fetched.
func textFailedIn(lang string) bool { return textLoads.status[lang] == textFailed }

// textPreload starts the download of the lesson text in lang as soon as the
// pre-rendered page is read, so that it is there when the app starts
// (LoadText waits for it) instead of being asked for only then: on a slow
// link that is a round trip and a file's transfer sooner.
func textPreload(lang string) app.UI {
	course, err := content.Default()
	if err != nil {
		return nil
	}
	return app.Link().Rel("preload").Href(TextPath(course, lang)).As("fetch").CrossOrigin("anonymous")
}

// TextUnavailablePage stands in for a page whose language's text did not
// arrive (see textFirst): it says so, in that language, and offers to
// reload, which fetches the text again.
type TextUnavailablePage struct {
	app.Compo

	Lang string
	path string
}

// OnNav notes the address, for the language switcher, and titles the page.
func (p *TextUnavailablePage) OnNav(ctx app.Context) {
	p.path = ctx.Page().URL().Path
	ctx.Page().SetLang(p.Lang)
	ctx.Page().SetTitle(locale.T(p.Lang, msgTextMissingTitle) + " · " + locale.T(p.Lang, msgAppName))
}

// Render says what did not arrive and offers to reload, or to go home.
func (p *TextUnavailablePage) Render() app.UI {
	lang := p.Lang
	return newShell().Lang(lang).Path(p.path).Content(
		app.Section().Class("not-found text-missing").Attr("role", "alert").Body(
			app.H1().Text(locale.T(lang, msgTextMissingTitle)),
			app.P().Text(locale.T(lang, msgTextMissing)),
			app.P().Class("not-found-actions").Body(
				app.Button().Type("button").Class("button icon icon-update").OnClick(reload).Text(locale.T(lang, msgTextMissingReload)),
				homeButton(lang),
			),
		),
	)
}
