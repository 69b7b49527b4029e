package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// doneToggle marks a lesson as done, or takes the mark back, and says when
// it was done.
type doneToggle struct {
	app.Compo

	ILang     string
	ILessonID string

	doc progress.Document
}

func newDoneToggle() *doneToggle { return &doneToggle{} }

// Lang sets the language of the control.
func (d *doneToggle) Lang(v string) *doneToggle { d.ILang = v; return d }

// LessonID sets the lesson it marks.
func (d *doneToggle) LessonID(v string) *doneToggle { d.ILessonID = v; return d }

// OnMount follows the learner's saved progress.
func (d *doneToggle) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &d.doc)
}

func (d *doneToggle) toggle(ctx app.Context, e app.Event) {
	markDone(ctx, d.ILessonID, !d.doc.Lesson(d.ILessonID).Done)
}

func (d *doneToggle) Render() app.UI {
	lang := d.ILang
	l := d.doc.Lesson(d.ILessonID)
	if !l.Done {
		return app.Div().Class("done-toggle").Body(
			app.Button().Type("button").Class("button").OnClick(d.toggle).Text(locale.T(lang, msgMarkDone)),
		)
	}
	when := ""
	if day, err := time.Parse(time.DateOnly, l.DoneOn); err == nil {
		when = locale.T(lang, msgDoneOn, map[string]any{"Date": locale.Date(lang, day)})
	}
	return app.Div().Class("done-toggle is-done").Body(
		app.P().Attr("role", "status").Body(
			textSpan("done-badge", locale.T(lang, msgDone)),
			app.Text(" "+when),
		),
		app.Button().Type("button").Class("button-quiet").OnClick(d.toggle).Text(locale.T(lang, msgMarkNotDone)),
	)
}
