package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TodayPage is the daily loop: what is due today, the goal and the streak,
// and the last weeks of study.
type TodayPage struct {
	app.Compo

	Lang string

	doc     progress.Document
	arrived int // stateCourseText: the lessons' sections name where reading stopped
}

// OnMount follows the learner's progress and the arrival of lesson text.
func (p *TodayPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
	ctx.ObserveState(stateCourseText, &p.arrived)
}

// OnNav sets the document's language, title and description.
func (p *TodayPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgTodayHeading), locale.T(p.Lang, msgTodayDescription))
	ensureText(ctx, p.Lang)
}

// Render shows the daily loop.
func (p *TodayPage) Render() app.UI {
	page := newShell().Lang(p.Lang).Path(TodayPath(p.Lang))
	course, err := content.Default()
	if err != nil || len(course.Lessons) == 0 {
		app.Log("loading the course:", err)
		return page.Content(contentError(p.Lang))
	}
	var now time.Time
	if app.IsClient {
		now = time.Now()
	}
	return page.Content(newTodayPanel().Lang(p.Lang).Course(course).Doc(p.doc).Now(now))
}
