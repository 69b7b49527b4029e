package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LessonPage shows one lesson: its key points, contents and sections, and the
// way on to the previous and next lessons.
type LessonPage struct {
	app.Compo

	Lang     string
	LessonID string
}

func (p *LessonPage) lesson() (*content.Course, *content.Lesson, *content.LessonText) {
	course, err := content.Default()
	if err != nil && course == nil {
		app.Log("loading the course:", err)
		return nil, nil, nil
	}
	l, ok := course.Lesson(p.LessonID)
	if !ok || l.Text[p.Lang] == nil {
		return course, nil, nil
	}
	return course, l, l.Text[p.Lang]
}

// OnNav sets the document's language, title and description.
func (p *LessonPage) OnNav(ctx app.Context) {
	if _, _, t := p.lesson(); t != nil {
		setPageMeta(ctx, p.Lang, t.Title, t.Summary)
	}
}

// Render shows the lesson.
func (p *LessonPage) Render() app.UI {
	lang := p.Lang
	course, l, t := p.lesson()
	page := newShell().Lang(lang).Path(LessonPath(lang, p.LessonID))
	if t == nil {
		return page.Content(app.P().Class("error").Text(locale.T(lang, msgContentError)))
	}
	prev, next := course.Neighbours(l.ID)
	return page.Content(
		app.Article().Class("lesson").Body(
			app.Header().Class("lesson-header").Body(
				app.P().Class("eyebrow").Text(groupTitle(lang, l.Group)),
				app.H1().Text(t.Title),
				app.P().Class("lead").Text(t.Summary),
				app.P().Class("muted").Text(locale.N(lang, msgMinutes, t.Minutes)),
			),
			app.Aside().Class("key-points").Aria("labelledby", "key-points").Body(
				app.H2().ID("key-points").Text(locale.T(lang, msgKeyPoints)),
				app.Ul().Body(app.Range(t.KeyPoints).Slice(func(i int) app.UI {
					return app.Li().Text(t.KeyPoints[i])
				})),
			),
			app.Nav().Class("toc").Aria("labelledby", "toc").Body(
				app.H2().ID("toc").Text(locale.T(lang, msgContents)),
				app.Ol().Body(app.Range(t.Sections).Slice(func(i int) app.UI {
					s := t.Sections[i]
					return app.Li().Body(app.A().Href("#" + s.ID).Text(content.PlainText(s.Title)))
				})),
			),
			newLessonText().Lang(lang).Course(course).Text(t),
			newLessonQuiz().Lang(lang).Lesson(l),
			newDoneToggle().Lang(lang).LessonID(l.ID),
		),
		newLessonNav().Lang(lang).Prev(prev).Next(next),
	)
}
