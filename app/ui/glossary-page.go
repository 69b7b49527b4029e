package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/search"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// GlossaryPage explains every term the lessons use, with the term's name in
// the other languages beside it, each marked with its language. The terms
// are filed under their initials (A–Z, 가나다, あかさたな) with a bar of
// links to each, and a filter narrows them as the learner types.
type GlossaryPage struct {
	app.Compo

	Lang string

	query string          // the filter as typed
	open  map[string]bool // terms whose whole definition a phone shows
}

// OnNav sets the document's language, title and description.
func (p *GlossaryPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgGlossary), locale.T(p.Lang, msgGlossaryDescription))
}

// typed narrows the list to what the filter says, once an input method
// has finished composing.
func (p *GlossaryPage) typed(ctx app.Context, e app.Event) {
	if e.Get("isComposing").Truthy() {
		return
	}
	p.query = ctx.JSSrc().Get("value").String()
}

// clear shows every term again.
func (p *GlossaryPage) clear(ctx app.Context, e app.Event) {
	p.query = ""
	app.Window().GetElementByID("glossary-filter").Call("focus")
}

// matches says whether t, in lang, contains the folded query q: in its
// term, reading, definition or its names in the other languages.
func matches(lang string, t *content.Term, q string) bool {
	if q == "" {
		return true
	}
	text := t.Text[lang]
	hay := []string{text.Term, text.Reading, text.Definition}
	for _, other := range locale.Langs {
		if other != lang {
			hay = append(hay, t.Text[other].Term)
		}
	}
	return strings.Contains(search.Fold(strings.Join(hay, "\n")), q)
}

// Render lists the terms under their initials, as far as the filter lets.
func (p *GlossaryPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(GlossaryPath(lang))
	course, err := content.Default()
	if err != nil {
		return page.Content(contentError(lang))
	}
	q := search.Fold(strings.TrimSpace(p.query))
	var sections []glossarySection
	count := 0
	for _, s := range glossarySections(lang, course.Glossary) {
		var shown []*content.Term
		for _, t := range s.Terms {
			if matches(lang, t, q) {
				shown = append(shown, t)
			}
		}
		count += len(shown)
		sections = append(sections, glossarySection{Initial: s.Initial, Terms: shown})
	}
	half := halves(sections)
	return page.Content(
		app.H1().Text(locale.T(lang, msgGlossary)),
		textP("lead", locale.T(lang, msgGlossaryDescription)),
		app.Div().Class("glossary-tools").Body(
			app.Div().Class("glossary-filter").Body(
				app.Label().For("glossary-filter").Text(locale.T(lang, msgFilterTerms)),
				app.Input().Type("search").ID("glossary-filter").Value(p.query).
					Placeholder(locale.T(lang, msgFilterPlaceholder)).
					AutoComplete(false).Spellcheck(false).Aria("controls", "glossary-list").
					OnInput(p.typed).On("compositionend", p.typed),
				app.P().Class("glossary-count").Attr("role", "status").Text(locale.N(lang, msgTermCount, count)),
			),
		),
		newGlossaryIndexBar().Lang(lang).Sections(sections),
		app.Div().ID("glossary-list").Class("glossary-sections").Body(
			app.If(count == 0, func() app.UI {
				return app.Div().Class("glossary-empty").Body(
					app.P().Text(locale.T(lang, msgNoTermMatches, map[string]any{"Query": strings.TrimSpace(p.query)})),
					app.Button().Type("button").Class("button-secondary").OnClick(p.clear).Text(locale.T(lang, msgShowAllTerms)),
				)
			}),
			app.Range(sections).Slice(func(i int) app.UI {
				s := sections[i]
				if len(s.Terms) == 0 {
					return nil
				}
				class := "glossary-section"
				if half[i] {
					class += " is-half"
				}
				return app.Section().Class(class).ID(initialAnchor(s.Initial)).Body(
					app.H2().Class("glossary-initial").Body(textSpan("glossary-key", s.Initial)),
					app.Dl().Class("glossary").Body(
						app.Range(s.Terms).Slice(func(j int) app.UI { return p.entry(s.Terms[j]) }),
					),
				)
			}),
		),
	)
}

// initialAnchor is the id of the glossary's section for an initial.
func initialAnchor(initial string) string { return "index-" + initial }
