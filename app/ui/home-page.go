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

// continueCard leads back into the course: to the section where reading
// stopped, the next lesson, or the first, with the day's goal and streak.
func (p *HomePage) continueCard(course *content.Course, now time.Time) app.UI {
	next, section, begun := nextInCourse(course, &p.doc, p.Lang)
	return continueCard(p.Lang, course, next, section, begun, study.DayStatus(p.doc.Study, now), !now.IsZero())
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
	// The day is the device's; the server, which knows no one's day,
	// leaves it out.
	var now time.Time
	if app.IsClient {
		now = time.Now()
	}
	ready := err == nil && len(course.Lessons) > 0
	var hero app.UI = app.Section().Class("hero").Body(
		app.H1().Text(locale.T(lang, msgTagline)),
		textP("lead", locale.T(lang, msgHomeDescription)),
		app.If(ready, func() app.UI { return p.continueCard(course, now) }),
	)
	var today app.UI
	if ready && study.Started(&p.doc) {
		hero = app.Section().Class("hero is-started").Aria("label", locale.T(lang, msgContinueNext)).Body(p.continueCard(course, now))
		today = newTodayPanel().Lang(lang).Course(course).Doc(p.doc).Now(now)
	}
	return newShell().Lang(lang).Path(HomePath(lang)).Content(
		hero,
		today,
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
