package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LessonsPage draws the course as a path of stages, with reading times,
// quiz scores, what the learner has finished and what to read next.
type LessonsPage struct {
	app.Compo

	Lang string
}

// OnNav sets the document's language, title and description.
func (p *LessonsPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgLessons), locale.T(p.Lang, msgLessonsDescription))
}

// Render shows the outline of the course.
func (p *LessonsPage) Render() app.UI {
	lang := p.Lang
	course, err := content.Default()
	if err != nil {
		return newShell().Lang(lang).Path(LessonsPath(lang)).Content(contentError(lang))
	}
	return newShell().Lang(lang).Path(LessonsPath(lang)).Content(
		app.H1().Text(locale.T(lang, msgLessons)),
		textP("lead", locale.T(lang, msgLessonsDescription)),
		newCourseOutline().Lang(lang).Course(course).Top(true),
	)
}
