package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appStatus tells the learner when the network is gone (everything opened
// before still works) and when a new version is ready, which it applies only
// when asked. web/js/update.js watches the service worker for it. A tab
// left on an old version after another tab updated the app says so in the
// storage notice, with the one way on (reload): the update note then keeps
// quiet, so two banners never give two answers.
type appStatus struct {
	app.Compo

	ILang     string
	IOutdated bool

	offline   bool
	update    bool
	dismissed bool
	stop      []func()
}

func newAppStatus() *appStatus { return &appStatus{} }

// Lang sets the language.
func (s *appStatus) Lang(v string) *appStatus { s.ILang = v; return s }

// Outdated says that the storage notice already asks this tab to reload.
func (s *appStatus) Outdated(v bool) *appStatus { s.IOutdated = v; return s }

// OnMount reads the current state and listens for changes.
func (s *appStatus) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	s.offline = !win.Get("navigator").Get("onLine").Truthy()
	s.update = win.Get("cxopathUpdateReady").Truthy()
	s.stop = []func(){
		listen(ctx, win, "offline", true, func(app.Context, app.Value) { s.offline = true }),
		listen(ctx, win, "online", true, func(app.Context, app.Value) { s.offline = false }),
		listen(ctx, win, "cxopath-update-ready", true, func(app.Context, app.Value) { s.update = true }),
	}
}

// OnDismount stops listening.
func (s *appStatus) OnDismount() {
	for _, stop := range s.stop {
		stop()
	}
	s.stop = nil
}

func (s *appStatus) apply(ctx app.Context, e app.Event) {
	if app.Window().Get("cxopathApplyUpdate").Truthy() {
		app.Window().Call("cxopathApplyUpdate")
	}
}

func (s *appStatus) later(ctx app.Context, e app.Event) { s.dismissed = true }

func (s *appStatus) Render() app.UI {
	lang := s.ILang
	var lines []app.UI
	if s.offline {
		lines = append(lines, textP("offline-note", locale.T(lang, msgOffline)))
	}
	if s.update && !s.dismissed && !s.IOutdated {
		lines = append(lines, app.Div().Class("update-note").Body(
			app.P().Text(locale.T(lang, msgUpdateReady)),
			app.Button().Type("button").Class("button").OnClick(s.apply).Text(locale.T(lang, msgUpdateApply)),
			app.Button().Type("button").Class("button-quiet").OnClick(s.later).Text(locale.T(lang, msgUpdateLater)),
		))
	}
	return app.Div().Class("app-status").Attr("role", "status").Body(lines...)
}
