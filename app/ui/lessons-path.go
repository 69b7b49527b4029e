package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lessonsPath draws the course as a path: each group a stage with a ring of
// how much of it is done, each lesson a stop on one line, marked done,
// being read or not started, the next one to read picked out, with its
// reading time and, once answered, its quiz score.
type lessonsPath struct {
	app.Compo

	ILang   string
	ICourse *content.Course

	doc progress.Document
}

func newLessonsPath() *lessonsPath { return &lessonsPath{} }

// Lang sets the language.
func (p *lessonsPath) Lang(v string) *lessonsPath { p.ILang = v; return p }

// Course sets the course to draw.
func (p *lessonsPath) Course(v *content.Course) *lessonsPath { p.ICourse = v; return p }

// OnMount follows the learner's saved progress.
func (p *lessonsPath) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
}

func (p *lessonsPath) Render() app.UI {
	lang, c := p.ILang, p.ICourse
	next, _, _ := nextInCourse(c, &p.doc, lang)
	nextID := ""
	if next != nil {
		nextID = next.ID
	}
	ids := make([]string, len(c.Lessons))
	for i, l := range c.Lessons {
		ids[i] = l.ID
	}
	done := p.doc.DoneCount(ids)
	number := 0
	return app.Div().Class("lessons-path").Body(
		app.Div().Class("course-progress").Body(
			app.Progress().ID("course-progress").Max(len(ids)).Value(done),
			app.Label().For("course-progress").Text(locale.T(lang, msgCourseProgress, map[string]any{
				"Done": locale.Number(lang, done), "Total": locale.Number(lang, len(ids)),
			})),
		),
		app.Range(c.Groups).Slice(func(i int) app.UI {
			g := &c.Groups[i]
			first := number
			number += len(g.Lessons)
			return p.stage(i, g, first, nextID)
		}),
	)
}

// stage draws one group: its ring and title, then its lessons as stops;
// first is the number of lessons before it.
func (p *lessonsPath) stage(i int, g *content.Group, first int, nextID string) app.UI {
	lang, c := p.ILang, p.ICourse
	done, minutes := groupDone(p.doc, g.Lessons), 0
	for _, id := range g.Lessons {
		if l, ok := c.Lesson(id); ok && l.Text[lang] != nil {
			minutes += l.Text[lang].Minutes
		}
	}
	id := "stage-" + strconv.Itoa(i+1)
	class := "path-stage"
	if done == len(g.Lessons) {
		class += " is-done"
	}
	value := 0.0
	if len(g.Lessons) > 0 {
		value = float64(done) / float64(len(g.Lessons))
	}
	return app.Section().Class(class).Aria("labelledby", id).Body(
		app.Header().Class("path-stage-head").Body(
			app.Span().Class("progress-ring").Aria("hidden", "true").Style("--value", strconv.FormatFloat(value, 'f', 3, 64)),
			app.Div().Body(
				app.P().Class("eyebrow").Text(locale.T(lang, msgPathStage, map[string]any{"Number": locale.Number(lang, i+1)})),
				app.H2().ID(id).Text(g.Title[lang]),
				app.P().Class("muted").Body(
					app.Span().Text(locale.T(lang, msgGroupProgress, map[string]any{
						"Done": locale.Number(lang, done), "Total": locale.Number(lang, len(g.Lessons)),
					})),
					app.Span().Text(locale.N(lang, msgPathMinutes, minutes)),
				),
			),
		),
		app.Ol().Class("path-stops").Body(
			app.Range(g.Lessons).Slice(func(j int) app.UI {
				l, ok := c.Lesson(g.Lessons[j])
				if !ok || l.Text[lang] == nil {
					return nil
				}
				return p.stop(l, first+j+1, l.ID == nextID)
			}),
		),
	)
}

// stop draws one lesson on the path: its number, title, summary, reading
// time, quiz score once answered, and how far the learner has got, the
// next lesson to read marked as such.
func (p *lessonsPath) stop(l *content.Lesson, number int, next bool) app.UI {
	lang := p.ILang
	t := l.Text[lang]
	saved := p.doc.Lesson(l.ID)
	st := statusTexts[statusOf(saved)]
	class, status := "path-stop "+st.class, locale.T(lang, st.text)
	if next {
		class += " is-next"
		if statusOf(saved) == notStarted {
			status = locale.T(lang, msgPathNext)
		}
	}
	facts := []app.UI{app.Span().Text(locale.N(lang, msgMinutes, t.Minutes))}
	if correct, answered := l.Score(saved.Answers); answered > 0 {
		facts = append(facts, app.Span().Class("path-score").Text(locale.T(lang, msgPathQuizScore, map[string]any{
			"Correct": locale.Number(lang, correct), "Total": locale.Number(lang, answered),
		})))
	}
	facts = append(facts, app.Span().Class("lesson-status").Text(status))
	return app.Li().Class(class).Body(
		app.Span().Class("path-dot").Aria("hidden", "true").Text(locale.Number(lang, number)),
		app.Div().Class("path-card").Body(
			app.A().Href(LessonPath(lang, l.ID)).Text(t.Title),
			app.P().Text(locale.KeepDots(t.Summary)),
			app.P().Class("lesson-meta muted").Body(facts...),
		),
	)
}
