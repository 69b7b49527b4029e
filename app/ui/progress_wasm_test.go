//go:build wasm

package ui

import (
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Components follow the saved progress only once mounted, which happens in
// the browser alone: these tests run under wasmbrowsertest.

// publisher publishes the saved progress when mounted, as the shell does.
type publisher struct{ app.Compo }

func (p *publisher) OnMount(ctx app.Context) { publishProgress(ctx) }
func (p *publisher) Render() app.UI          { return app.Div() }

func TestTheCourseOutlineShowsWhatTheSavedProgressSays(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	first := course.Lessons[0].ID
	defer useProgress(nil)
	for _, done := range []bool{true, false} {
		s := progress.Open(progress.Memory{}, time.Now)
		if done {
			if err := s.Update(func(d *progress.Document) { d.SetDone(first, true, "2026-12-01") }); err != nil {
				t.Fatal(err)
			}
		}
		useProgress(s)
		e := app.NewTestEngine()
		o := newCourseOutline().Lang("en").Course(course)
		for _, c := range []app.Composer{&publisher{}, o} {
			if err := e.Load(c); err != nil {
				t.Fatal(err)
			}
			e.ConsumeAll()
		}
		// outline → section → first group → ol → first li
		err := app.Match(app.Li().Class("lesson-card is-done"), o, 0, 2, 1, 0)
		if done && err != nil {
			t.Errorf("a lesson saved as done is not marked done: %v", err)
		}
		if !done && err == nil {
			t.Error("with a fresh store, the first lesson is marked done")
		}
	}
}
