//go:build !wasm

package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LoadText has nothing to do outside the browser: the native build has
// every language's text.
func LoadText() bool { return true }

// CannotStart is never called outside the browser.
func CannotStart() {}

// textFirst makes the pages as they are: the native build has every
// language's text.
func textFirst(_ string, newPage func() app.Composer) func() app.Composer { return newPage }

// fetchBytes is never called outside the browser.
func fetchBytes(url string, then func([]byte, error)) {
	then(nil, errors.New("no browser to fetch "+url))
}
