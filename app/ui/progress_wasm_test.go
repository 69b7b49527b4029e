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
	for _, tt := range []struct {
		name  string
		save  func(d *progress.Document)
		class string
	}{
		{"a lesson saved as done is marked done", func(d *progress.Document) { d.SetDone(first, true, "2026-12-01") }, "lesson-card is-done"},
		{"a lesson with a reading position is marked as being read, and next", func(d *progress.Document) { d.SetSection(first, "intro") }, "lesson-card is-reading is-next"},
		{"with a fresh store, the first lesson is not started, and next", nil, "lesson-card is-not-started is-next"},
	} {
		s := progress.Open(progress.Memory{}, time.Now)
		if tt.save != nil {
			if err := s.Update(tt.save); err != nil {
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
		// outline → section → groups → first group → ol → first li
		if err := app.Match(app.Li().Class(tt.class), o, 0, 2, 0, 1, 0); err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}
