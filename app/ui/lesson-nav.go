package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lessonNav links to the lessons before and after the current one.
type lessonNav struct {
	app.Compo

	ILang string
	IPrev *content.Lesson
	INext *content.Lesson
}

func newLessonNav() *lessonNav { return &lessonNav{} }

// Lang sets the language of the links.
func (n *lessonNav) Lang(v string) *lessonNav { n.ILang = v; return n }

// Prev sets the previous lesson, if any.
func (n *lessonNav) Prev(v *content.Lesson) *lessonNav { n.IPrev = v; return n }

// Next sets the next lesson, if any.
func (n *lessonNav) Next(v *content.Lesson) *lessonNav { n.INext = v; return n }

func (n *lessonNav) link(l *content.Lesson, class string, label string) app.UI {
	if l == nil || l.Text[n.ILang] == nil {
		return app.Span()
	}
	return app.A().Class(class).Href(LessonPath(n.ILang, l.ID)).Body(
		textSpan("muted", label),
		textSpan("lesson-nav-title", l.Text[n.ILang].Title),
	)
}

func (n *lessonNav) Render() app.UI {
	lang := n.ILang
	return app.Nav().Class("lesson-nav").Aria("label", locale.T(lang, msgLessonNav)).Body(
		n.link(n.IPrev, "lesson-nav-prev", locale.T(lang, msgPrevious)),
		n.link(n.INext, "lesson-nav-next", locale.T(lang, msgNext)),
	)
}
