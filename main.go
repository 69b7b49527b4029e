// Command cxopath is CxO Path: in the browser (WASM) it runs the app; on a
// server it pre-renders and serves it.
package main

import (
	"github.com/cxopath/cxopath/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register()
	ui.LoadText()
	app.RunWhenOnBrowser()
	runServer()
}
