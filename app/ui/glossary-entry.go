package ui

import (
	"unicode/utf8"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// clampedAt is how many characters of a definition a phone's two lines
// hold, per language; a longer one is cut to two lines with a button
// that shows the rest.
var clampedAt = map[string]int{"en": 96, "ko": 52, "ja": 46}

// entry is one term with its definition and its names in the other
// languages. On a phone a long definition shows its first two lines and
// a button for the rest, so the glossary reads as a list to scan.
func (p *GlossaryPage) entry(t *content.Term) app.UI {
	lang := p.Lang
	text := t.Text[lang]
	class, more := "glossary-entry", app.UI(nil)
	if utf8.RuneCountInString(text.Definition) > clampedAt[lang] {
		label := msgShowLess
		if !p.open[t.ID] {
			class, label = class+" is-clamped", msgShowMore
		}
		more = app.Button().Type("button").Class("button-quiet glossary-more").
			Aria("expanded", p.open[t.ID]).OnClick(p.toggle(t.ID)).Text(locale.T(lang, label))
	}
	return app.Div().Class(class).ID(TermAnchor(t.ID)).Body(
		app.Dt().Text(text.Term),
		app.Dd().Body(
			textP("glossary-definition", locale.KeepDots(text.Definition)),
			more,
			app.Ul().Class("glossary-names").Aria("label", locale.T(lang, msgOtherNames)).Body(
				app.Range(locale.Langs).Slice(func(j int) app.UI {
					other := locale.Langs[j]
					if other == lang {
						return nil
					}
					return app.Li().Lang(other).Text(t.Text[other].Term)
				}),
			),
		),
	)
}

// toggle shows a term's whole definition, or its first lines again.
func (p *GlossaryPage) toggle(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.open == nil {
			p.open = map[string]bool{}
		}
		p.open[id] = !p.open[id]
	}
}
