package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// todayPanel is the daily loop at a glance: today's date, the goal with
// the streak, today's list, and the weeks of study behind it. The Today
// page shows it, and the home page once the learner has started.
type todayPanel struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IDoc    progress.Document
	INow    time.Time // the device's local time; zero on the server, which knows no one's day
}

func newTodayPanel() *todayPanel { return &todayPanel{} }

// Lang sets the language.
func (p *todayPanel) Lang(v string) *todayPanel { p.ILang = v; return p }

// Course sets the course.
func (p *todayPanel) Course(v *content.Course) *todayPanel { p.ICourse = v; return p }

// Doc sets the learner's saved progress.
func (p *todayPanel) Doc(v progress.Document) *todayPanel { p.IDoc = v; return p }

// Now sets the moment the panel shows, in the device's time zone.
func (p *todayPanel) Now(v time.Time) *todayPanel { p.INow = v; return p }

func (p *todayPanel) Render() app.UI {
	lang, now := p.ILang, p.INow
	y, m, d := now.Date()
	plan := study.Today(study.FromCourse(p.ICourse, lang), &p.IDoc, now)
	dated := !now.IsZero()
	return app.Div().Class("today").Body(
		app.Header().Class("today-head").Body(
			app.H1().Text(locale.T(lang, msgTodayHeading)),
			app.If(dated, func() app.UI {
				return textP("muted today-date", locale.Date(lang, time.Date(y, m, d, 12, 0, 0, 0, time.UTC)))
			}),
		),
		// What to do today comes first, its first task in view on a
		// phone; the goal and its progress follow.
		newTodayList().Lang(lang).Course(p.ICourse).Plan(plan),
		newTodayGoal().Lang(lang).Status(study.DayStatus(p.IDoc.Study, now)),
		app.If(dated, func() app.UI {
			return newTodayCalendar().Lang(lang).Weeks(study.Activity(p.IDoc.Study, now, study.Weeks, weekStart(lang)))
		}),
	)
}
