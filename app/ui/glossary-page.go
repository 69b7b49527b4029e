package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// GlossaryPage explains every term the lessons use, with the term's name in
// the other languages beside it, each marked with its language.
type GlossaryPage struct {
	app.Compo

	Lang string
}

// OnNav sets the document's language, title and description.
func (p *GlossaryPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgGlossary), locale.T(p.Lang, msgGlossaryDescription))
}

// Render lists the terms.
func (p *GlossaryPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(GlossaryPath(lang))
	course, err := content.Default()
	if err != nil {
		return page.Content(contentError(lang))
	}
	return page.Content(
		app.H1().Text(locale.T(lang, msgGlossary)),
		app.P().Class("lead").Text(locale.T(lang, msgGlossaryDescription)),
		app.Dl().Class("glossary").Body(
			app.Range(course.Glossary).Slice(func(i int) app.UI {
				t := course.Glossary[i]
				return app.Div().Class("glossary-entry").ID(TermAnchor(t.ID)).Body(
					app.Dt().Text(t.Text[lang].Term),
					app.Dd().Body(
						app.P().Text(t.Text[lang].Definition),
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
			}),
		),
	)
}
