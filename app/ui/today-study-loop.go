package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// studyLoop is the daily loop's part of every page: the quiet moment of
// recognition when the learner finishes a lesson, meets the day's goal or
// finishes a mock interview (a brief note, announced politely, gone after
// a few seconds or at the next key press or tap), and on a page of study,
// the clock that counts study time.
type studyLoop struct {
	app.Compo

	ILang  string
	ITimed bool // the page is study: its time counts

	cheer   cheer
	shown   time.Time // the At of the cheer on screen; zero for none
	stopped func()    // stops the clock, while it runs
	stopKey func()    // stops listening for the input that takes the note away
}

func newStudyLoop() *studyLoop { return &studyLoop{} }

// Lang sets the language.
func (s *studyLoop) Lang(v string) *studyLoop { s.ILang = v; return s }

// Timed sets whether the page's time counts as study.
func (s *studyLoop) Timed(v bool) *studyLoop { s.ITimed = v; return s }

// OnMount follows the moments of recognition and, on a page of study,
// starts the clock.
func (s *studyLoop) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCheer, &s.cheer).OnChange(func() { s.show(ctx) })
	if !app.IsClient {
		return
	}
	// A note called up just before the page changed stays its time.
	if !s.cheer.At.IsZero() && time.Since(s.cheer.At) < cheerFor {
		s.show(ctx)
	}
	stopKeys := handle(app.Window(), "keydown", true, func(app.Value) { ctx.Dispatch(s.dismiss) })
	stopTaps := handle(app.Window(), "pointerdown", true, func(app.Value) { ctx.Dispatch(s.dismiss) })
	s.stopKey = func() { stopKeys(); stopTaps() }
	s.syncClock(ctx)
}

// OnUpdate starts or stops the clock when the page changes kind.
func (s *studyLoop) OnUpdate(ctx app.Context) { s.syncClock(ctx) }

// OnDismount stops the clock and the listening.
func (s *studyLoop) OnDismount() {
	if s.stopped != nil {
		s.stopped()
		s.stopped = nil
	}
	if s.stopKey != nil {
		s.stopKey()
		s.stopKey = nil
	}
}

// show puts the latest note on screen until cheerFor has passed.
func (s *studyLoop) show(ctx app.Context) {
	at := s.cheer.At
	if at.IsZero() {
		return
	}
	s.shown = at
	ctx.After(cheerFor-time.Since(at), func(ctx app.Context) {
		if s.shown.Equal(at) {
			s.shown = time.Time{}
		}
	})
}

// dismiss takes the note off screen, once it has been there a moment: the
// key press or tap that called it up must not take it away.
func (s *studyLoop) dismiss(ctx app.Context) {
	if s.shown.IsZero() || time.Since(s.shown) < time.Second {
		ctx.PreventUpdate()
		return
	}
	s.shown = time.Time{}
}

// syncClock runs the clock while the page is study, in the browser.
func (s *studyLoop) syncClock(ctx app.Context) {
	switch {
	case !app.IsClient:
	case s.ITimed && s.stopped == nil:
		s.stopped = runClock(ctx)
	case !s.ITimed && s.stopped != nil:
		s.stopped()
		s.stopped = nil
	}
}

// runClock counts study time until the returned function stops it: it
// notes the learner's input, looks every few seconds whether the page is
// in view, and saves each whole minute into today's study.
func runClock(ctx app.Context) (stop func()) {
	clock.start(time.Now())
	var stops []func()
	for _, event := range []string{"pointerdown", "keydown", "scroll", "wheel", "touchstart", "input"} {
		stops = append(stops, handle(app.Window(), event, true, func(app.Value) { clock.touch(time.Now()) }))
	}
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(tickEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case now := <-t.C:
				visible := app.Window().Get("document").Get("visibilityState").String() == "visible"
				if ready := clock.tick(now, visible); ready > 0 {
					seconds := int(ready / time.Second)
					ctx.Dispatch(func(ctx app.Context) { recordStudy(ctx, progress.Day{Seconds: seconds}) })
				}
			}
		}
	}()
	return func() {
		close(done)
		for _, stop := range stops {
			stop()
		}
	}
}

func (s *studyLoop) Render() app.UI {
	lang := s.ILang
	note := ""
	if !s.shown.IsZero() {
		switch s.cheer.Kind {
		case cheerLesson:
			note = locale.T(lang, msgCheerLesson)
		case cheerGoal:
			note = locale.N(lang, msgCheerGoal, max(s.cheer.Streak, 1))
		case cheerMock:
			note = locale.T(lang, msgCheerMock)
		}
	}
	return app.Div().Class("study-cheer").Attr("role", "status").Aria("atomic", "true").Body(
		app.If(note != "", func() app.UI { return textP("study-cheer-note", note) }),
	)
}
