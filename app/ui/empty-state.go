package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// emptyState stands where a list or a result would be when there is none
// yet: an icon in a soft disc (icon names one of the icon-NAME classes),
// a short title (or none), one sentence on how it fills, and at most one main action
// (nil for none).
func emptyState(class, icon, title, text string, action app.UI) app.UI {
	return app.Div().Class("empty-state "+class).Body(
		app.Span().Class("empty-state-icon icon icon-"+icon).Aria("hidden", "true"),
		app.If(title != "", func() app.UI { return textP("empty-state-title", title) }),
		app.If(text != "", func() app.UI { return textP("empty-state-text", text) }),
		app.If(action != nil, func() app.UI { return action }),
	)
}
