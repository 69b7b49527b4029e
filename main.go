// Command cxopath is CxO Path: in the browser (WASM) it runs the app; on a
// server it pre-renders and serves it.
package main

import (
	"github.com/cxopath/cxopath/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register()
	if !ui.LoadText() {
		// The page's words did not arrive: the app keeps the page as the
		// server wrote it, and says so.
		ui.CannotStart()
		return
	}
	app.RunWhenOnBrowser()
	runServer()
}
