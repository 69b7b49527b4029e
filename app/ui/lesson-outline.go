package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// courseOutline lists every lesson by group, with its reading time, quiz
// score once answered and how far the learner has got, the next lesson to
// read marked as such. At the top of the Lessons page it is drawn as a
// path, each lesson with its summary: each group a stage with a ring of how
// much of it is done, each lesson a stop on one line. On the home page it
// is an overview: each group a card listing its lessons by title.
type courseOutline struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	ITop    bool

	doc    progress.Document
	nextID string // the lesson to read next (nextInCourse)
}

func newCourseOutline() *courseOutline { return &courseOutline{} }

// Lang sets the language of the outline.
func (o *courseOutline) Lang(v string) *courseOutline { o.ILang = v; return o }

// Top makes the outline the page's main content: its groups are h2, under
// the page's h1, instead of h3 under the outline's own h2.
func (o *courseOutline) Top(v bool) *courseOutline { o.ITop = v; return o }

// Course sets the course to outline.
func (o *courseOutline) Course(v *content.Course) *courseOutline { o.ICourse = v; return o }

// OnMount follows the learner's saved progress.
func (o *courseOutline) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &o.doc)
}

func (o *courseOutline) Render() app.UI {
	lang, c := o.ILang, o.ICourse
	number := 0
	ids := make([]string, len(c.Lessons))
	for i, l := range c.Lessons {
		ids[i] = l.ID
	}
	doneCount := o.doc.DoneCount(ids)
	o.nextID = ""
	if next, _, _ := nextInCourse(c, &o.doc, lang); next != nil {
		o.nextID = next.ID
	}
	groupHeading := func(text string) app.UI { return app.H3().Text(text) }
	var head app.UI = app.Div().Class("course-outline-head").Body(
		app.H2().ID("course-heading").Text(locale.T(lang, msgCourseHeading)),
		// The home page's overview names its lessons only; the count leads
		// to the Lessons page, where each says what it covers.
		app.A().Class("course-outline-all").Href(LessonsPath(lang)).Text(locale.N(lang, msgLessonCount, len(c.Lessons))),
	)
	root := app.Section().Class("course-outline")
	if o.ITop {
		groupHeading = func(text string) app.UI { return app.H2().Text(text) }
		head = nil
		root = root.Class("course-outline is-path")
	} else {
		root = root.Aria("labelledby", "course-heading")
	}
	return root.Body(
		head,
		app.Div().Class("course-progress").Body(
			app.Progress().ID("course-progress").Max(len(ids)).Value(doneCount),
			app.Label().For("course-progress").Text(locale.T(lang, msgCourseProgress, map[string]any{
				"Done": locale.Number(lang, doneCount), "Total": locale.Number(lang, len(ids)),
			})),
		),
		app.Div().Class("course-groups").Body(
			app.Range(c.Groups).Slice(func(i int) app.UI {
				g := &c.Groups[i]
				first := number
				number += len(g.Lessons)
				return o.group(i, g, first, groupHeading)
			}),
		),
	)
}

// group renders one group of lessons under its heading, with how many of
// them are done; first is the number of lessons before it.
func (o *courseOutline) group(i int, g *content.Group, first int, heading func(string) app.UI) app.UI {
	lang, c := o.ILang, o.ICourse
	done := groupDone(o.doc, g.Lessons)
	id := "group-progress-" + strconv.Itoa(i+1)
	return app.Div().Class("course-group").Body(
		app.Div().Class("course-group-head").Body(
			app.Span().Class("stage").Aria("hidden", "true").Body(
				app.Span().Class("progress-ring").Style("--value", strconv.FormatFloat(float64(done)/float64(max(1, len(g.Lessons))), 'f', 3, 64)),
				textSpan("stage-number", locale.Number(lang, i+1)),
			),
			heading(g.Title[lang]),
			app.Div().Class("group-progress").Body(
				app.Progress().ID(id).Max(len(g.Lessons)).Value(done),
				app.Label().For(id).Text(locale.T(lang, msgGroupProgress, map[string]any{
					"Done": locale.Number(lang, done), "Total": locale.Number(lang, len(g.Lessons)),
				})),
			),
		),
		app.Ol().Class("lesson-list").Body(
			app.Range(g.Lessons).Slice(func(j int) app.UI {
				l, ok := c.Lesson(g.Lessons[j])
				if !ok || l.Text[lang] == nil {
					return nil
				}
				return o.card(l, first+j+1)
			}),
		),
	)
}

// statusTexts name each state of a lesson; the class draws its icon.
var statusTexts = [...]struct {
	class string
	text  *i18n.Message
}{
	notStarted: {"is-not-started", msgNotStarted},
	reading:    {"is-reading", msgReading},
	finished:   {"is-done", msgDone},
}

// card renders one lesson: its number, title, summary (on the Lessons page
// only), reading time, quiz score and how far the learner has got, as an
// icon and a word.
func (o *courseOutline) card(l *content.Lesson, number int) app.UI {
	lang := o.ILang
	t := l.Text[lang]
	saved := o.doc.Lesson(l.ID)
	st := statusTexts[statusOf(saved)]
	class, status := "lesson-card "+st.class, locale.T(lang, st.text)
	if l.ID == o.nextID {
		class += " is-next"
		if statusOf(saved) == notStarted {
			status = locale.T(lang, msgPathNext)
		}
	}
	score := ""
	if correct, answered := l.Score(saved.Answers); answered > 0 {
		score = locale.T(lang, msgPathQuizScore, map[string]any{"Correct": locale.Number(lang, correct), "Total": locale.Number(lang, answered)})
	}
	return app.Li().Class(class).Body(
		app.Span().Class("lesson-number").Aria("hidden", "true").Text(locale.Number(lang, number)),
		app.Div().Body(
			app.A().Href(LessonPath(lang, l.ID)).Text(t.Title),
			app.If(o.ITop, func() app.UI { return app.P().Text(locale.KeepDots(t.Summary)) }),
			app.P().Class("lesson-meta muted").Body(
				app.Span().Text(locale.N(lang, msgMinutes, t.Minutes)),
				app.If(score != "", func() app.UI { return textSpan("lesson-score", score) }),
				app.Span().Class("lesson-status").Body(textSpan("lesson-status-text", status)),
			),
		),
	)
}
