package ui

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestTheStudyClockCountsOnlyTimeInViewAndInUse(t *testing.T) {
	start := time.Now()
	at := func(d time.Duration) time.Time { return start.Add(d) }
	var c studyClock
	c.start(start)
	var saved time.Duration
	// Two minutes in view with input every 20 s: two minutes saved, one
	// step at a time.
	for s := tickEvery; s <= 2*time.Minute; s += tickEvery {
		if s%(20*time.Second) == 0 {
			c.touch(at(s))
		}
		got := c.tick(at(s), true)
		if got != 0 && got != saveEvery {
			t.Fatalf("at %v the clock saved %v, not a whole minute", s, got)
		}
		saved += got
	}
	if saved != 2*time.Minute {
		t.Errorf("two minutes of use saved %v", saved)
	}
	// In another window: nothing counts.
	for s := 2*time.Minute + tickEvery; s <= 4*time.Minute; s += tickEvery {
		c.touch(at(s))
		saved += c.tick(at(s), false)
	}
	// In view, but no input for over a minute: nothing counts after the
	// first minute of quiet.
	for s := 4*time.Minute + tickEvery; s <= 10*time.Minute; s += tickEvery {
		saved += c.tick(at(s), true)
	}
	if saved != 2*time.Minute || c.pending != time.Minute-tickEvery {
		t.Errorf("hidden and idle time counted: %v saved and %v waiting, want 2m and the 55 s before going idle", saved, c.pending)
	}
	// A device asleep for an hour counts one tick, not the hour.
	c.touch(at(time.Hour + 10*time.Minute))
	if got := c.tick(at(time.Hour+10*time.Minute), true); got != time.Minute || c.pending != 0 {
		t.Errorf("a sleeping device's hour: %v saved and %v waiting, want one tick more", got, c.pending)
	}
	// A clock that runs backwards counts nothing.
	var back studyClock
	back.start(start)
	back.tick(start.Add(-time.Hour), true)
	if back.pending != 0 {
		t.Errorf("a clock running backwards counted %v", back.pending)
	}
}

func TestTheTodayPanelLinksEachItemToWhereItIsDone(t *testing.T) {
	course := withText(t)
	now := time.Date(2026, 12, 2, 20, 0, 0, 0, time.FixedZone("KST", 9*3600))
	l := course.Lessons[1]
	card := course.Interview.Questions[0].ID
	d := progress.New()
	d.SetGoal(progress.Goal{Cards: 5}, now.Add(-48*time.Hour))
	d.ReviewQuestion(l.ID, l.Quiz[0].ID, false, now.Add(-time.Hour))
	d.SetCard(card, practice.Rate(practice.Card{}, practice.Again, now.Add(-time.Hour)))
	d.SetSection(l.ID, l.Sections[1])
	for day := 1; day <= 2; day++ {
		d.Record(now.AddDate(0, 0, -day), progress.Day{Cards: 5, Seconds: 600})
	}
	d.Record(now, progress.Day{Cards: 2})
	for _, lang := range locale.Langs {
		p := newTodayPanel().Lang(lang).Course(course).Doc(*d).Now(now)
		mount(t, p)
		html := app.HTMLString(p)
		for _, want := range []string{
			`href="` + LessonPath(lang, l.ID) + `#quiz"`,
			`href="` + PracticePath(lang, deckFilter{}, card) + `"`,
			`href="` + LessonPath(lang, l.ID) + `#` + l.Sections[1] + `"`,
			`href="` + LessonPath(lang, course.Lessons[0].ID) + `"`,
			locale.N(lang, msgStreak, 2),
			locale.N(lang, msgGoalCardsProgress, 5, map[string]any{"Done": locale.Number(lang, 2)}),
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: the panel lacks %s", lang, want)
			}
		}
		// A two-day streak runs (lit), but today's goal is not met yet (no
		// celebration).
		if !strings.Contains(html, `class="goal-streak is-running"`) {
			t.Errorf("%s: the running streak's badge is not lit", lang)
		}
		if got := strings.Count(html, `class="today-item `); got != 4 {
			t.Errorf("%s: %d items on today's list, want 4", lang, got)
		}
		// The calendar's table has a row for each of the three days studied.
		table := html[strings.Index(html, `class="cal-table`):]
		if got := strings.Count(table, `<th scope="row"`); got != 3 {
			t.Errorf("%s: the calendar's table has %d days, want 3", lang, got)
		}
		at := strings.Index(html, `class="cal"`)
		svg := html[strings.LastIndex(html[:at], "<svg"):]
		svg, _, _ = strings.Cut(svg, ">")
		if !strings.Contains(svg, "aria-hidden") {
			t.Errorf("%s: the calendar's drawing is not hidden from screen readers: %s", lang, svg)
		}
		thisWeek := (int(now.Weekday())-int(weekStart(lang))+7)%7 + 1
		if got := strings.Count(html, `h14v14h-14z`); got != 7*(study.Weeks-1)+thisWeek {
			t.Errorf("%s: the calendar draws %d squares, want every day up to today", lang, got)
		}
		if got := strings.Count(html, `a2 2 0 1 0 4 0`); got != 2 {
			t.Errorf("%s: the calendar draws %d goal dots, want one for each of the two days met", lang, got)
		}
		// Monday, Wednesday and Friday are named on their rows.
		days := strings.Fields(locale.T(lang, msgWeekdaysShort))
		for _, d := range []time.Weekday{time.Monday, time.Wednesday, time.Friday} {
			row := (int(d) - int(weekStart(lang)) + 7) % 7
			want := fmt.Sprintf(`<text[^>]* y="%d"[^>]*>%s</text>`, calTop+row*calStep+11, days[d])
			if !regexp.MustCompile(want).MatchString(html) {
				t.Errorf("%s: the calendar does not name %s on row %d (%s)", lang, d, row, want)
			}
		}
	}
}

func TestTheTodayPanelOffersAGoalUntilOneIsSet(t *testing.T) {
	course, _ := content.Default()
	p := newTodayPanel().Lang("ja").Course(course).Doc(*progress.New()).Now(time.Now())
	mount(t, p)
	html := app.HTMLString(p)
	choices := 0
	for _, g := range goalGroups {
		choices += len(g.choices)
		if !strings.Contains(html, ">"+locale.T("ja", g.label)+"<") {
			t.Errorf("the goals are not named by their row %q", locale.T("ja", g.label))
		}
	}
	if strings.Count(html, `type="radio"`) != choices || strings.Contains(html, `goal-change`) {
		t.Error("with no goal set, the choice of goals is not offered open")
	}
	if !strings.Contains(html, locale.T("ja", msgActivityNone)) || strings.Contains(html, `class="cal-table`) {
		t.Error("with nothing studied, the calendar does not say so")
	}
	// The server knows no one's day: no date, no calendar.
	server := newTodayPanel().Lang("ja").Course(course).Doc(*progress.New())
	mount(t, server)
	if html := app.HTMLString(server); strings.Contains(html, `class="cal"`) || strings.Contains(html, "today-date") {
		t.Error("the pre-rendered panel shows a day")
	}
}

func TestTheTodayPageIsAnAddressInEveryLanguage(t *testing.T) {
	for _, lang := range locale.Langs {
		newPage, ok := Pages()[TodayPath(lang)]
		if !ok {
			t.Fatalf("no Today page in %s", lang)
		}
		p := newPage()
		mount(t, p)
		html := app.HTMLString(p)
		if !strings.Contains(html, `<h1>`+locale.T(lang, msgTodayHeading)+`</h1>`) {
			t.Errorf("%s: the Today page lacks its heading", lang)
		}
		current := false
		for _, a := range strings.Split(html, "<a ")[1:] {
			a, _, _ = strings.Cut(a, ">")
			current = current || strings.Contains(a, `href="`+TodayPath(lang)+`"`) && strings.Contains(a, `aria-current="page"`)
		}
		if !current {
			t.Errorf("%s: the navigation does not mark Today as the page", lang)
		}
	}
}

func TestTheCalendarNamesEachMonthOverTheWeekItStartsIn(t *testing.T) {
	// Twelve weeks from Monday 14 September 2026 to Sunday 6 December, today
	// Tuesday 1 December: the days after it have not come.
	start := time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC)
	today := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	weeks := make([][7]study.Cell, 12)
	for w := range weeks {
		for d := range 7 {
			day := start.AddDate(0, 0, w*7+d)
			weeks[w][d] = study.Cell{Date: day.Format(time.DateOnly), Future: day.After(today)}
		}
	}
	named := map[int]time.Month{}
	for w := range weeks {
		if m, ok := monthNamed(weeks, w); ok {
			named[w] = m
		}
	}
	// September from the first column; October over the week of 1 October
	// (Monday 28 September), November over 26 October's, and December, the
	// month under way, over the last.
	want := map[int]time.Month{0: time.September, 2: time.October, 6: time.November, 11: time.December}
	if !reflect.DeepEqual(named, want) {
		t.Errorf("months named over columns %v, want %v", named, want)
	}
	// A first day still to come names nothing: with today 30 November, the
	// last column is November's.
	for d := range 7 {
		weeks[11][d].Future = d > 0
	}
	if m, ok := monthNamed(weeks, 11); ok {
		t.Errorf("the last column names %v before it has begun", m)
	}
	// When the next month starts in the next column, the first names none.
	weeks = weeks[1:]
	if m, ok := monthNamed(weeks, 0); ok {
		t.Errorf("the first column names %v, a column before October", m)
	}
}
