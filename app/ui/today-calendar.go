package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/study"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Calendar geometry, in the drawing's own units.
const (
	calStep  = 17 // from one square to the next
	calTop   = 16 // room for the month names above
	calEdge  = 1  // room at the edges
	calLeft  = 24 // room for the weekday names on the left
	calWidth = calLeft + study.Weeks*calStep + calEdge
)

// todayCalendar draws the weeks of study as a calendar, a column a week
// and a square a day, Monday, Wednesday and Friday named on the left, one
// colour deeper for more study (cal-0 to cal-4), and a dot in the days
// that met the goal (cal-5). The drawing is for sighted readers; the same figures are in a
// table below it, so it is hidden from screen readers.
type todayCalendar struct {
	app.Compo

	ILang  string
	IWeeks [][7]study.Cell
}

func newTodayCalendar() *todayCalendar { return &todayCalendar{} }

// Lang sets the language.
func (c *todayCalendar) Lang(v string) *todayCalendar { c.ILang = v; return c }

// Weeks sets the days to show, a week of seven at a time, oldest first.
func (c *todayCalendar) Weeks(v [][7]study.Cell) *todayCalendar { c.IWeeks = v; return c }

// weekStart is the day a calendar week starts on in lang: Sunday on
// Korean and Japanese calendars, Monday on international ones.
func weekStart(lang string) time.Weekday {
	if lang == "en" {
		return time.Monday
	}
	return time.Sunday
}

// level is how much a day held, from 0 (nothing) to 4, by its minutes: a
// day with anything done at all is at least 1.
func level(c study.Cell) int {
	if !c.Studied() {
		return 0
	}
	minutes := c.Day.Seconds / 60
	switch {
	case minutes >= 40:
		return 4
	case minutes >= 20:
		return 3
	case minutes >= 10:
		return 2
	}
	return 1
}

// monthNamed is the month named over column w: the month whose first day
// falls in that week, up to today, so that the month under way is always named; over
// the first column, the month it shows unless the next one starts in the
// next column, where the names would run together.
func monthNamed(weeks [][7]study.Cell, w int) (time.Month, bool) {
	firstDay := func(w int) (time.Month, bool) {
		for _, cell := range weeks[w] {
			if d, err := time.Parse(time.DateOnly, cell.Date); err == nil && d.Day() == 1 && !cell.Future {
				return d.Month(), true
			}
		}
		return 0, false
	}
	if m, ok := firstDay(w); ok || w > 0 {
		return m, ok
	}
	if len(weeks) > 1 {
		if _, ok := firstDay(1); ok {
			return 0, false
		}
	}
	d, err := time.Parse(time.DateOnly, weeks[0][0].Date)
	return d.Month(), err == nil
}

func (c *todayCalendar) Render() app.UI {
	lang := c.ILang
	var days, seconds int
	// One path per shade, and one for the rings of the days that met the
	// goal: a square per day, a column per week.
	var shades [6][]byte
	var marks []app.UI
	todayX, todayY := -1, -1 // the last day drawn: today
	for w, week := range c.IWeeks {
		if month, ok := monthNamed(c.IWeeks, w); ok {
			name := locale.T(lang, msgMonthShort, map[string]any{"Month": int(month), "MonthShort": month.String()[:3]})
			text := svg("text").Class("cal-month").Attr("x", calLeft+w*calStep).Attr("y", calTop-5)
			if w == len(c.IWeeks)-1 {
				// Over the last column the name ends at the edge.
				text = text.Attr("x", calWidth-calEdge).Attr("text-anchor", "end")
			}
			marks = append(marks, text.Text(name))
		}
		for i, cell := range week {
			if cell.Future {
				continue
			}
			if cell.Studied() {
				days++
				seconds += cell.Day.Seconds
			}
			x, y := calLeft+w*calStep, calTop+i*calStep
			l := level(cell)
			shades[l] = appendAt(shades[l], x, y, "h14v14h-14z")
			todayX, todayY = x, y
			if cell.Met {
				shades[5] = appendAt(shades[5], x+5, y+7, "a2 2 0 1 0 4 0a2 2 0 1 0-4 0")
			}
		}
	}
	days7 := strings.Split(locale.T(lang, msgWeekdaysShort), " ")
	for i := range 7 {
		if d := (int(weekStart(lang)) + i) % 7; len(days7) == 7 && d%2 == 1 && d < 6 {
			marks = append(marks, svg("text").Class("cal-day").Attr("x", calLeft-4).Attr("y", calTop+i*calStep+11).Text(days7[d]))
		}
	}
	for l, path := range shades {
		if len(path) > 0 {
			marks = append(marks, svg("path").Class("cal-"+strconv.Itoa(l)).Attr("d", string(path)))
		}
	}
	if todayX >= 0 {
		// An inset ring: the stroke stays inside today's square.
		marks = append(marks, svg("path").Class("cal-today").Attr("d", string(appendAt(nil, todayX+1, todayY+1, "h12v12h-12z"))))
	}
	summary := locale.T(lang, msgActivityNone)
	if days > 0 {
		// In minutes, else in hours: weeks of study are hours, not days.
		total := locale.N(lang, msgMinutesSpan, seconds/60)
		if seconds >= 3600 {
			total = locale.N(lang, msgHoursSpan, (seconds+1800)/3600)
		}
		summary = locale.N(lang, msgActivityDays, days, map[string]any{"Time": total})
	}
	// The legend's samples are squares drawn by the stylesheet.
	legend := []app.UI{app.Span().Text(locale.T(lang, msgActivityLess))}
	for _, class := range []string{"cal-0", "cal-1", "cal-2", "cal-3", "cal-4", "", "cal-5"} {
		if class == "" {
			legend = append(legend, textSpan("cal-more", locale.T(lang, msgActivityMore)))
			continue
		}
		legend = append(legend, app.Span().Class("cal-key "+class))
	}
	legend = append(legend, app.Span().Text(locale.T(lang, msgActivityMetKey)))
	return app.Section().Class("today-calendar").Aria("labelledby", "today-calendar").Body(
		app.H2().ID("today-calendar").Text(locale.N(lang, msgActivityHeading, study.Weeks)),
		app.P().Text(summary),
		svg("svg").Class("cal").Attr("viewBox", "0 0 "+strconv.Itoa(calWidth)+" "+strconv.Itoa(calTop+7*calStep+calEdge)).
			Aria("hidden", "true").Attr("focusable", "false").Body(marks...),
		app.P().Class("cal-legend").Aria("hidden", "true").Body(legend...),
		app.If(days > 0, c.table),
	)
}

// appendAt appends to a path a move to x, y and then shape.
func appendAt(path []byte, x, y int, shape string) []byte {
	path = append(path, 'M')
	path = strconv.AppendInt(path, int64(x), 10)
	path = append(path, ' ')
	path = strconv.AppendInt(path, int64(y), 10)
	return append(path, shape...)
}

// table is the calendar written out for screen readers: each day studied,
// newest first, with what was done on it.
func (c *todayCalendar) table() app.UI {
	lang := c.ILang
	var rows []app.UI
	for w := len(c.IWeeks) - 1; w >= 0; w-- {
		for i := 6; i >= 0; i-- {
			cell := c.IWeeks[w][i]
			if cell.Future || !cell.Studied() {
				continue
			}
			cells := []app.UI{app.Th().Scope("row").Text(ratedOn(lang, cell.Date))}
			for _, n := range []int{cell.Day.Seconds / 60, cell.Day.Cards, cell.Day.Questions, cell.Day.Lessons} {
				cells = append(cells, app.Td().Text(locale.Number(lang, n)))
			}
			met := ""
			if cell.Met {
				met = locale.T(lang, msgMetYes)
			}
			rows = append(rows, app.Tr().Body(append(cells, app.Td().Text(met))...))
		}
	}
	var head []app.UI
	for _, m := range []*i18n.Message{msgColDate, msgColMinutes, msgColCards, msgColQuestions, msgColLessons, msgColGoal} {
		head = append(head, app.Th().Scope("col").Text(locale.T(lang, m)))
	}
	// A table keeps the width of its content: the box around it hides it.
	return app.Div().Class("visually-hidden").Body(
		app.Table().Class("cal-table").Body(
			app.Caption().Text(locale.N(lang, msgActivityCaption, study.Weeks)),
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(rows...),
		),
	)
}
