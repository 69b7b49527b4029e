package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// confirmButton is a button for something that cannot be undone: the first
// press asks, in place, and only the second does it. Focus moves to the
// question's confirming button and back to the first button on cancel.
type confirmButton struct {
	app.Compo

	ILabel     string
	IQuestion  string
	IConfirm   string
	ICancel    string
	IOnConfirm func(app.Context)

	asking  bool
	mounted app.Context // outlives the buttons that are swapped when clicked
}

func newConfirmButton() *confirmButton { return &confirmButton{} }

// Label sets the first button's text.
func (b *confirmButton) Label(v string) *confirmButton { b.ILabel = v; return b }

// Question sets what the learner is asked.
func (b *confirmButton) Question(v string) *confirmButton { b.IQuestion = v; return b }

// Confirm sets the text of the button that goes ahead.
func (b *confirmButton) Confirm(v string) *confirmButton { b.IConfirm = v; return b }

// Cancel sets the text of the button that goes back.
func (b *confirmButton) Cancel(v string) *confirmButton { b.ICancel = v; return b }

// OnConfirm sets what happens once the learner confirms.
func (b *confirmButton) OnConfirm(f func(app.Context)) *confirmButton { b.IOnConfirm = f; return b }

// OnMount keeps the component's own context: focus moves after the clicked
// button is replaced, and go-app skips what waits on a removed element.
func (b *confirmButton) OnMount(ctx app.Context) { b.mounted = ctx }

func (b *confirmButton) ask(ctx app.Context, e app.Event) {
	b.asking = true
	b.mounted.Defer(func(app.Context) { focusIn(b.JSValue(), ".confirm-yes") })
}

func (b *confirmButton) cancel(ctx app.Context, e app.Event) {
	b.asking = false
	b.mounted.Defer(func(app.Context) { focusIn(b.JSValue(), ".confirm-first") })
}

func (b *confirmButton) confirm(ctx app.Context, e app.Event) {
	b.asking = false
	if b.IOnConfirm != nil {
		b.IOnConfirm(ctx)
	}
}

func (b *confirmButton) Render() app.UI {
	if !b.asking {
		return app.Div().Class("confirm-button").Body(
			app.Button().Type("button").Class("button-quiet confirm-first").OnClick(b.ask).Text(b.ILabel),
		)
	}
	return app.Div().Class("confirm-button is-asking").Attr("role", "group").Aria("label", b.IQuestion).Body(
		app.P().Text(b.IQuestion),
		app.Button().Type("button").Class("button button-danger confirm-yes").OnClick(b.confirm).Text(b.IConfirm),
		app.Button().Type("button").Class("button-quiet").OnClick(b.cancel).Text(b.ICancel),
	)
}
