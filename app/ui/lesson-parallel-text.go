package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// parallelText shows a lesson in two languages, aligned section by section.
// On a wide screen the two stand side by side; on a phone each section shows
// one language with a button that turns it to the other.
type parallelText struct {
	app.Compo

	ILang   string
	IWith   string
	ICourse *content.Course
	ILesson *content.Lesson

	turned map[int]bool // sections a phone shows in the second language
}

func newParallelText() *parallelText { return &parallelText{} }

// Langs sets the page's language and the one read beside it.
func (p *parallelText) Langs(lang, with string) *parallelText {
	p.ILang, p.IWith = lang, with
	return p
}

// Course sets the course that links resolve against.
func (p *parallelText) Course(v *content.Course) *parallelText { p.ICourse = v; return p }

// Lesson sets the lesson to show.
func (p *parallelText) Lesson(v *content.Lesson) *parallelText { p.ILesson = v; return p }

func (p *parallelText) turn(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.turned == nil {
			p.turned = map[int]bool{}
		}
		p.turned[i] = !p.turned[i]
	}
}

func (p *parallelText) column(lang string, s content.Section, primary bool) app.UI {
	text := &lessonText{ILang: lang, ICourse: p.ICourse}
	heading := app.H2().Body(text.inlines(s.Title)...)
	class := "parallel-column"
	if primary {
		heading = heading.ID(s.ID)
	} else {
		heading = heading.ID("with-" + s.ID)
		class += " is-second"
	}
	return app.Div().Class(class).Lang(lang).Body(heading, app.Div().Body(text.blocks(s.Blocks)...))
}

func (p *parallelText) Render() app.UI {
	first, second := p.ILesson.Text[p.ILang].Body(), p.ILesson.Text[p.IWith].Body()
	return app.Div().Class("lesson-text parallel-text").Body(
		app.Range(first.Sections).Slice(func(i int) app.UI {
			s := first.Sections[i]
			class := "parallel-row"
			// The label is written in the language shown first, and says so
			// by its lang.
			labelLang, label := p.ILang, locale.T(p.ILang, msgShowIn, map[string]any{"Language": locale.Autonym(p.IWith)})
			if p.turned[i] {
				class += " is-turned"
				labelLang, label = p.IWith, locale.T(p.IWith, msgShowIn, map[string]any{"Language": locale.Autonym(p.ILang)})
			}
			return app.Section().Class(class).Aria("labelledby", s.ID).Body(
				app.Button().Type("button").Class("button-quiet parallel-turn").Lang(labelLang).
					Aria("pressed", p.turned[i]).OnClick(p.turn(i)).Text(label),
				p.column(p.ILang, s, true),
				p.column(p.IWith, second.Sections[i], false),
			)
		}),
	)
}
