package ui

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Radar geometry, in the chart's own units.
const (
	radarRadius = 100.0
	radarLabel  = 114.0 // distance of the labels from the centre
	radarLine   = 15.0  // line height of a label
	labelRunes  = 14    // a Latin label wraps after about this many characters
)

// radarChart draws area scores as a polygon on a web of axes, one axis per
// area, scores from 0 at the centre to 1 at the rim. It is decoration for
// sighted readers; the table beside it carries the same data for everyone,
// so the chart is hidden from screen readers.
type radarChart struct {
	app.Compo

	ILabels []string
	IValues []float64 // 0 to 1, one per label
	IThen   []float64 // an earlier set of values, drawn as a dashed outline; none: no outline
}

func newRadarChart() *radarChart { return &radarChart{} }

// Axes sets the label and value of each axis, clockwise from the top.
func (r *radarChart) Axes(labels []string, values []float64) *radarChart {
	r.ILabels, r.IValues = labels, values
	return r
}

// Then sets earlier values, one per axis, drawn as a second outline.
func (r *radarChart) Then(values []float64) *radarChart {
	r.IThen = values
	return r
}

// radarPoint is where value v lies on axis i of n.
func radarPoint(i, n int, v float64) (x, y float64) {
	angle := 2*math.Pi*float64(i)/float64(n) - math.Pi/2
	return v * math.Cos(angle), v * math.Sin(angle)
}

// points writes a polygon's points attribute.
func points(n int, value func(i int) float64) string {
	var b strings.Builder
	for i := range n {
		x, y := radarPoint(i, n, value(i)*radarRadius)
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(x) + "," + num(y))
	}
	return b.String()
}

// num writes a coordinate to a tenth of a unit, never as "-0".
func num(f float64) string {
	v := math.Round(f*10) / 10
	if v == 0 {
		v = 0
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func (r *radarChart) Render() app.UI {
	n := len(r.ILabels)
	if n < 3 {
		return app.Div()
	}
	var web []app.UI
	for _, ring := range []float64{1.0 / 3, 2.0 / 3, 1} {
		web = append(web, svg("polygon").Class("radar-ring").Attr("points", points(n, func(int) float64 { return ring })))
	}
	for i := range n {
		x, y := radarPoint(i, n, radarRadius)
		web = append(web, svg("line").Class("radar-axis").Attr("x1", 0).Attr("y1", 0).Attr("x2", num(x)).Attr("y2", num(y)))
	}
	shape := svg("polygon").Class("radar-shape").Attr("points", points(n, func(i int) float64 { return clamp01(r.IValues[i]) }))
	var dots, labels []app.UI
	for i, label := range r.ILabels {
		x, y := radarPoint(i, n, clamp01(r.IValues[i])*radarRadius)
		dots = append(dots, svg("circle").Class("radar-dot").Attr("cx", num(x)).Attr("cy", num(y)).Attr("r", 3.5))
		labels = append(labels, radarLabelText(i, n, label))
	}
	return svg("svg").Class("radar-chart").
		Attr("viewBox", "-262 -150 524 300").
		Aria("hidden", "true").
		Attr("focusable", "false").
		Body(append(append(append(append(web, shape), radarThen(n, r.IThen)), dots...), labels...)...)
}

// radarThen draws earlier values as a dashed outline over the shape, so
// that the dashes show where the two cross; nil without one value per axis.
func radarThen(n int, then []float64) app.UI {
	if len(then) != n {
		return nil
	}
	return svg("polygon").Class("radar-then").Attr("points", points(n, func(i int) float64 { return clamp01(then[i]) }))
}

// radarLabelText places an axis label beyond the rim, anchored away from
// the chart and wrapped onto lines.
func radarLabelText(i, n int, label string) app.UI {
	x, y := radarPoint(i, n, radarLabel)
	anchor := "middle"
	switch {
	case x > 1:
		anchor = "start"
	case x < -1:
		anchor = "end"
	}
	lines := wrapLabel(label)
	top := y - radarLine*float64(len(lines)-1)/2 + 4
	if y < -radarLabel+1 {
		top = y - radarLine*float64(len(lines)-1) - 2
	} else if y > radarLabel-1 {
		top = y + 12
	}
	spans := make([]app.UI, len(lines))
	for j, line := range lines {
		spans[j] = svg("tspan").Attr("x", num(x)).Attr("y", num(top+float64(j)*radarLine)).Text(line)
	}
	return svg("text").Class("radar-label").Attr("text-anchor", anchor).Body(spans...)
}

// wrapLabel breaks a label between words into lines of about labelRunes
// characters; labels without spaces (Korean and Japanese area names are
// short) stay on one line.
func wrapLabel(s string) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > labelRunes {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }
