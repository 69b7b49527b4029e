package ui

import (
	"net/url"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/search"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// maxResults is how many results search shows.
const maxResults = 30

// SearchPage finds lessons, glossary terms, roles and interview questions
// in the page's language as the learner types. The query lives in the
// address, so a search can be bookmarked, and the pre-rendered page already
// shows its results.
type SearchPage struct {
	app.Compo

	Lang string

	query string
}

// OnNav sets the document's language, title and description, and reads the
// query from the address.
func (p *SearchPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgSearch), locale.T(p.Lang, msgSearchDescription))
	p.query = ctx.Page().URL().Query().Get("q")
	ctx.Defer(func(app.Context) { focusIn(app.Window().GetElementByID("search-box"), "#search-box") })
}

// typed searches as the learner types, and keeps the query in the address
// without adding to the history.
func (p *SearchPage) typed(ctx app.Context, e app.Event) {
	if e.Get("isComposing").Truthy() {
		return // an input method is still composing: search when it is done
	}
	p.query = ctx.JSSrc().Get("value").String()
	u := *ctx.Page().URL()
	q := url.Values{}
	if p.query != "" {
		q.Set("q", p.query)
	}
	u.RawQuery = q.Encode()
	// The address follows the results once they are drawn, so the two never
	// disagree (a reload, a copied link, a test reading the address).
	ctx.Defer(func(ctx app.Context) { ctx.Page().ReplaceURL(&u) })
}

// submitted keeps Enter from reloading the page: results are already there.
func (p *SearchPage) submitted(ctx app.Context, e app.Event) { e.PreventDefault() }

// kindNames name each kind of result.
var kindNames = map[search.Kind]*i18n.Message{
	search.Lesson:   msgKindLesson,
	search.Term:     msgKindTerm,
	search.Role:     msgKindRole,
	search.Question: msgKindQuestion,
}

// Render shows the search box and the results.
func (p *SearchPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(SearchPath(lang, p.query))
	course, err := content.Default()
	if err != nil {
		return page.Content(contentError(lang))
	}
	var results []search.Result
	if p.query != "" {
		results = searchIndex(course, lang).Search(p.query, maxResults)
	}
	status := ""
	switch {
	case p.query != "" && len(results) == 0:
		status = locale.T(lang, msgNoResults, map[string]any{"Query": p.query})
	case p.query != "":
		status = locale.N(lang, msgResultCount, len(results))
	}
	items := make([]app.UI, len(results))
	for i, r := range results {
		items[i] = app.Li().Class("search-result").Body(
			app.Span().Class("tag").Text(locale.T(lang, kindNames[r.Doc.Kind])),
			app.A().Href(resultPath(lang, r.Doc)).Body(marked(r.Doc.Title, r.TitleMarks)...),
			app.If(r.Snippet != "", func() app.UI {
				return app.P().Class("search-snippet").Body(marked(r.Snippet, r.Marks)...)
			}),
		)
	}
	return page.Content(
		app.H1().Text(locale.T(lang, msgSearch)),
		app.Form().Class("search-form").Attr("role", "search").Action(SearchPath(lang, "")).Method("get").OnSubmit(p.submitted).Body(
			app.Label().For("search-box").Text(locale.T(lang, msgSearchLabel)),
			app.Input().Type("search").ID("search-box").Name("q").Value(p.query).
				AutoComplete(false).Spellcheck(false).
				Aria("describedby", "search-hint").
				OnInput(p.typed).
				On("compositionend", p.typed),
			app.P().ID("search-hint").Class("muted").Text(locale.T(lang, msgSearchHint)),
		),
		app.P().Class("search-status").Attr("role", "status").Text(status),
		app.Ol().Class("search-results").Body(items...),
	)
}

// marked writes text with its matches in <mark>.
func marked(text string, spans []search.Span) []app.UI {
	runes := []rune(text)
	var out []app.UI
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End > len(runes) {
			continue
		}
		if s.Start > at {
			out = append(out, app.Text(string(runes[at:s.Start])))
		}
		out = append(out, app.Mark().Text(string(runes[s.Start:s.End])))
		at = s.End
	}
	if at < len(runes) {
		out = append(out, app.Text(string(runes[at:])))
	}
	return out
}
