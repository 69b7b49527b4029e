package ui

import (
	"math"
	"strings"
	"time"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// trendChart draws the overall score of every day the ratings were kept as
// a line, days spaced by the time between them, the two days compared
// marked and labelled with their score, the first and last day named
// under it. The line stretches to the width; the dots and the words are
// laid out in the page's own type, so they read the same on a phone and a
// desktop. Screen readers get every day and score in one label.
type trendChart struct {
	app.Compo

	ILang      string
	IChecklist *assess.Checklist
	ISnapshots []progress.Snapshot // oldest first
	IFrom, ITo string              // the dates compared
}

func newTrendChart() *trendChart { return &trendChart{} }

// Lang sets the language.
func (c *trendChart) Lang(v string) *trendChart { c.ILang = v; return c }

// Snapshots sets the checklist that scores the days, and the days, oldest first.
func (c *trendChart) Snapshots(cl *assess.Checklist, v []progress.Snapshot) *trendChart {
	c.IChecklist, c.ISnapshots = cl, v
	return c
}

// Compared sets the two days compared, marked on the line.
func (c *trendChart) Compared(from, to string) *trendChart { c.IFrom, c.ITo = from, to; return c }

// trendPoint is one day on the chart: where it lies, as percentages of the
// chart's width and height from its top left, and its score.
type trendPoint struct {
	On    string
	X, Y  float64
	Score float64
}

// trendPoints places each snapshot: x by its date between the first and
// the last, y by its overall score on the scale of trendRange, its top at
// the top.
func trendPoints(cl *assess.Checklist, snaps []progress.Snapshot) []trendPoint {
	if len(snaps) < 2 {
		return nil
	}
	day := func(s string) float64 {
		t, _ := time.Parse(time.DateOnly, s)
		return float64(t.Unix()) / 86400
	}
	first, last := day(snaps[0].On), day(snaps[len(snaps)-1].On)
	span := last - first
	points := make([]trendPoint, len(snaps))
	for i, s := range snaps {
		score, _ := cl.Overall(s.Ratings)
		x := float64(i) / float64(len(snaps)-1) * 100
		if span > 0 {
			x = (day(s.On) - first) / span * 100
		}
		points[i] = trendPoint{On: s.On, X: x, Score: score}
	}
	lo, hi := trendRange(points)
	for i := range points {
		points[i].Y = (hi - points[i].Score) / (hi - lo) * 100
	}
	return points
}

// trendRange is the scale of the chart: whole tens of percent around the
// scores, at least twenty points apart, so that a rise from 53% to 64%
// shows as a rise and not as a flat line at the top of 0–100%; with five
// points of room past the lowest and the highest score where the scale
// can give it, so a score's label clears the chart's edge; and an even
// number of tens, so the middle line is a whole ten too.
func trendRange(points []trendPoint) (lo, hi float64) {
	low, high := 1.0, 0.0
	for _, p := range points {
		low, high = min(low, p.Score), max(high, p.Score)
	}
	// In tenths, whole numbers from here on.
	l, h := math.Floor(low*10+1e-9), math.Ceil(high*10-1e-9)
	if low*10-l < 0.5-1e-9 && l > 0 {
		l--
	}
	if h-high*10 < 0.5-1e-9 && h < 10 {
		h++
	}
	for h-l < 2 || int(h-l)%2 == 1 {
		if h < 10 {
			h++
		} else {
			l--
		}
	}
	return max(l, 0) / 10, min(h, 10) / 10
}

func (c *trendChart) Render() app.UI {
	lang := c.ILang
	points := trendPoints(c.IChecklist, c.ISnapshots)
	if points == nil {
		return nil
	}
	days := c.shortDays(points)
	// One line, and one path of zero-length strokes whose round caps are
	// the dots; the grid is the plot's background.
	var line, dots strings.Builder
	var marks []app.UI
	spoken := make([]string, len(points))
	for i, p := range points {
		at := num(p.X) + " " + num(p.Y)
		if i > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(at)
		dots.WriteString("M" + at + "h0")
		spoken[i] = locale.T(lang, msgSnapshotOption, map[string]any{"Date": ratedOn(lang, p.On), "Score": percent(lang, p.Score)})
		compared := p.On == c.IFrom || p.On == c.ITo
		if compared || len(points) <= labelledPoints {
			class := "trend-value"
			if compared {
				class += " is-compared"
			}
			if p.On == c.IFrom {
				class += " is-from" // in the earlier day's grey, as on the radar
			}
			switch {
			case p.X < 8:
				class += " is-start"
			case p.X > 92:
				class += " is-end"
			}
			if valley(points, i) && p.Y <= 70 {
				class += " is-below" // clear of the lines rising from it
			}
			// A day the axis leaves unnamed is named in its label.
			var date app.UI
			if i > 0 && i < len(points)-1 {
				switch axisNamed(p) {
				case "":
					date = app.Span().Class("trend-value-date").Text(days[i])
				case "wide":
					date = app.Span().Class("trend-value-date on-narrow").Text(days[i])
				}
			}
			if compared {
				// A line drops from the dot to a tick under the axis, so
				// the day compared is found on it however it is named.
				tick := "trend-tick"
				if p.On == c.IFrom {
					tick += " is-from"
				}
				marks = append(marks, app.Span().Class(tick).
					Style("left", num(p.X)+"%").Style("top", num(p.Y)+"%"))
			}
			marks = append(marks, app.Span().Class(class).
				Style("left", num(p.X)+"%").Style("top", num(p.Y)+"%").
				Body(date, app.Text(percent(lang, p.Score))))
		}
	}
	plot := svg("svg").Class("trend-line").Attr("viewBox", "0 0 100 100").Attr("preserveAspectRatio", "none").
		Aria("hidden", "true").Attr("focusable", "false").Body(
		svg("polyline").Class("trend-path").Attr("points", line.String()),
		svg("path").Class("trend-dot").Attr("d", dots.String()),
	)
	return app.Figure().Class("trend").Body(
		app.Div().Class("trend-plot").Attr("role", "img").Aria("label", strings.Join(spoken, ", ")).Body(
			append([]app.UI{plot, c.scale(points)}, marks...)...,
		),
		c.axis(points, days),
		app.FigCaption().Class("trend-caption").Text(locale.T(lang, msgTrendCaption)),
	)
}

// labelledPoints is how many days the chart can label each with its score
// and date before the labels crowd; past it, only the days compared are.
const labelledPoints = 4

// valley reports whether the day at i lies lower than a neighbour and
// no higher than any: the lines leave it upwards, so its label goes under.
func valley(points []trendPoint, i int) bool {
	lower := false
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(points) {
			continue
		}
		if points[j].Score < points[i].Score {
			return false
		}
		lower = lower || points[j].Score > points[i].Score
	}
	return lower
}

// axisNamed says where the axis names a day between the first and the
// last: "always" in the middle of the chart, "wide" within 15–30% of an
// end (on a narrow chart its date would run into the end's), and "" near
// an end, never.
func axisNamed(p trendPoint) string {
	switch {
	case p.X < 15 || p.X > 85:
		return ""
	case p.X < 30 || p.X > 70:
		return "wide"
	}
	return "always"
}

// shortDays writes each day short, the year only for a day of an earlier
// year than the last: the spoken label and the legend name them in full.
func (c *trendChart) shortDays(points []trendPoint) []string {
	end, _ := time.Parse(time.DateOnly, points[len(points)-1].On)
	days := make([]string, len(points))
	for i, p := range points {
		if d, err := time.Parse(time.DateOnly, p.On); err == nil {
			days[i] = locale.ShortDate(c.ILang, d, end)
		}
	}
	return days
}

// axis names the first and the last day under the line, and, between
// them, each day with a score label of its own, under its dot, where
// axisNamed allows; a day it leaves unnamed is named in its label.
func (c *trendChart) axis(points []trendPoint, days []string) app.UI {
	last := len(points) - 1
	dates := []app.UI{app.Span().Text(days[0]), app.Span().Text(days[last])}
	for i := 1; i < last; i++ {
		p := points[i]
		labelled := p.On == c.IFrom || p.On == c.ITo || len(points) <= labelledPoints
		named := axisNamed(p)
		if !labelled || named == "" {
			continue
		}
		class := "trend-date-between"
		if named == "wide" {
			class += " is-near-end" // left out on narrow charts
		}
		dates = append(dates, app.Span().Class(class).Style("left", num(p.X)+"%").Text(days[i]))
	}
	return app.Div().Class("trend-axis").Aria("hidden", "true").Body(dates...)
}

// scale labels the chart's top, middle and bottom lines with their scores.
func (c *trendChart) scale(points []trendPoint) app.UI {
	lo, hi := trendRange(points)
	return app.Div().Class("trend-scale").Aria("hidden", "true").Body(
		app.Span().Style("top", "0%").Text(percent(c.ILang, hi)),
		app.Span().Style("top", "50%").Text(percent(c.ILang, (lo+hi)/2)),
		app.Span().Style("top", "100%").Text(percent(c.ILang, lo)),
	)
}
