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
	radarKey    = 110.0 // distance of the numbered keys from the centre, on a phone
	radarLine   = 16.0  // line height of a label
	labelRunes  = 14    // a Latin label wraps after about this many characters
)

// radarChart draws area scores as a polygon on a web of axes, one axis per
// area, scores from 0 at the centre to 1 at the rim, each axis labelled
// with its area and score. Two more outlines may lie over it: what a role
// asks (dashed) and an earlier day's scores (dotted). Narrow, for a phone,
// it draws each axis's number and score instead of its name, so the web
// can take the screen's width with labels still readable; the table beside
// it names the numbers. It is decoration for sighted readers: the table
// carries the same data for everyone, so the chart is hidden from screen
// readers.
type radarChart struct {
	app.Compo

	ILabels []string
	IValues []float64 // 0 to 1, one per label
	IScores []string  // each value as the learner reads it ("67%", "—")
	IThen   []float64 // an earlier set of values; none: no outline
	ITarget []float64 // what a role asks; none: no outline
	INarrow bool
}

func newRadarChart() *radarChart { return &radarChart{} }

// Axes sets the label and value of each axis, clockwise from the top.
func (r *radarChart) Axes(labels []string, values []float64) *radarChart {
	r.ILabels, r.IValues = labels, values
	return r
}

// Scores sets each axis's value as text, shown with its label.
func (r *radarChart) Scores(v []string) *radarChart { r.IScores = v; return r }

// Then sets earlier values, one per axis, drawn as a second outline.
func (r *radarChart) Then(values []float64) *radarChart {
	r.IThen = values
	return r
}

// Target sets what a role asks, one value per axis, drawn as an outline.
func (r *radarChart) Target(values []float64) *radarChart { r.ITarget = values; return r }

// Narrow draws numbered keys for a phone instead of names.
func (r *radarChart) Narrow(v bool) *radarChart { r.INarrow = v; return r }

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
	for _, ring := range []float64{0.25, 0.5, 0.75, 1} {
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
		dots = append(dots, svg("circle").Class("radar-dot").Attr("cx", num(x)).Attr("cy", num(y)).Attr("r", 4))
		score := ""
		if i < len(r.IScores) {
			score = r.IScores[i]
		}
		if r.INarrow {
			labels = append(labels, radarKeyText(i, n, score))
		} else {
			labels = append(labels, radarLabelText(i, n, label, score))
		}
	}
	class, box := "radar-chart is-wide", "-270 -170 540 340"
	if r.INarrow {
		class, box = "radar-chart is-narrow", "-142 -132 284 264"
	}
	body := append(web, shape, radarOutline("radar-target", n, r.ITarget), radarOutline("radar-then", n, r.IThen))
	return svg("svg").Class(class).
		Attr("viewBox", box).
		Aria("hidden", "true").
		Attr("focusable", "false").
		Body(append(append(body, dots...), labels...)...)
}

// radarOutline draws a second set of values as an outline over the shape,
// so that it shows where the two cross; nil without one value per axis.
func radarOutline(class string, n int, values []float64) app.UI {
	if len(values) != n {
		return nil
	}
	return svg("polygon").Class(class).Attr("points", points(n, func(i int) float64 { return clamp01(values[i]) }))
}

// anchorAt is the text anchor of a label at x: away from the chart.
func anchorAt(x float64) string {
	switch {
	case x > 1:
		return "start"
	case x < -1:
		return "end"
	}
	return "middle"
}

// radarLabelText places an axis label beyond the rim, anchored away from
// the chart and wrapped onto lines, with the score on a line of its own.
func radarLabelText(i, n int, label, score string) app.UI {
	x, y := radarPoint(i, n, radarLabel)
	lines := wrapLabel(label)
	if score != "" {
		lines = append(lines, score)
	}
	top := y - radarLine*float64(len(lines)-1)/2 + 4
	if y < -radarLabel+1 {
		top = y - radarLine*float64(len(lines)-1) - 2
	} else if y > radarLabel-1 {
		top = y + 12
	}
	spans := make([]app.UI, len(lines))
	for j, line := range lines {
		span := svg("tspan").Attr("x", num(x)).Attr("y", num(top+float64(j)*radarLine))
		if score != "" && j == len(lines)-1 {
			span = span.Class("radar-score")
		}
		spans[j] = span.Text(line)
	}
	return svg("text").Class("radar-label").Attr("text-anchor", anchorAt(x)).Body(spans...)
}

// radarKeyText places an axis's number and score beyond the rim.
func radarKeyText(i, n int, score string) app.UI {
	x, y := radarPoint(i, n, radarKey)
	base := y + 5
	if y < -radarKey+1 {
		base = y - 2
	} else if y > radarKey-1 {
		base = y + 14
	}
	return svg("text").Class("radar-key").Attr("text-anchor", anchorAt(x)).Attr("x", num(x)).Attr("y", num(base)).Body(
		svg("tspan").Class("radar-key-number").Text(strconv.Itoa(i+1)),
		svg("tspan").Class("radar-score").Text(" "+score),
	)
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
