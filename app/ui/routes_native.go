//go:build !wasm

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// routeNotFound shows newPage at every address no page claims: the server
// pre-renders the not-found page for them.
func routeNotFound(_ map[string]func() app.Composer, newPage func() app.Composer) {
	app.RouteWithRegexp("^/", newPage)
}
