//go:build !wasm

package ui

import (
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Component tests that check the tree as the server pre-renders it; they run
// in the native build only.

func TestTheSideBySideSwitchNamesEachLanguageInItselfAndShowsWhichIsOn(t *testing.T) {
	p := &shown{ui: parallelToggle("en", "ja", false, func(bool) app.EventHandler { return noop })}
	mount(t, p)
	// the switch → its two buttons
	for i, want := range []struct {
		lang    string
		pressed bool
	}{{"en", true}, {"ja", false}} {
		button := app.Button().Type("button").Class("parallel-option").Lang(want.lang).Aria("pressed", want.pressed).OnClick(noop)
		if err := app.Match(button, p, 0, i); err != nil {
			t.Errorf("button %d of the switch: %v", i+1, err)
		}
		if err := app.Match(app.Text(locale.Autonym(want.lang)), p, 0, i, 0); err != nil {
			t.Errorf("button %d is not named %q: %v", i+1, locale.Autonym(want.lang), err)
		}
	}
}
