package ui

import (
	"fmt"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// answerLimit is the time a spoken interview answer should fit in.
const answerLimit = 2 * time.Minute

// answerTimer is an optional stopwatch for rehearsing an answer aloud. It
// counts up; at two minutes it says, once, that it is time to wrap up.
type answerTimer struct {
	app.Compo

	ILang string
	ICard string // the card being timed: another card resets the timer

	card    string
	started time.Time
	elapsed time.Duration
	running bool
}

func newAnswerTimer() *answerTimer { return &answerTimer{} }

// Lang sets the language.
func (a *answerTimer) Lang(v string) *answerTimer { a.ILang = v; return a }

// Card sets the card being timed.
func (a *answerTimer) Card(v string) *answerTimer { a.ICard = v; return a }

// OnUpdate resets the timer when another card comes.
func (a *answerTimer) OnUpdate(ctx app.Context) {
	if a.card != a.ICard {
		a.card, a.running, a.elapsed = a.ICard, false, 0
	}
}

func (a *answerTimer) toggle(ctx app.Context, e app.Event) {
	if a.running {
		a.running = false
		a.elapsed += time.Since(a.started)
		return
	}
	a.card, a.running, a.started = a.ICard, true, time.Now()
	a.tick(ctx)
}

func (a *answerTimer) reset(ctx app.Context, e app.Event) {
	a.running, a.elapsed = false, 0
}

// tick redraws the time every second while the timer runs.
func (a *answerTimer) tick(ctx app.Context) {
	started := a.started
	ctx.After(time.Second, func(ctx app.Context) {
		if a.running && a.started.Equal(started) {
			a.tick(ctx)
		}
	})
}

func (a *answerTimer) total() time.Duration {
	if a.running {
		return a.elapsed + time.Since(a.started)
	}
	return a.elapsed
}

func (a *answerTimer) Render() app.UI {
	lang := a.ILang
	total := a.total().Truncate(time.Second)
	label := locale.T(lang, msgTimerStart)
	if a.running {
		label = locale.T(lang, msgTimerStop)
	}
	over := total >= answerLimit
	class := "answer-timer"
	if over {
		class += " is-over"
	}
	status := ""
	if over {
		status = locale.T(lang, msgTimerUp)
	}
	return app.Div().Class(class).Body(
		app.Span().Class("timer-label").Text(locale.T(lang, msgTimer)),
		app.Time().Class("timer-clock").Attr("datetime", fmt.Sprintf("PT%dS", int(total.Seconds()))).
			Text(fmt.Sprintf("%d:%02d", int(total.Minutes()), int(total.Seconds())%60)),
		app.Button().Type("button").Class("button-quiet").OnClick(a.toggle).Text(label),
		app.If(total > 0 && !a.running, func() app.UI {
			return app.Button().Type("button").Class("button-quiet").OnClick(a.reset).Text(locale.T(lang, msgTimerReset))
		}),
		app.Span().Class("timer-status").Attr("role", "status").Text(status),
	)
}
