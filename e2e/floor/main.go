// Command floor is the smallest go-app program that does what every page
// of CxO Path does: the server pre-renders one component and the browser
// runs it from app.wasm, built with the same Go and the same go-app. The
// Lighthouse benchmark audits it beside the app's pages: what it measures
// is the floor that the Go runtime and go-app set, which no page of the app
// can go below.
//
//	floor -addr 127.0.0.1:8001   (serves ./web/app.wasm)
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// page is one heading and one paragraph.
type page struct{ app.Compo }

func (p *page) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("CxO Path"),
		app.P().Text("The smallest go-app page: a heading and a paragraph."),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &page{} })
	app.RunWhenOnBrowser()
	serve()
}
