package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// lessonLinks closes a lesson with where to go next: the glossary terms it
// teaches, the roles it is about and the lessons related to it.
type lessonLinks struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	ILesson *content.Lesson
}

func newLessonLinks() *lessonLinks { return &lessonLinks{} }

// Lang sets the language of the links.
func (b *lessonLinks) Lang(v string) *lessonLinks { b.ILang = v; return b }

// Course sets the course the links resolve against.
func (b *lessonLinks) Course(v *content.Course) *lessonLinks { b.ICourse = v; return b }

// Lesson sets the lesson whose links these are.
func (b *lessonLinks) Lesson(v *content.Lesson) *lessonLinks { b.ILesson = v; return b }

func (b *lessonLinks) termLink(id string) app.UI {
	t, ok := b.ICourse.Term(id)
	if !ok {
		return nil
	}
	return app.Li().Body(app.A().Href(GlossaryPath(b.ILang) + "#" + TermAnchor(id)).Text(t.Text[b.ILang].Term))
}

// group is one card of links, its heading marked with the icon of its kind.
func (b *lessonLinks) group(id, icon string, title *i18n.Message, items []app.UI) app.UI {
	if len(items) == 0 {
		return nil
	}
	return app.Section().Class("lesson-links-group icon-"+icon).Aria("labelledby", id).Body(
		app.H2().ID(id).Text(locale.T(b.ILang, title)),
		app.Ul().Body(items...),
	)
}

func (b *lessonLinks) Render() app.UI {
	l := b.ILesson
	var terms, roles []app.UI
	for _, id := range l.Glossary {
		terms = append(terms, b.termLink(id))
	}
	for _, id := range l.Roles {
		if r, ok := b.ICourse.Role(id); ok {
			t := r.Text[b.ILang]
			roles = append(roles, app.Li().Body(app.A().Href(RolePath(b.ILang, id)).Text(t.Name+" — "+t.Title)))
		}
	}
	related := lessonItems(b.ILang, b.ICourse, l.Related)
	return app.Div().Class("lesson-links").Body(
		b.group("related-lessons", "lessons", msgRelatedLessons, related),
		b.group("roles-in-lesson", "roles", msgRolesInLesson, roles),
		b.group("terms-in-lesson", "glossary", msgTermsInLesson, terms),
	)
}
