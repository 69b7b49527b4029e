package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// radioOption is option i of the radio group name: its button and its
// label, in a box of the given class. The quiz and the self-assessment
// build their answer scales from it.
func radioOption(class, name string, i int, label string, checked bool, onChange app.EventHandler) app.UI {
	id := name + "-" + strconv.Itoa(i)
	return app.Div().Class(class).Body(
		app.Input().Type("radio").ID(id).Name(name).Value(strconv.Itoa(i)).Checked(checked).OnChange(onChange),
		app.Label().For(id).Text(label),
	)
}
