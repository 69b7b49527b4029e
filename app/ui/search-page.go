package ui

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/search"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// echoedQuery is how many characters of a query that finds nothing the page
// repeats.
const echoedQuery = 40

// SearchPage finds lessons, glossary terms, roles and interview questions
// in the page's language as the learner types. The query lives in the
// address, so a search can be bookmarked, and the pre-rendered page already
// shows its results.
type SearchPage struct {
	app.Compo

	Lang string

	query   string
	opened  map[search.Kind]bool // the kinds of result shown in full
	mounted app.Context          // outlives the buttons that show a whole kind
	arrived int                  // stateCourseText: lessons are searched once their text is here
}

// OnMount keeps the page's context, for what follows a click on a button
// that is gone once clicked, and redraws when the lessons' text arrives.
func (p *SearchPage) OnMount(ctx app.Context) {
	p.mounted = ctx
	ctx.ObserveState(stateCourseText, &p.arrived)
}

// OnNav sets the document's language, title and description, and reads the
// query from the address.
func (p *SearchPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgSearch), locale.T(p.Lang, msgSearchDescription))
	ensureText(ctx, p.Lang)
	p.query, p.opened = search.Clip(ctx.Page().URL().Query().Get("q")), nil
	ctx.Defer(func(app.Context) { focusIn(app.Window().GetElementByID("search-box"), "#search-box") })
}

// typed searches as the learner types, and keeps the query in the address
// without adding to the history.
func (p *SearchPage) typed(ctx app.Context, e app.Event) {
	if e.Get("isComposing").Truthy() {
		return // an input method is still composing: search when it is done
	}
	p.query, p.opened = search.Clip(ctx.JSSrc().Get("value").String()), nil
	u := *ctx.Page().URL()
	q := url.Values{}
	if strings.TrimSpace(p.query) != "" {
		q.Set("q", p.query)
	}
	u.RawQuery = q.Encode()
	// The address follows the results once they are drawn, so the two never
	// disagree (a reload, a copied link, a test reading the address).
	ctx.Defer(func(ctx app.Context) { ctx.Page().ReplaceURL(&u) })
}

// submitted keeps Enter from reloading the page: results are already there.
func (p *SearchPage) submitted(ctx app.Context, e app.Event) { e.PreventDefault() }

// Render shows the search box and the results.
func (p *SearchPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(SearchPath(lang, p.query))
	course, err := content.Default()
	if err != nil {
		return page.Content(contentError(lang))
	}
	query := strings.TrimSpace(p.query)
	var results []search.Result
	if query != "" {
		results = searchIndex(course, lang).Search(query)
	}
	status := ""
	switch {
	case query != "" && len(results) == 0:
		echo := query
		if runes := []rune(echo); len(runes) > echoedQuery {
			echo = string(runes[:echoedQuery]) + "…"
		}
		status = locale.T(lang, msgNoResults, map[string]any{"Query": echo})
	case query != "":
		status = locale.N(lang, msgResultCount, len(results))
	}
	groups := groupResults(results)
	sections := make([]app.UI, len(groups))
	for i, g := range groups {
		sections[i] = p.group(lang, g)
	}
	return page.Content(
		app.H1().Text(locale.T(lang, msgSearch)),
		app.Form().Class("search-form").Attr("role", "search").Action(SearchPath(lang, "")).Method("get").OnSubmit(p.submitted).Body(
			app.Label().For("search-box").Text(locale.T(lang, msgSearchLabel)),
			app.Input().Type("search").ID("search-box").Name("q").Value(p.query).MaxLength(search.MaxQuery).
				AutoComplete(false).Spellcheck(false).
				Aria("describedby", "search-hint").
				OnInput(p.typed).
				On("compositionend", p.typed),
			app.P().ID("search-hint").Class("muted").Text(locale.T(lang, msgSearchHint)),
		),
		app.P().Class("search-status").Attr("role", "status").Text(status),
		app.Div().Class("search-groups").Body(sections...),
	)
}

// marked writes text, in a page in lang, with its matches in <mark>.
func marked(lang, text string, spans []search.Span) []app.UI {
	// The spans count the runes of text as search read it: a title comes
	// without its break marks, a snippet as search cut it. Each piece gets
	// its katakana glued (locale.GlueKatakana).
	runes := []rune(text)
	piece := func(r []rune) string {
		if lang == "ja" {
			return locale.GlueKatakana(string(r))
		}
		return string(r)
	}
	var out []app.UI
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End > len(runes) {
			continue
		}
		if s.Start > at {
			out = append(out, withKorean(lang, []rune(piece(runes[at:s.Start])))...)
		}
		out = append(out, app.Mark().Text(piece(runes[s.Start:s.End])))
		at = s.End
	}
	if at < len(runes) {
		out = append(out, withKorean(lang, []rune(piece(runes[at:])))...)
	}
	return out
}

// withKorean writes text, in a page in lang other than Korean, with each
// run of Korean in a span that says so (a glossary entry's Korean name in
// a Japanese result), so that it breaks between words as Korean does.
func withKorean(lang string, text []rune) []app.UI {
	korean := func(i int) bool { return i < len(text) && unicode.Is(unicode.Hangul, text[i]) }
	var out []app.UI
	start := 0
	for i := 0; lang != "ko" && i < len(text); i++ {
		if !korean(i) {
			continue
		}
		end := i
		for korean(end) || end < len(text) && text[end] == ' ' && korean(end+1) {
			end++
		}
		if i > start {
			out = append(out, app.Text(string(text[start:i])))
		}
		out = append(out, app.Span().Lang("ko").Text(string(text[i:end])))
		start, i = end, end
	}
	if start < len(text) {
		out = append(out, app.Text(string(text[start:])))
	}
	return out
}
