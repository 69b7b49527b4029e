package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// parallelText shows a lesson in two languages, aligned section by section.
// On a wide screen the two stand side by side; on a phone the page shows
// one language at a time, and one switch at the top of the lesson
// (parallelToggle), kept in reach as the page scrolls, turns every section
// to the other.
type parallelText struct {
	app.Compo

	ILang   string
	IWith   string
	ICourse *content.Course
	ILesson *content.Lesson

	ISecond bool // a phone shows the second language
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

// Second sets whether a phone shows the second language.
func (p *parallelText) Second(v bool) *parallelText { p.ISecond = v; return p }

// parallelToggle is the phone's one switch between the two languages of a
// lesson read side by side, each named in its own language; choose is
// called with whether the second is chosen.
func parallelToggle(lang, with string, second bool, choose func(second bool) app.EventHandler) app.UI {
	option := func(l string, on bool) app.UI {
		return app.Button().Type("button").Class("parallel-option").Lang(l).
			Aria("pressed", second == on).OnClick(choose(on)).Text(locale.Autonym(l))
	}
	return app.Div().Class("parallel-toggle").Attr("role", "group").Aria("label", locale.T(lang, msgParallelShow)).Body(
		option(lang, false),
		option(with, true),
	)
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
	class := "parallel-row"
	if p.ISecond {
		class += " is-turned"
	}
	return app.Div().Class("lesson-text parallel-text").Body(
		// Each column's language, named in that language; the columns say
		// it to a screen reader with their lang.
		app.Div().Class("parallel-heads").Aria("hidden", "true").Body(
			app.Span().Lang(p.ILang).Text(locale.Autonym(p.ILang)),
			app.Span().Lang(p.IWith).Text(locale.Autonym(p.IWith)),
		),
		app.Range(first.Sections).Slice(func(i int) app.UI {
			s := first.Sections[i]
			return app.Section().Class(class).Aria("labelledby", s.ID).Body(
				p.column(p.ILang, s, true),
				p.column(p.IWith, second.Sections[i], false),
			)
		}),
	)
}
