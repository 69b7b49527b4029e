package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// todayList is today's list: each thing to do as a link to where it is
// done, with about how long it takes, and the time for all of it.
type todayList struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IPlan   study.Plan
}

func newTodayList() *todayList { return &todayList{} }

// Lang sets the language.
func (l *todayList) Lang(v string) *todayList { l.ILang = v; return l }

// Course sets the course the list's lessons and cards come from.
func (l *todayList) Course(v *content.Course) *todayList { l.ICourse = v; return l }

// Plan sets today's list.
func (l *todayList) Plan(v study.Plan) *todayList { l.IPlan = v; return l }

func (l *todayList) Render() app.UI {
	lang, p := l.ILang, l.IPlan
	lead := locale.T(lang, msgTodayNothing)
	if len(p.Items) > 0 {
		lead = locale.T(lang, msgTodayTotal, map[string]any{"Time": durationText(lang, p.Time)})
	}
	items := make([]app.UI, 0, len(p.Items))
	for _, it := range p.Items {
		if li := l.item(it, len(items) == 0); li != nil {
			items = append(items, li)
		}
	}
	// One thing to do carries its own time, and a total would repeat it.
	return app.Section().Class("today-list").Aria("labelledby", "today-list").Body(
		app.H2().ID("today-list").Text(locale.T(lang, msgTodayListHeading)),
		app.If(len(items) != 1, func() app.UI { return textP("today-total", lead) }),
		app.If(len(items) > 0, func() app.UI { return app.Ol().Class("today-items").Body(items...) }),
	)
}

// item is one thing to do: its link, its time and, where it helps, why.
// The first is the day's main action, its link a button.
func (l *todayList) item(it study.Item, first bool) app.UI {
	lang, c := l.ILang, l.ICourse
	var href, text, note, kind string
	lesson, _ := c.Lesson(it.Lesson)
	title := ""
	if lesson != nil && lesson.Text[lang] != nil {
		title = lesson.Text[lang].Title
	}
	switch it.Kind {
	case study.Questions:
		if title == "" {
			return nil
		}
		kind, href = "is-questions", LessonPath(lang, it.Lesson)+"#quiz"
		text = locale.N(lang, msgTodayQuestions, len(it.Questions), map[string]any{"Title": title})
	case study.Cards:
		q, ok := question(c.Interview, it.Cards[0])
		if !ok {
			return nil
		}
		kind, href = "is-cards", PracticePath(lang, deckFilter{}, q.ID)
		text = locale.N(lang, msgTodayCards, len(it.Cards))
		note = locale.T(lang, msgTodayCardsFirst, map[string]any{"Question": c.Interview.Text[lang].Questions[q.ID].Question})
	case study.Resume:
		if title == "" {
			return nil
		}
		kind, href = "is-resume", LessonPath(lang, it.Lesson)+"#"+it.Section
		text = locale.T(lang, msgContinue, map[string]any{"Title": title})
		if s := sectionTitle(lesson, lang, it.Section); s != "" {
			text = locale.T(lang, msgContinueAtSection, map[string]any{"Title": title, "Section": s})
		}
	case study.Next:
		if title == "" {
			return nil
		}
		kind, href = "is-next", LessonPath(lang, it.Lesson)
		text = locale.T(lang, msgTodayNext, map[string]any{"Title": title})
		if role := l.IPlan.Role; role != "" {
			why := msgTodayTowardFit
			if l.IPlan.Picked {
				why = msgTodayTowardPicked
			}
			note = locale.T(lang, why, map[string]any{"Role": roleName(c, lang, role)})
		}
	default:
		return nil
	}
	link := app.A().Href(href).Text(text)
	if first {
		link = link.Class("button")
	}
	return app.Li().Class("today-item "+kind).Body(
		link,
		textSpan("today-time", locale.T(lang, msgTodayAbout, map[string]any{"Time": durationText(lang, it.Time)})),
		app.If(note != "", func() app.UI { return textP("muted", note) }),
	)
}

// sectionTitle is the heading of a lesson's section in lang, once the
// lesson's text has arrived; "" before.
func sectionTitle(l *content.Lesson, lang, id string) string {
	for _, s := range l.Text[lang].Body().Sections {
		if s.ID == id {
			return content.PlainText(s.Title)
		}
	}
	return ""
}
