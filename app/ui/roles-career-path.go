package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Sizes of the career staircase, in the units of its viewBox.
const (
	stairWidth  = 44 // one step's width
	stairRise   = 14 // how much higher each step stands than the last
	stairBase   = 16 // the first step's height
	stairMargin = 2  // room for the outline at the edges
)

// careerStairs draws the steps of a career path as a rising staircase, the
// last step (the role) in the accent colour with a flag on it, each
// numbered as the list of steps beside it is. It is a picture of the
// list, so screen readers skip it and read the list.
func careerStairs(lang string, steps int) app.UI {
	width := steps*stairWidth + 2*stairMargin
	height := stairBase + (steps-1)*stairRise + 30 + 2*stairMargin
	body := make([]app.UI, 0, 2*steps+2)
	for i := range steps {
		h := stairBase + i*stairRise
		x, y := stairMargin+i*stairWidth, height-stairMargin-h
		class := "career-step"
		if i == steps-1 {
			class += " is-goal"
		}
		body = append(body,
			svg("rect").Class(class).Attr("x", x).Attr("y", y).Attr("width", stairWidth-4).Attr("height", h).Attr("rx", 4),
			svg("text").Class(class).Attr("x", x+(stairWidth-4)/2).Attr("y", height-stairMargin-6).
				Attr("text-anchor", "middle").Text(locale.Number(lang, i+1)),
		)
	}
	// A flag on the top step: a pole and a pennant.
	fx := stairMargin + (steps-1)*stairWidth + (stairWidth-4)/2
	fy := height - stairMargin - (stairBase + (steps-1)*stairRise)
	body = append(body,
		svg("path").Class("career-flag-pole").Attr("d", "M"+strconv.Itoa(fx)+" "+strconv.Itoa(fy)+"v-26"),
		svg("path").Class("career-flag").Attr("d", "M"+strconv.Itoa(fx)+" "+strconv.Itoa(fy-26)+"l14 5-14 5z"),
	)
	return svg("svg").Class("career-stairs").
		Attr("viewBox", "0 0 "+strconv.Itoa(width)+" "+strconv.Itoa(height)).
		Attr("aria-hidden", "true").Attr("focusable", "false").
		Body(body...)
}

// careerPath shows a role's typical path as the staircase with the steps
// in words beside it, numbered alike.
func careerPath(lang string, steps []string) app.UI {
	return app.Div().Class("career-path").Body(
		careerStairs(lang, len(steps)),
		app.Ol().Class("career-steps").Body(app.Range(steps).Slice(func(i int) app.UI {
			return app.Li().Text(locale.KeepDots(steps[i]))
		})),
	)
}
