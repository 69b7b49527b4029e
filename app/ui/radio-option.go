package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// radioOption is option i of the radio group name: its button and its
// label, in a box of the given class. The quiz and the self-assessment
// build their answer scales from it. Its handler is scoped to the button:
// go-app tells handlers apart by their code alone, so without the scope a
// button that a redraw moves to another question (a note shown above the
// quiz, the next lesson's quiz) would keep answering the question it had.
func radioOption(class, name string, i int, label string, checked bool, onChange app.EventHandler) app.UI {
	id := name + "-" + strconv.Itoa(i)
	return app.Div().Class(class).Body(
		app.Input().Type("radio").ID(id).Name(name).Value(strconv.Itoa(i)).Checked(checked).OnChange(onChange, app.EventScope(id)),
		app.Label().For(id).Text(label),
	)
}
