package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// installPanel explains offline and installed use to learners who have not
// met an installable web app, says whether this device is ready to work
// offline, and offers installation where the browser does.
type installPanel struct {
	app.Compo

	ILang string

	installable bool
	installed   bool
	offlineOK   bool
	details     bool // the build's version is shown
}

func newInstallPanel() *installPanel { return &installPanel{} }

// Lang sets the language.
func (p *installPanel) Lang(v string) *installPanel { p.ILang = v; return p }

// OnMount reads what the browser offers.
func (p *installPanel) OnMount(ctx app.Context) { p.read(ctx) }

// OnAppInstallChange follows the browser's offer to install.
func (p *installPanel) OnAppInstallChange(ctx app.Context) { p.read(ctx) }

func (p *installPanel) read(ctx app.Context) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	p.installable = ctx.IsAppInstallable()
	p.installed = win.Call("matchMedia", "(display-mode: standalone)").Get("matches").Truthy()
	if sw := win.Get("navigator").Get("serviceWorker"); sw.Truthy() {
		p.offlineOK = sw.Get("controller").Truthy()
		if !p.offlineOK {
			await(ctx, sw.Get("ready"), func(app.Value) { p.offlineOK = true }, nil)
		}
	}
}

func (p *installPanel) install(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() }

func (p *installPanel) toggleDetails(ctx app.Context, e app.Event) { p.details = !p.details }

func (p *installPanel) Render() app.UI {
	lang := p.ILang
	offline := locale.T(lang, msgOfflineNotYet)
	if p.offlineOK {
		offline = locale.T(lang, msgOfflineReady)
	}
	var install app.UI
	switch {
	case p.installed:
		install = app.P().Text(locale.T(lang, msgInstalled))
	case p.installable:
		install = app.Button().Type("button").Class("button install-button").OnClick(p.install).Text(locale.T(lang, msgInstall))
	default:
		install = textP("muted", locale.T(lang, msgInstallFromMenu))
	}
	return app.Section().Class("data-section").Aria("labelledby", "data-offline").Body(
		app.H2().ID("data-offline").Text(locale.T(lang, msgOfflineHeading)),
		app.P().Text(locale.T(lang, msgOfflineHow)),
		textP("offline-state", offline),
		install,
		// The build's version is for a bug report, not for reading: shown
		// on request.
		app.Div().Class("disclosure app-details").Body(
			app.Button().Type("button").Class("disclosure-toggle").Aria("expanded", p.details).Aria("controls", "app-version").
				OnClick(p.toggleDetails).Text(locale.T(lang, msgAppDetails)),
			app.P().ID("app-version").Class("muted app-version").Hidden(!p.details).Text(locale.T(lang, msgAppVersion, map[string]any{"Version": appVersion()})),
		),
	)
}

// appVersion is the build the app runs: a hash of its files.
func appVersion() string {
	v := app.Getenv("GOAPP_VERSION")
	if len(v) > 12 {
		v = v[:12]
	}
	return v
}
