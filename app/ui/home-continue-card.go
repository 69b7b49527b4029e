package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// continueCard opens the home page with the one thing to do next: the
// lesson to read (where reading stopped, the next one, or the first), with
// the streak and today's progress toward the daily goal beside it.
type continueCard struct {
	app.Compo

	ILang    string
	ICourse  *content.Course
	INext    *content.Lesson
	ISection *content.Section
	IBegun   bool
	IStatus  study.Status
	IDated   bool // the device's day is known (never on the server)
}

func newContinueCard() *continueCard { return &continueCard{} }

// Lang sets the language.
func (c *continueCard) Lang(v string) *continueCard { c.ILang = v; return c }

// Course sets the course the lesson belongs to.
func (c *continueCard) Course(v *content.Course) *continueCard { c.ICourse = v; return c }

// Next sets the lesson to go on with (nil once all are done), the section
// where reading stopped, and whether the learner has begun at all.
func (c *continueCard) Next(l *content.Lesson, s *content.Section, begun bool) *continueCard {
	c.INext, c.ISection, c.IBegun = l, s, begun
	return c
}

// Status sets where the learner stands today against the daily goal; dated
// says whether the device's day is known.
func (c *continueCard) Status(st study.Status, dated bool) *continueCard {
	c.IStatus, c.IDated = st, dated
	return c
}

func (c *continueCard) Render() app.UI {
	lang, l := c.ILang, c.INext
	if l == nil || l.Text[lang] == nil {
		return app.Div().Class("continue-card is-all-done").Body(
			app.P().Class("continue-title").Text(locale.T(lang, msgContinueAllDone)),
			app.A().Class("button").Href(LessonsPath(lang)).Text(locale.T(lang, msgLessons)),
			c.stats(),
		)
	}
	t := l.Text[lang]
	eyebrow, action, href := msgContinueFirst, locale.T(lang, msgStartHere), LessonPath(lang, l.ID)
	switch {
	case c.ISection != nil:
		eyebrow = msgContinueWhereStopped
		action = locale.T(lang, msgContinueCardAction)
		href += "#" + c.ISection.ID
	case c.IBegun:
		eyebrow = msgContinueNext
		action = locale.T(lang, msgContinueCardAction)
	}
	facts := []app.UI{
		app.Span().Text(locale.T(lang, msgLessonNumber, map[string]any{"Number": locale.Number(lang, lessonNumber(c.ICourse, l.ID))})),
		app.Span().Text(locale.N(lang, msgMinutes, t.Minutes)),
	}
	if c.ISection != nil {
		facts = append(facts, app.Span().Text(content.PlainText(c.ISection.Title)))
	}
	return app.Div().Class("continue-card").Body(
		app.P().Class("eyebrow").Text(locale.T(lang, eyebrow)),
		app.P().Class("continue-title").Text(t.Title),
		app.P().Class("continue-facts muted").Body(facts...),
		app.A().Class("button").Href(href).Text(action),
		c.stats(),
	)
}

// stats shows the streak and today's progress toward the goal, or an offer
// to choose a goal; nothing on the server, which knows no one's day.
func (c *continueCard) stats() app.UI {
	if !c.IDated {
		return nil
	}
	lang, st := c.ILang, c.IStatus
	if !st.Goal.IsSet() {
		return app.P().Class("continue-stats").Body(
			app.Span().Class("continue-streak is-none").Text(locale.T(lang, msgContinueNoGoal)),
			app.A().Href(TodayPath(lang)).Text(locale.T(lang, msgContinueChooseGoal)),
		)
	}
	done, of := st.Progress()
	goal := msgGoalMinutesProgress
	if st.Goal.Cards > 0 {
		goal = msgGoalCardsProgress
	}
	streakClass, streak := "continue-streak is-none", locale.T(lang, msgContinueNoStreak)
	if st.Streak > 0 {
		streakClass, streak = "continue-streak", locale.N(lang, msgStreak, st.Streak)
	}
	goalClass := "continue-goal"
	if st.Met {
		goalClass += " is-met"
	}
	return app.P().Class("continue-stats").Body(
		app.Span().Class(streakClass).Text(streak),
		app.A().Class(goalClass).Href(TodayPath(lang)).Text(locale.N(lang, goal, of, map[string]any{"Done": locale.Number(lang, done)})),
	)
}
