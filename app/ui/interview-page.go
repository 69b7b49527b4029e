package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// InterviewPage is the interview deck: filters by role and topic, how many
// cards are due, new and learned with today's progress toward the daily
// goal, the way into practice, and every card of the deck with where it
// stands.
type InterviewPage struct {
	app.Compo

	Lang string

	doc      progress.Document
	filter   deckFilter
	filterOK bool
}

// OnMount follows the learner's saved schedules.
func (p *InterviewPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
}

// OnNav sets the document's language, title and description, and reads the
// filter from the address.
func (p *InterviewPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgInterview), locale.T(p.Lang, msgInterviewDescription))
	p.filter, p.filterOK = deckFilter{}, true
	if course, err := content.Default(); err == nil && course.Interview != nil {
		p.filter, p.filterOK = parseDeckFilter(ctx.Page().URL().Query(), course.Interview)
	}
}

func (p *InterviewPage) forget(ctx app.Context) {
	updateProgress(ctx, func(d *progress.Document) { d.ResetSchedules() })
}

// Render shows the deck.
func (p *InterviewPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(withQuery(InterviewPath(lang), p.filter.query()))
	course, err := content.Default()
	if err != nil || course.Interview == nil {
		return page.Content(contentError(lang))
	}
	iv := course.Interview
	ids := deckIDs(iv, p.filter)
	cards := p.doc.Practice.Cards
	now := time.Now()
	counts := practice.Tally(ids, cards, now)
	_, upcoming, hasCard := practice.Next(ids, cards, now)
	var start app.UI
	switch {
	case len(ids) == 0:
		start = app.P().Text(locale.T(lang, msgDeckEmpty))
	case hasCard:
		start = app.A().Class("button").Href(PracticePath(lang, p.filter, "")).Text(locale.T(lang, msgStartPractice))
	default:
		start = textP("deck-done", locale.T(lang, msgDeckDone, map[string]any{"When": durationText(lang, upcoming.Sub(now))}))
	}
	return page.Content(
		app.H1().Text(locale.T(lang, msgInterview)),
		textP("lead", locale.T(lang, msgInterviewDescription)),
		app.If(!p.filterOK, func() app.UI {
			return app.P().Class("notice is-warning").Attr("role", "status").Text(locale.T(lang, msgUnknownFilter))
		}),
		newDeckFilterBar().Lang(lang).Course(course).Filter(p.filter),
		newDeckCounts().Lang(lang).Counts(counts),
		// How today stands against the daily goal, on the device only,
		// which knows the learner's day.
		app.If(app.IsClient, func() app.UI { return continueStats(lang, study.DayStatus(p.doc.Study, now)) }),
		app.Div().Class("deck-start").Body(start, app.A().Class("button-secondary deck-mock").Href(MockPath(lang, p.filter)).Text(locale.T(lang, msgMockLink))),
		textP("muted", locale.T(lang, msgInterviewHow)),
		app.H2().Text(locale.N(lang, msgDeckCards, len(ids))),
		p.deck(course, ids, cards, now),
		app.If(len(cards) > 0, func() app.UI {
			return newConfirmButton().
				Label(locale.T(lang, msgResetSchedules)).
				Question(locale.N(lang, msgConfirmResetSchedules, len(cards))).
				Confirm(locale.T(lang, msgResetSchedulesYes)).
				Cancel(locale.T(lang, msgCancel)).
				OnConfirm(p.forget)
		}),
	)
}

// deck lists the cards shown. With every topic shown it groups them by
// topic, in the deck's order of topics, each under its name and count, so
// the page reads as a handful of short lists and not one wall of cards;
// one topic is one list.
func (p *InterviewPage) deck(course *content.Course, ids []string, cards map[string]practice.Card, now time.Time) app.UI {
	lang, iv := p.Lang, course.Interview
	list := func(ids []string, grouped bool) app.UI {
		items := make([]app.UI, len(ids))
		for i, id := range ids {
			items[i] = p.card(course, id, cards[id].Sane(), now, grouped)
		}
		return app.Ol().Class("deck-list").Body(items...)
	}
	if p.filter.Topic != "" {
		return list(ids, false)
	}
	var groups []app.UI
	for _, t := range iv.Topics {
		inTopic := deckIDs(iv, deckFilter{Role: p.filter.Role, Topic: t})
		if len(inTopic) == 0 {
			continue
		}
		groups = append(groups, app.Section().Class("deck-group").Aria("labelledby", "topic-"+t).Body(
			app.H3().ID("topic-"+t).Body(
				app.Text(iv.Text[lang].Topics[t]),
				textSpan("deck-group-count", locale.Number(lang, len(inTopic))),
			),
			list(inTopic, true),
		))
	}
	return app.Div().Class("deck-groups").Body(groups...)
}

// card is one line of the deck: the question, its role unless the deck is
// one role's, its topic unless the group it is listed under names it, and
// where it stands.
func (p *InterviewPage) card(course *content.Course, id string, c practice.Card, now time.Time, grouped bool) app.UI {
	lang, iv := p.Lang, course.Interview
	q, _ := question(iv, id)
	status, class := locale.T(lang, msgCardNew), "is-new"
	switch {
	case c.State == practice.New:
	case c.IsDue(now):
		status, class = locale.T(lang, msgCardDue), "is-due"
	default:
		status, class = locale.T(lang, msgCardDueIn, map[string]any{"When": durationText(lang, c.Due.Sub(now))}), "is-learned"
	}
	return app.Li().Class("deck-card").Body(
		app.A().Href(PracticePath(lang, p.filter, id)).Text(iv.Text[lang].Questions[id].Question),
		app.P().Class("deck-card-meta").Body(
			app.If(p.filter.Role == "", func() app.UI {
				return app.Span().Class("tag role-tag role-" + q.Role).Text(roleName(course, lang, q.Role))
			}),
			app.If(!grouped, func() app.UI { return textSpan("tag", iv.Text[lang].Topics[q.Topic]) }),
			app.Span().Class("card-status "+class).Text(status),
		),
	)
}
