package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// stepHeading heads a step of the checklist with the area's place and
// name. Drawn for a step the learner moved to, it scrolls into view and
// takes the focus, so a screen reader reads on from the new step.
type stepHeading struct {
	app.Compo

	IID, IPlace, IName string
	IFocus             bool
}

func newStepHeading() *stepHeading { return &stepHeading{} }

// Heading sets the heading's id, the area's place ("Area 2 of 6") and name.
func (h *stepHeading) Heading(id, place, name string) *stepHeading {
	h.IID, h.IPlace, h.IName = id, place, name
	return h
}

// Focus makes the heading take the focus when it is drawn.
func (h *stepHeading) Focus(v bool) *stepHeading { h.IFocus = v; return h }

// OnMount moves the focus to the heading when asked.
func (h *stepHeading) OnMount(ctx app.Context) {
	if !h.IFocus || !app.IsClient {
		return
	}
	ctx.Defer(func(app.Context) {
		el := h.JSValue()
		if !el.Truthy() {
			return
		}
		el.Call("scrollIntoView", map[string]any{"block": "start"})
		el.Call("focus", map[string]any{"preventScroll": true})
	})
}

func (h *stepHeading) Render() app.UI {
	return app.H2().ID(h.IID).TabIndex(-1).Body(
		textSpan("step-count", h.IPlace),
		textSpan("step-name", h.IName),
	)
}
