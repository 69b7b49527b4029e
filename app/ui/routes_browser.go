//go:build wasm

package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// routeNotFound shows newPage at the address the app was opened at, when
// none of pages claims it. The browser build of go-app routes by exact paths only (no
// regexp package in app.wasm; see tools/wasmmodule), and every other address
// the app reaches is one of its own pages: its links lead to pages, and
// Back and Forward only return to where it has been.
func routeNotFound(pages map[string]func() app.Composer, newPage func() app.Composer) {
	path := app.Window().Get("location").Get("pathname").String()
	if _, ok := pages[strings.TrimSuffix(path, "/")]; ok {
		return
	}
	if _, ok := pages[path]; !ok && path != "/" && path != "/index.html" {
		app.Route(path, newPage)
	}
}
