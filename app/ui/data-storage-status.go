package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageStatus says whether the browser keeps the learner's data for good
// or may clear it when space runs short, offers to ask it to keep it, and
// shows how much space the app uses.
type storageStatus struct {
	app.Compo

	ILang string

	known      bool // whether the browser has answered
	persistent bool
	asked      bool // the learner asked and the browser said no
	usage      float64
	quota      float64
}

func newStorageStatus() *storageStatus { return &storageStatus{} }

// Lang sets the language.
func (s *storageStatus) Lang(v string) *storageStatus { s.ILang = v; return s }

// storageManager is navigator.storage, or nil where the browser has none.
func storageManager() app.Value {
	if !app.IsClient {
		return nil
	}
	if m := app.Window().Get("navigator").Get("storage"); m.Truthy() {
		return m
	}
	return nil
}

// OnMount asks the browser.
func (s *storageStatus) OnMount(ctx app.Context) {
	m := storageManager()
	if m == nil {
		return
	}
	if m.Get("persisted").Truthy() {
		await(ctx, m.Call("persisted"), func(v app.Value) { s.known, s.persistent = true, v.Truthy() }, nil)
	}
	if m.Get("estimate").Truthy() {
		await(ctx, m.Call("estimate"), func(v app.Value) {
			s.usage, s.quota = v.Get("usage").Float(), v.Get("quota").Float()
		}, nil)
	}
}

func (s *storageStatus) persist(ctx app.Context, e app.Event) {
	if m := storageManager(); m != nil && m.Get("persist").Truthy() {
		await(ctx, m.Call("persist"), func(v app.Value) { s.persistent, s.asked = v.Truthy(), !v.Truthy() }, func() { s.asked = true })
	}
}

func (s *storageStatus) Render() app.UI {
	lang := s.ILang
	state := locale.T(lang, msgStorageUnknown)
	switch {
	case s.known && s.persistent:
		state = locale.T(lang, msgStoragePersistent)
	case s.known:
		state = locale.T(lang, msgStorageBestEffort)
	}
	return app.Section().Class("data-section").Aria("labelledby", "data-storage").Body(
		app.H2().ID("data-storage").Text(locale.T(lang, msgStorageHeading)),
		textP("storage-state", state),
		app.If(s.known && !s.persistent, func() app.UI {
			return app.Button().Type("button").Class("button-secondary").OnClick(s.persist).Text(locale.T(lang, msgStoragePersist))
		}),
		app.If(s.asked, func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text(locale.T(lang, msgStorageRefused))
		}),
		app.If(s.quota > 0, func() app.UI {
			// The bar shows at least a sliver, as the share used is often a
			// thousandth; the sentence under it gives the figures.
			share := strconv.FormatFloat(min(100, s.usage/s.quota*100), 'f', 2, 64)
			return app.Div().Class("storage-usage").Body(
				app.Div().Class("storage-bar").Aria("hidden", "true").Body(
					app.Span().Style("width", "max(0.375rem, "+share+"%)"),
				),
				app.P().Text(locale.T(lang, msgStorageUsage, map[string]any{"Used": byteSize(lang, s.usage), "Quota": byteSize(lang, s.quota)})),
			)
		}),
	)
}
