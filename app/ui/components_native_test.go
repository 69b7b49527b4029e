//go:build !wasm

package ui

import (
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Component tests that check the tree as the server pre-renders it; they run
// in the native build only.

func TestTheSideBySideTurnButtonSpeaksTheLanguageItIsWrittenIn(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, _ := course.Lesson("cto-vs-cio")
	p := newParallelText().Langs("en", "ja").Course(course).Lesson(l)
	mount(t, p)
	label := locale.T("en", msgShowIn, map[string]any{"Language": locale.Autonym("ja")})
	want := app.Button().Type("button").Class("button-quiet parallel-turn").Lang("en").Aria("pressed", false).OnClick(noop)
	// parallelText → div → first section → button
	if err := app.Match(want, p, 0, 0, 0); err != nil {
		t.Errorf("the turn button of an English page reading Japanese beside it: %v", err)
	}
	if err := app.Match(app.Text(label), p, 0, 0, 0, 0); err != nil {
		t.Errorf("the turn button is not labelled in English: %v", err)
	}
}
