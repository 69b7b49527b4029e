package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/study"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// goalGroups are the daily goals the learner can choose, in the order
// offered: a time a day, or a number of cards, each group under its name.
var goalGroups = []struct {
	label   *i18n.Message
	choices []progress.Goal
}{
	{msgGoalByTime, []progress.Goal{{Minutes: 10}, {Minutes: 20}, {Minutes: 30}}},
	{msgGoalByCards, []progress.Goal{{Cards: 5}, {Cards: 10}, {Cards: 20}}},
}

// todayGoal shows the daily goal: today's progress toward it, the streak,
// and the choice of another goal (open while there is none).
type todayGoal struct {
	app.Compo

	ILang   string
	IStatus study.Status

	changing bool // the choice of another goal is open
}

func newTodayGoal() *todayGoal { return &todayGoal{} }

// Lang sets the language.
func (g *todayGoal) Lang(v string) *todayGoal { g.ILang = v; return g }

// Status sets where the learner stands today.
func (g *todayGoal) Status(v study.Status) *todayGoal { g.IStatus = v; return g }

func (g *todayGoal) choose(goal progress.Goal) app.EventHandler {
	return func(ctx app.Context, e app.Event) { setGoal(ctx, goal) }
}

func (g *todayGoal) Render() app.UI {
	lang, st := g.ILang, g.IStatus
	class, body := "today-goal", []app.UI{app.H2().ID("today-goal").Text(locale.T(lang, msgGoalHeading))}
	if !st.Goal.IsSet() {
		class += " is-unset"
		body = append(body, app.P().Text(locale.T(lang, msgGoalNone)), g.choice())
	} else {
		done, of := st.Progress()
		progressMsg, share, streak := msgGoalMinutesProgress, min(100, done*100/of), locale.T(lang, msgStreakNone)
		if st.Goal.Cards > 0 {
			progressMsg = msgGoalCardsProgress
		}
		if st.Streak > 0 {
			streak = locale.N(lang, msgStreak, st.Streak)
		}
		// The streak's badge: a flame the stylesheet draws, lit while a
		// streak runs, celebrated on the day the goal is met.
		streakClass := "goal-streak"
		if st.Streak > 0 {
			streakClass += " is-running"
		}
		figures := []app.UI{app.Span().Text(locale.N(lang, progressMsg, of, map[string]any{"Done": locale.Number(lang, done)}))}
		if st.Met {
			class, share, streakClass = class+" is-met", 100, streakClass+" is-celebrating"
			figures = append(figures, app.Strong().Text(locale.T(lang, msgGoalMet)))
		}
		body = append(body,
			app.P().Class("goal-progress").Body(figures...),
			app.Div().Class("goal-bar").Aria("hidden", "true").Body(app.Span().Style("width", strconv.Itoa(share)+"%")),
			app.P().Class(streakClass).Text(streak),
			app.Button().Type("button").Class("button-quiet goal-change").Aria("expanded", g.changing).
				OnClick(func(ctx app.Context, e app.Event) { g.changing = !g.changing }).
				Text(locale.T(lang, msgGoalChange)),
			app.If(g.changing, g.choice),
		)
	}
	return app.Section().Class(class).Aria("labelledby", "today-goal").Body(body...)
}

// choice is the choice of daily goal, minutes and cards as two named
// rows of one radio group, with "No goal" once a goal is set, and how
// study time counts.
func (g *todayGoal) choice() app.UI {
	lang, current := g.ILang, g.IStatus.Goal
	option := func(i int, c progress.Goal) app.UI {
		label := locale.T(lang, msgGoalOff)
		switch {
		case c.Minutes > 0:
			label = locale.N(lang, msgGoalMinutesOption, c.Minutes)
		case c.Cards > 0:
			label = locale.N(lang, msgGoalCardsOption, c.Cards)
		}
		return radioOption("goal-option", "goal", i, label, c == current, g.choose(c))
	}
	rows := make([]app.UI, 0, len(goalGroups)+1)
	i := 0
	for _, group := range goalGroups {
		id := "goal-group-" + strconv.Itoa(len(rows))
		options := make([]app.UI, len(group.choices))
		for j, c := range group.choices {
			options[j] = option(i, c)
			i++
		}
		rows = append(rows, app.Div().Class("goal-group").Attr("role", "group").Aria("labelledby", id).Body(
			app.Span().ID(id).Class("goal-group-label").Text(locale.T(lang, group.label)),
			app.Div().Class("goal-options").Body(options...),
		))
	}
	if current.IsSet() {
		rows = append(rows, app.Div().Class("goal-options goal-off").Body(option(i, progress.Goal{})))
	}
	return app.FieldSet().Class("goal-choice").Body(
		// The section's heading names the choice on screen; the legend
		// names it for a screen reader inside the group.
		app.Legend().Class("visually-hidden").Text(locale.T(lang, msgGoalLegend)),
		app.Div().Class("goal-groups").Body(rows...),
		textP("muted", locale.T(lang, msgGoalHow)),
	)
}
