package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// continueCard opens the home page with the one thing to do next: the
// lesson to read (next, from nextInCourse: where reading stopped, the next
// one, or the first), with the streak and today's progress toward the
// daily goal under it when the device's day is known (dated; never on the
// server, which knows no one's day).
func continueCard(lang string, c *content.Course, next *content.Lesson, section *content.Section, begun bool, st study.Status, dated bool) app.UI {
	eyebrow, title, facts, href, action := "", locale.T(lang, msgContinueAllDone), "", LessonsPath(lang), locale.T(lang, msgLessons)
	if next != nil && next.Text[lang] != nil {
		t := next.Text[lang]
		eyebrow, title, facts, href, action = locale.T(lang, msgContinueFirst), t.Title, locale.N(lang, msgMinutes, t.Minutes), LessonPath(lang, next.ID), locale.T(lang, msgStartHere)
		switch {
		case section != nil:
			eyebrow, action, href = locale.T(lang, msgContinueWhereStopped), locale.T(lang, msgContinueCardAction), href+"#"+section.ID
			facts = locale.T(lang, msgContinueReading, map[string]any{"Section": content.PlainText(section.Title)})
		case begun:
			eyebrow, action = locale.T(lang, msgContinueNext), locale.T(lang, msgContinueCardAction)
		}
	}
	var stats app.UI
	if dated {
		stats = continueStats(lang, st)
	}
	return app.Div().Class("continue-card").Body(
		app.If(eyebrow != "", func() app.UI { return textP("eyebrow", eyebrow) }),
		textP("continue-title", title),
		app.If(facts != "", func() app.UI { return textP("muted", facts) }),
		app.A().Class("button").Href(href).Text(action),
		stats,
	)
}

// continueStats is the streak and today's progress toward the goal, the
// progress leading to Today, or an offer there to choose a goal.
func continueStats(lang string, st study.Status) app.UI {
	streak, goal, class := locale.T(lang, msgContinueNoGoal), locale.T(lang, msgContinueChooseGoal), "continue-stats"
	if done, of := st.Progress(); of > 0 {
		unit := msgGoalMinutesProgress
		if st.Goal.Cards > 0 {
			unit = msgGoalCardsProgress
		}
		streak, goal = locale.T(lang, msgContinueNoStreak), locale.N(lang, unit, of, map[string]any{"Done": locale.Number(lang, done)})
	}
	if st.Streak > 0 {
		streak, class = locale.N(lang, msgStreak, st.Streak), class+" has-streak"
	}
	if st.Met {
		class += " is-met"
	}
	return app.P().Class(class).Body(app.Span().Text(streak), app.A().Href(TodayPath(lang)).Text(goal))
}
