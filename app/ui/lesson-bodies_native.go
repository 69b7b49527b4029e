//go:build !wasm

package ui

import "errors"

// LoadText does nothing outside the browser: the native build has every
// language's lesson text.
func LoadText() {}

// fetchBytes is never called outside the browser.
func fetchBytes(url string, then func([]byte, error)) {
	then(nil, errors.New("no browser to fetch "+url))
}
