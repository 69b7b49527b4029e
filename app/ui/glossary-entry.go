package ui

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// clampedAt is how many characters of a definition a phone's four lines
// hold, per language; a longer one is cut to three lines with a button
// that shows the rest (cutting a text of four lines would save nothing,
// the button taking the line it hides). The marks that keep words whole
// are not characters one sees, so they are not counted.
var clampedAt = map[string]int{"en": 190, "ko": 104, "ja": 84}

// entry is one term with its definition and its names in the other
// languages. On a phone a long definition shows its first three lines and
// a button for the rest, so the glossary reads as a list to scan.
func (p *GlossaryPage) entry(t *content.Term) app.UI {
	lang := p.Lang
	text := t.Text[lang]
	class, more := "glossary-entry", app.UI(nil)
	if utf8.RuneCountInString(locale.DropBreakHints(text.Definition)) > clampedAt[lang] {
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
			app.Div().Class("glossary-foot").Body(otherNames(t, lang), more),
		),
	)
}

// otherNames lists a term's names in the other languages, each once: a
// name the same as this language's (DevOps) or as one before it is left
// out, and a term named alike everywhere gets no list. Names are the same
// when they have the same words in any order, case or brackets, as "VP of
// engineering (VPoE)" and 「VPoE（VP of Engineering）」.
func otherNames(t *content.Term, lang string) app.UI {
	seen := []string{t.Text[lang].Term}
	var names []app.UI
	for _, other := range locale.Langs {
		name := t.Text[other].Term
		if other == lang || slices.ContainsFunc(seen, func(s string) bool { return sameName(s, name) }) {
			continue
		}
		seen = append(seen, name)
		names = append(names, app.Li().Lang(other).Text(name))
	}
	if len(names) == 0 {
		return nil
	}
	return app.Ul().Class("glossary-names").Aria("label", locale.T(lang, msgOtherNames)).Body(names...)
}

// sameName says whether two names have the same words, in any order,
// case or brackets.
func sameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) != len(wb) {
		return false
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return true
}

// nameWords is a name's words, lower-cased, without the brackets and
// commas between them.
func nameWords(name string) []string {
	return strings.Fields(strings.Map(func(r rune) rune {
		switch r {
		case '(', ')', '（', '）', ',', '、':
			return ' '
		}
		return unicode.ToLower(r)
	}, name))
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
