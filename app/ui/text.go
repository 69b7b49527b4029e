package ui

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Text helpers that several features share: lists, links to lessons, names,
// dates, durations and sizes in the learner's language.

// textList renders items as a bulleted list.
func textList(items []string) app.UI {
	return app.Ul().Body(app.Range(items).Slice(func(i int) app.UI { return app.Li().Text(locale.KeepDots(items[i])) }))
}

// leadIns renders a list of answer points. When every point names itself
// before a colon ("Describe the bridge: …", 「技術と経営の橋渡し役：…」),
// those names are set in bold so the list can be scanned by them; when only
// some do, the colon merely runs on a sentence, and no point is bold, so
// one list never mixes the two.
func leadIns(points []string) [][]app.UI {
	bodies := make([][]app.UI, len(points))
	for i, pt := range points {
		head, rest, ok := leadIn(pt)
		if !ok {
			for j, pt := range points {
				bodies[j] = []app.UI{app.Text(locale.KeepDots(pt))}
			}
			return bodies
		}
		bodies[i] = []app.UI{app.Strong().Class("lead-in").Text(locale.KeepDots(head)), app.Text(locale.KeepDots(rest))}
	}
	return bodies
}

// leadIn splits a point into its name with the colon, and the rest with the
// space after the colon; ok is false for a point with no short name.
func leadIn(point string) (head, rest string, ok bool) {
	for _, colon := range []string{": ", "："} {
		if h, r, found := strings.Cut(point, colon); found && r != "" && utf8.RuneCountInString(h) <= 40 {
			mark := strings.TrimSpace(colon)
			return h + mark, colon[len(mark):] + r, true
		}
	}
	return "", "", false
}

// lessonItems are list items linking to the lessons with ids, by title in
// lang; ids that name no lesson are left out.
func lessonItems(lang string, c *content.Course, ids []string) []app.UI {
	items := make([]app.UI, 0, len(ids))
	for _, id := range ids {
		if l, ok := c.Lesson(id); ok && l.Text[lang] != nil {
			items = append(items, app.Li().Body(app.A().Href(LessonPath(lang, id)).Text(l.Text[lang].Title)))
		}
	}
	return items
}

// lessonList is a list of links to the lessons with ids, in lang.
func lessonList(lang string, c *content.Course, ids []string) app.UI {
	return app.Ul().Body(lessonItems(lang, c, ids)...)
}

// roleName is a role's short name in lang.
func roleName(c *content.Course, lang, id string) string {
	if r, ok := c.Role(id); ok {
		return r.Text[lang].Name
	}
	return id
}

// ratedOn formats a saved YYYY-MM-DD date for lang; "" when there is none.
func ratedOn(lang, date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return locale.Date(lang, d)
}

// durationText says how long d is in lang, in the largest unit that fits: minutes,
// hours, days or months.
func durationText(lang string, d time.Duration) string {
	switch {
	case d < time.Hour:
		return locale.N(lang, msgMinutesSpan, max(1, int(math.Round(d.Minutes()))))
	case d < 24*time.Hour:
		return locale.N(lang, msgHoursSpan, int(math.Round(d.Hours())))
	case d < 60*24*time.Hour:
		return locale.N(lang, msgDaysSpan, int(math.Round(d.Hours()/24)))
	}
	return locale.N(lang, msgMonthsSpan, int(math.Round(d.Hours()/24/30)))
}

// byteSize formats a number of bytes in the largest unit that keeps it above 1.
func byteSize(lang string, bytes float64) string {
	units := []struct {
		scale float64
		msg   string
	}{{1 << 30, "GB"}, {1 << 20, "MB"}, {1 << 10, "KB"}}
	for _, u := range units {
		if bytes >= u.scale {
			return locale.T(lang, msgByteSize, map[string]any{"Amount": locale.Number(lang, int(bytes/u.scale+0.5)), "Unit": u.msg})
		}
	}
	return locale.T(lang, msgByteSize, map[string]any{"Amount": locale.Number(lang, int(bytes)), "Unit": "B"})
}
