package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// HomePage says what the app is, where to start, and shows the whole course;
// once the learner has started, it opens with Today's panel instead.
type HomePage struct {
	app.Compo

	Lang string

	doc     progress.Document
	arrived int // stateCourseText: the lessons' sections name where reading stopped
}

// OnMount follows the learner's progress, to offer the next lesson.
func (p *HomePage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
	ctx.ObserveState(stateCourseText, &p.arrived)
}

// nextLesson is the lesson to go on with: the first one left half-read (not
// done, and read past its first section), with the section where reading
// stopped; else the first one not done yet. begun says whether the learner
// has begun at all.
func (p *HomePage) nextLesson(c *content.Course) (next *content.Lesson, section *content.Section, begun bool) {
	for _, l := range c.Lessons {
		saved := p.doc.Lesson(l.ID)
		switch {
		case saved.Done:
			begun = true
		case saved.Section != "" && section == nil && l.Text[p.Lang] != nil:
			if sections := l.Text[p.Lang].Body().Sections; len(sections) > 0 && sections[0].ID != saved.Section {
				for i := range sections {
					if sections[i].ID == saved.Section {
						next, section, begun = l, &sections[i], true
					}
				}
			}
		}
		if next == nil && !saved.Done {
			next = l
		}
	}
	return next, section, begun
}

// continueLink leads back into the course: to the section where reading
// stopped, the next lesson, or the first.
func (p *HomePage) continueLink(course *content.Course) app.UI {
	lang := p.Lang
	next, section, begun := p.nextLesson(course)
	switch {
	case next == nil:
		return app.A().Class("button").Href(LessonsPath(lang)).Text(locale.T(lang, msgLessons))
	case section != nil:
		label := locale.T(lang, msgContinueAtSection, map[string]any{"Title": next.Text[lang].Title, "Section": content.PlainText(section.Title)})
		return app.A().Class("button").Href(LessonPath(lang, next.ID) + "#" + section.ID).Text(label)
	case begun:
		label := locale.T(lang, msgContinue, map[string]any{"Title": next.Text[lang].Title})
		return app.A().Class("button").Href(LessonPath(lang, next.ID)).Text(label)
	}
	return app.A().Class("button").Href(LessonPath(lang, next.ID)).Text(locale.T(lang, msgStartHere))
}

// OnNav sets the document's language, title and description.
func (p *HomePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgAppName), locale.T(p.Lang, msgHomeDescription))
	ensureText(ctx, p.Lang)
}

// Render shows the introduction and the course outline.
func (p *HomePage) Render() app.UI {
	lang := p.Lang
	course, err := content.Default()
	var body app.UI
	if err != nil || len(course.Lessons) == 0 {
		app.Log("loading the course:", err)
		body = contentError(lang)
	} else {
		body = newCourseOutline().Lang(lang).Course(course)
	}
	var hero app.UI = app.Section().Class("hero").Body(
		app.H1().Text(locale.T(lang, msgTagline)),
		app.P().Class("lead").Text(locale.T(lang, msgHomeDescription)),
		app.If(err == nil && len(course.Lessons) > 0, func() app.UI { return p.continueLink(course) }),
	)
	if err == nil && len(course.Lessons) > 0 && study.Started(&p.doc) {
		hero = newTodayPanel().Lang(lang).Course(course).Doc(p.doc).Now(time.Now())
	}
	return newShell().Lang(lang).Path(HomePath(lang)).Content(
		hero,
		app.If(err == nil && course.Checklist != nil, func() app.UI { return p.assessInvite(course) }),
		body,
	)
}

// assessInvite leads to the self-assessment, or to its results with the
// closest role once anything is rated.
func (p *HomePage) assessInvite(course *content.Course) app.UI {
	lang := p.Lang
	cl := assess.FromCourse(course)
	text := locale.T(lang, msgHomeAssessText)
	// The hero's link to the lessons is the page's main action; this one is
	// the second choice.
	link := app.A().Class("button-secondary").Href(AssessmentPath(lang)).Text(locale.T(lang, msgStartAssessment))
	if fits := cl.Fits(p.doc.Assessment.Ratings); len(fits) > 0 {
		text = locale.T(lang, msgHomeBestFit, map[string]any{"Role": roleName(course, lang, fits[0].Role)})
		link = app.A().Class("button-secondary").Href(ResultsPath(lang)).Text(locale.T(lang, msgSeeResults))
	}
	return app.Section().Class("home-assess").Aria("labelledby", "home-assess").Body(
		app.H2().ID("home-assess").Text(locale.T(lang, msgHomeAssessHeading)),
		app.P().Text(text),
		link,
	)
}
