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

// PracticePage shows one interview card at a time: the card asked for in
// the address, else the card due longest, else the next new one. Rating a
// card schedules it and moves on.
type PracticePage struct {
	app.Compo

	Lang string

	doc      progress.Document
	filter   deckFilter
	filterOK bool
	asked    string // the card the address asks for
}

// OnMount follows the learner's saved schedules and drafts.
func (p *PracticePage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
}

// OnNav sets the document's language, title and description, and reads the
// filter and card from the address.
func (p *PracticePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgPractice), locale.T(p.Lang, msgInterviewDescription))
	p.filter, p.filterOK, p.asked = deckFilter{}, true, ""
	if course, err := content.Default(); err == nil && course.Interview != nil {
		q := ctx.Page().URL().Query()
		p.filter, p.filterOK = parseDeckFilter(q, course.Interview)
		p.asked = q.Get("card")
	}
}

// current is the card to show, and whether the one asked for was unknown.
func (p *PracticePage) current(ids []string, now time.Time) (id string, upcoming time.Time, unknown bool) {
	for _, cid := range ids {
		if cid == p.asked {
			return cid, time.Time{}, false
		}
	}
	id, upcoming, _ = practice.Next(ids, p.doc.Practice.Cards, now)
	return id, upcoming, p.asked != ""
}

// Render shows the card, or says when the next one is due.
func (p *PracticePage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(PracticePath(lang, p.filter, p.asked)).Timed(true)
	course, err := content.Default()
	if err != nil || course.Interview == nil {
		return page.Content(contentError(lang))
	}
	iv := course.Interview
	ids := deckIDs(iv, p.filter)
	now := time.Now()
	id, upcoming, unknown := p.current(ids, now)
	var notices []app.UI
	if !p.filterOK {
		notices = append(notices, app.P().Class("notice is-warning").Attr("role", "status").Text(locale.T(lang, msgUnknownFilter)))
	}
	if unknown {
		notices = append(notices, app.P().Class("notice is-warning").Attr("role", "status").Text(locale.T(lang, msgUnknownCard)))
	}
	back := app.P().Class("practice-back").Body(app.A().Href(deckPath(lang, p.filter)).Text(locale.T(lang, msgBackToDeck)))
	// The deck's figures, and under them how today stands against the daily
	// goal, which each card rated moves on: the session's progress.
	counts := app.Div().Class("practice-progress").Body(
		newDeckCounts().Lang(lang).Counts(practice.Tally(ids, p.doc.Practice.Cards, now)),
		app.If(app.IsClient, func() app.UI { return continueStats(lang, study.DayStatus(p.doc.Study, now)) }),
	)
	if id == "" {
		text := locale.T(lang, msgDeckEmpty)
		if !upcoming.IsZero() {
			text = locale.T(lang, msgDeckDone, map[string]any{"When": durationText(lang, upcoming.Sub(now))})
		}
		return page.Content(back, app.H1().Text(locale.T(lang, msgPractice)), app.Div().Body(notices...), counts, textP("lead", text))
	}
	q, _ := question(iv, id)
	return page.Content(
		back,
		app.Div().Body(notices...),
		counts,
		newPracticeCard().
			Lang(lang).
			Course(course).
			Question(q).
			Card(p.doc.Practice.Cards[id].Sane()).
			Draft(p.doc.Practice.Drafts[id]).
			Next(PracticePath(lang, p.filter, "")),
	)
}
