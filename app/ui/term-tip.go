package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// termTip is a glossary term inside lesson text: tapping, clicking or
// focusing it shows its definition right there, with a link to the glossary;
// Escape or moving on hides it. The definition sits in a live region, so
// screen readers read it out when it appears.
type termTip struct {
	app.Compo

	ILang       string
	ITermID     string
	IText       string
	IDefinition string

	open bool
}

func newTermTip() *termTip { return &termTip{} }

// Lang sets the language of the lesson.
func (t *termTip) Lang(v string) *termTip { t.ILang = v; return t }

// Term sets the glossary id, the words shown in the text and the definition.
func (t *termTip) Term(id, text, definition string) *termTip {
	t.ITermID, t.IText, t.IDefinition = id, text, definition
	return t
}

func (t *termTip) toggle(ctx app.Context, e app.Event) { t.open = !t.open }

// show opens the definition when the term is reached with the keyboard; a
// pointer's focus is followed by its click, which toggles.
func (t *termTip) show(ctx app.Context, e app.Event) {
	if e.Get("target").Call("matches", ":focus-visible").Bool() {
		t.open = true
	}
}

func (t *termTip) keydown(ctx app.Context, e app.Event) {
	if e.Get("key").String() == "Escape" {
		t.open = false
	}
}

func (t *termTip) Render() app.UI {
	bubble := app.Span().Class("term-bubble").Attr("role", "status")
	if t.open {
		bubble = bubble.Body(
			app.Span().Text(t.IDefinition+" "),
			app.A().Href(GlossaryPath(t.ILang)+"#"+TermAnchor(t.ITermID)).Text(locale.T(t.ILang, msgSeeGlossary)),
		)
	}
	return app.Span().Class("term-tip").OnKeyDown(t.keydown).Body(
		app.Button().Type("button").Class("term").Aria("expanded", t.open).
			OnClick(t.toggle).OnFocus(t.show).Text(t.IText),
		bubble,
	)
}
