package ui

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Radar geometry, in the chart's own units.
const (
	radarRadius = 100.0
	radarGap    = 0.7  // space between the rim and a label, in ems
	radarSideX  = 66.0 // where a side label starts, off the centre line
	radarSideY  = 64.0 // how far from the middle a side label's nearest line sits
	sideEms     = 5.5  // a side label longer than this (in ems) goes on two lines
	endEms      = 10.0 // the same for the labels at the top and the bottom
)

// radarChart draws area scores as a polygon on a web of axes, one axis per
// area, scores from 0 at the centre to 1 at the rim, each axis labelled
// with its area's name and score. Two more outlines may lie over it: what a
// role asks (dashed) and an earlier day's scores. The labels of the side
// axes sit above or below their corner, in the room outside the web, so
// the web takes most of the width. Narrow, for a phone, the type is larger
// against the web, so that it stays readable on a small screen. It is
// decoration for sighted readers: the table carries the same data for
// everyone, so the chart is hidden from screen readers.
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

// Narrow draws the labels larger against the web, for a phone.
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
	class, em, dot := "radar-chart is-wide", 8.0, 3.0
	if r.INarrow {
		class, em, dot = "radar-chart is-narrow", 13.0, 4.0
	}
	box := newRadarBox(em)
	var dots, labels []app.UI
	for i, label := range r.ILabels {
		x, y := radarPoint(i, n, clamp01(r.IValues[i])*radarRadius)
		dots = append(dots, svg("circle").Class("radar-dot").Attr("cx", num(x)).Attr("cy", num(y)).Attr("r", num(dot)))
		score := ""
		if i < len(r.IScores) {
			score = r.IScores[i]
		}
		labels = append(labels, box.label(i, n, label, score))
	}
	// The earlier day goes under the learner's shape, which is drawn over it
	// where the two share an edge; the role's profile goes over both.
	body := append(web, radarOutline("radar-then", n, r.IThen), shape, radarOutline("radar-target", n, r.ITarget))
	return svg("svg").Class(class).
		Attr("viewBox", box.viewBox()).
		Attr("font-size", num(em)).
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

// radarBox places the labels round the web and grows the chart's box to
// hold them: em is the type's size in the chart's units.
type radarBox struct {
	em         float64
	halfW, top float64 // the box's half-width, and how far it reaches above (and below) the centre
}

func newRadarBox(em float64) *radarBox {
	return &radarBox{em: em, halfW: radarRadius + 4, top: radarRadius + 4}
}

// viewBox is the box that holds the web and every label placed so far.
func (b *radarBox) viewBox() string {
	w, h := math.Ceil(b.halfW+4), math.Ceil(b.top+4)
	return num(-w) + " " + num(-h) + " " + num(2*w) + " " + num(2*h)
}

// label places axis i's name, wrapped onto lines, and its score on a line
// of its own: centred above the top corner and below the bottom one, and
// beside the web, above or below their corner, for the others.
func (b *radarBox) label(i, n int, label, score string) app.UI {
	vx, vy := radarPoint(i, n, radarRadius)
	lh := b.em * 1.2
	side := math.Abs(vx) > 1
	limit := endEms
	if side {
		limit = sideEms
	}
	lines := wrapLabel(label, limit)
	if score != "" {
		lines = append(lines, score)
	}
	widest := 0.0
	for _, l := range lines {
		widest = math.Max(widest, ems(l)*b.em)
	}
	up := vy < 0
	var x float64
	anchor := "middle"
	var first float64 // the first line's baseline
	gap := radarGap * b.em
	switch {
	case !side && up:
		first = vy - gap - lh*float64(len(lines)-1) - 0.2*b.em
		b.halfW = math.Max(b.halfW, widest/2)
	case !side:
		first = vy + gap + 0.8*b.em
		b.halfW = math.Max(b.halfW, widest/2)
	default:
		x, anchor = radarSideX, "start"
		if vx < 0 {
			x, anchor = -radarSideX, "end"
		}
		if up {
			first = -radarSideY - 0.2*b.em - lh*float64(len(lines)-1)
		} else {
			first = radarSideY + 0.8*b.em
		}
		b.halfW = math.Max(b.halfW, radarSideX+widest)
	}
	b.top = math.Max(b.top, math.Max(-first+b.em, first+lh*float64(len(lines)-1)+0.3*b.em))
	spans := make([]app.UI, len(lines))
	for j, line := range lines {
		span := svg("tspan").Attr("x", num(x)).Attr("y", num(first+float64(j)*lh))
		if score != "" && j == len(lines)-1 {
			span = span.Class("radar-score")
		}
		spans[j] = span.Text(line)
	}
	return svg("text").Class("radar-label").Attr("text-anchor", anchor).Body(spans...)
}

// ems estimates how wide s is set, in ems: a Korean, Japanese or Chinese
// character takes one, a Latin letter about half.
func ems(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ' || r == '·':
			w += 0.3
		case r >= 0x1100 && r <= 0x11ff || r >= 0x3000 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7a3 || r >= 0xff00 && r <= 0xffef:
			w += 1 // Hangul, kana, CJK ideographs and full-width forms
		case r >= 'A' && r <= 'Z' || r == 'm' || r == 'w' || r == '%':
			w += 0.75
		case r >= '0' && r <= '9':
			w += 0.58
		default:
			w += 0.52
		}
	}
	return w
}

// wrapLabel sets a label on one line, or, when it is wider than limit ems,
// on two lines as even as it can, broken between words, after a middle dot
// or before a Japanese 「との」, never inside a word. SVG text never wraps,
// so the marks that steer a browser's line breaks (locale.KeepWords) are
// left out: they would hide 「との」 and count as width.
func wrapLabel(s string, limit float64) []string {
	s = locale.DropBreakHints(s)
	if ems(s) <= limit {
		return []string{s}
	}
	best, bestW := []string{s}, ems(s)
	for i, r := range s {
		var a, c string
		switch {
		case r == ' ':
			a, c = s[:i], s[i+1:]
		case r == '·' || r == '・':
			a, c = s[:i+utf8.RuneLen(r)], s[i+utf8.RuneLen(r):]
		case strings.HasPrefix(s[i:], "との") && i > 0:
			a, c = s[:i], s[i:]
		default:
			continue
		}
		if a == "" || c == "" {
			continue
		}
		if w := math.Max(ems(a), ems(c)); w < bestW {
			best, bestW = []string{a, c}, w
		}
	}
	return best
}

func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }
