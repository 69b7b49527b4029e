package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// courseOutline lists every lesson by group, with its summary and reading time.
type courseOutline struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	ITop    bool

	doc progress.Document
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

func (o *courseOutline) done(id string) bool {
	return o.doc.Lesson(id).Done
}

func (o *courseOutline) Render() app.UI {
	lang, c := o.ILang, o.ICourse
	number := 0
	ids := make([]string, len(c.Lessons))
	for i, l := range c.Lessons {
		ids[i] = l.ID
	}
	doneCount := o.doc.DoneCount(ids)
	groupHeading := func(text string) app.UI { return app.H3().Text(text) }
	var head app.UI = app.Div().Class("course-outline-head").Body(
		app.H2().ID("course-heading").Text(locale.T(lang, msgCourseHeading)),
		app.P().Class("muted").Text(locale.N(lang, msgLessonCount, len(c.Lessons))),
	)
	root := app.Section().Class("course-outline")
	if o.ITop {
		groupHeading = func(text string) app.UI { return app.H2().Text(text) }
		head = nil
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
		app.Range(c.Groups).Slice(func(i int) app.UI {
			g := c.Groups[i]
			return app.Div().Class("course-group").Body(
				groupHeading(g.Title[lang]),
				app.Ol().Class("lesson-list").Body(
					app.Range(g.Lessons).Slice(func(j int) app.UI {
						number++
						l, ok := c.Lesson(g.Lessons[j])
						if !ok || l.Text[lang] == nil {
							return nil
						}
						t := l.Text[lang]
						class := "lesson-card"
						if o.done(l.ID) {
							class += " is-done"
						}
						return app.Li().Class(class).Body(
							app.Span().Class("lesson-number").Aria("hidden", "true").Text(locale.Number(lang, number)),
							app.Div().Body(
								app.A().Href(LessonPath(lang, l.ID)).Text(t.Title),
								app.P().Text(t.Summary),
								app.P().Class("muted").Body(
									app.Text(locale.N(lang, msgMinutes, t.Minutes)),
									app.If(o.done(l.ID), func() app.UI {
										return app.Span().Class("done-badge").Text(locale.T(lang, msgDone))
									}),
								),
							),
						)
					}),
				),
			)
		}),
	)
}
