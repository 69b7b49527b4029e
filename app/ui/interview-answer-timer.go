package ui

import (
	"fmt"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// answerLimit is the time a spoken interview answer should fit in.
const answerLimit = 2 * time.Minute

// stopwatch is the time an answer timer has counted: Elapsed until it last
// started, and the time since Since while it runs.
type stopwatch struct {
	Since   time.Time     `json:"since,omitzero"` // when it last started; zero while it is stopped
	Elapsed time.Duration `json:"elapsed,omitempty"`
}

func (s stopwatch) running() bool { return !s.Since.IsZero() }

// total is the time counted at now; a clock set back counts no time.
func (s stopwatch) total(now time.Time) time.Duration {
	if s.running() {
		return s.Elapsed + max(0, now.Sub(s.Since))
	}
	return s.Elapsed
}

// toggled is the stopwatch started, or stopped, at now.
func (s stopwatch) toggled(now time.Time) stopwatch {
	if s.running() {
		return stopwatch{Elapsed: s.total(now)}
	}
	return stopwatch{Since: now, Elapsed: s.Elapsed}
}

// answerTimer is a stopwatch for rehearsing an answer aloud. It counts up;
// at two minutes it says, once, that it is time to wrap up. On its own it
// keeps its time and starts at zero for each card; a parent that sets
// OnChange owns the time instead (a mock interview keeps it across a
// reload): the timer shows Watch and reports each start, stop and reset.
type answerTimer struct {
	app.Compo

	ILang     string
	ICard     string // the card being timed: another card resets the timer
	IWatch    stopwatch
	IOnChange func(app.Context, stopwatch)

	card    string
	own     stopwatch // the time, unless a parent owns it
	ticking time.Time // the start the redrawing follows
}

func newAnswerTimer() *answerTimer { return &answerTimer{} }

// Lang sets the language.
func (a *answerTimer) Lang(v string) *answerTimer { a.ILang = v; return a }

// Card sets the card being timed.
func (a *answerTimer) Card(v string) *answerTimer { a.ICard = v; return a }

// Watch sets the time counted, when the parent owns it.
func (a *answerTimer) Watch(v stopwatch) *answerTimer { a.IWatch = v; return a }

// OnChange makes the parent own the time: f gets the stopwatch after each
// start, stop and reset.
func (a *answerTimer) OnChange(f func(app.Context, stopwatch)) *answerTimer {
	a.IOnChange = f
	return a
}

// OnMount redraws the time of a stopwatch that is already running.
func (a *answerTimer) OnMount(ctx app.Context) { a.follow(ctx) }

// OnUpdate resets the timer's own time when another card comes, and
// follows a stopwatch the parent started.
func (a *answerTimer) OnUpdate(ctx app.Context) {
	if a.card != a.ICard {
		a.card, a.own = a.ICard, stopwatch{}
	}
	a.follow(ctx)
}

func (a *answerTimer) watch() stopwatch {
	if a.IOnChange != nil {
		return a.IWatch
	}
	return a.own
}

func (a *answerTimer) set(ctx app.Context, w stopwatch) {
	if a.IOnChange != nil {
		a.IWatch = w
		a.IOnChange(ctx, w)
	} else {
		a.card, a.own = a.ICard, w
	}
	a.follow(ctx)
}

func (a *answerTimer) toggle(ctx app.Context, e app.Event) { a.set(ctx, a.watch().toggled(time.Now())) }

func (a *answerTimer) reset(ctx app.Context, e app.Event) { a.set(ctx, stopwatch{}) }

// follow redraws the time every second while the stopwatch runs from the
// same start.
func (a *answerTimer) follow(ctx app.Context) {
	since := a.watch().Since
	if since.IsZero() || since.Equal(a.ticking) {
		return
	}
	a.ticking = since
	var tick func(app.Context)
	tick = func(ctx app.Context) {
		if a.watch().Since.Equal(since) {
			ctx.After(time.Second, tick)
		} else if a.ticking.Equal(since) {
			a.ticking = time.Time{}
		}
	}
	ctx.After(time.Second, tick)
}

func (a *answerTimer) Render() app.UI {
	lang, w := a.ILang, a.watch()
	total := w.total(time.Now()).Truncate(time.Second)
	label := locale.T(lang, msgTimerStart)
	if w.running() {
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
	if w.running() {
		class += " is-running"
	}
	// The track fills toward the limit, so the time left reads at a glance.
	filled := min(100, int(100*total/answerLimit))
	return app.Div().Class(class).Body(
		textSpan("timer-label", locale.T(lang, msgTimer)),
		app.Span().Class("timer-face").Body(
			app.Time().Class("timer-clock").Attr("datetime", fmt.Sprintf("PT%dS", int(total.Seconds()))).Text(clockText(total)),
			textSpan("timer-limit", "/ "+clockText(answerLimit)),
		),
		app.Span().Class("timer-track").Aria("hidden", "true").Body(
			app.Span().Class("timer-fill").Style("width", fmt.Sprintf("%d%%", filled)),
		),
		app.Span().Class("timer-actions").Body(
			app.If(total > 0 && !w.running(), func() app.UI {
				return app.Button().Type("button").Class("button-quiet").OnClick(a.reset).Text(locale.T(lang, msgTimerReset))
			}),
			app.Button().Type("button").Class("button-secondary timer-toggle").OnClick(a.toggle).Text(label),
		),
		app.Span().Class("timer-status").Attr("role", "status").Text(status),
	)
}

// clockText is a time as a stopwatch shows it: minutes and seconds.
func clockText(d time.Duration) string {
	return fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}
