package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// MockPage is the mock interview: the learner chooses a role, a topic (the
// deck's filter, in the address) and how many questions, answers them one
// after another against the clock, ticks the answer points each answer
// covered, and gets a summary that the history keeps. Finishing schedules
// each card by the share of its points covered. The interview in progress
// lives in the tab's sessionStorage (see mockSession).
type MockPage struct {
	app.Compo

	Lang string

	doc      progress.Document
	filter   deckFilter
	filterOK bool
	size     int
	session  mockSession
	mounted  app.Context // outlives the buttons that are replaced when clicked
}

// OnMount follows the learner's saved progress and takes up this tab's
// interview, if one is under way.
func (p *MockPage) OnMount(ctx app.Context) {
	p.mounted = ctx
	ctx.ObserveState(stateProgress, &p.doc)
	if course, err := content.Default(); err == nil && course.Interview != nil {
		p.session = loadMockSession(ctx, course.Interview)
	}
}

// OnNav sets the document's language, title and description, and reads the
// role and topic from the address.
func (p *MockPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgMock), locale.T(p.Lang, msgMockDescription))
	p.filter, p.filterOK = deckFilter{}, true
	if course, err := content.Default(); err == nil && course.Interview != nil {
		p.filter, p.filterOK = parseDeckFilter(ctx.Page().URL().Query(), course.Interview)
	}
}

// sizeChosen is the number of questions chosen, five until the learner
// chooses.
func (p *MockPage) sizeChosen() int {
	if p.size == 0 {
		return 5
	}
	return p.size
}

// change moves the interview on and keeps it in the tab.
func (p *MockPage) change(ctx app.Context, s mockSession) {
	p.session = s
	saveMockSession(ctx, s)
}

func (p *MockPage) start(iv *content.Interview) func(app.Context) {
	return func(ctx app.Context) {
		now := time.Now()
		cards := practice.Pick(deckIDs(iv, p.filter), p.doc.Practice.Cards, now, p.sizeChosen(), uint64(now.UnixNano()))
		if len(cards) > 0 {
			p.change(ctx, newMockSession(cards, p.filter, now))
		}
	}
}

func (p *MockPage) next(iv *content.Interview) func(app.Context) {
	return func(ctx app.Context) {
		now := time.Now()
		s := p.session.next(now)
		if s.Finished && !p.session.Finished {
			m, points := s.mock(), mockPoints(iv)
			updateProgress(ctx, func(d *progress.Document) { d.FinishMock(m, points, now, today()) })
		}
		p.change(ctx, s)
	}
}

// again forgets the interview that ended and offers the choices again.
func (p *MockPage) again(ctx app.Context) {
	p.change(ctx, mockSession{})
	if p.mounted.Context != nil {
		p.mounted.Defer(func(app.Context) { focusIn(p.JSValue(), "#mock-choose") })
	}
}

// Render shows the choices and the history, the question under way, or
// the summary of the interview just finished.
func (p *MockPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(MockPath(lang, p.filter))
	course, err := content.Default()
	if err != nil || course.Interview == nil {
		return page.Content(contentError(lang))
	}
	iv, s := course.Interview, p.session
	head := []app.UI{
		app.P().Class("practice-back").Body(app.A().Href(deckPath(lang, p.filter)).Text(locale.T(lang, msgBackToDeck))),
		app.H1().Text(locale.T(lang, msgMock)),
	}
	switch {
	case s.Finished:
		return page.Content(append(head,
			newMockSummary().Lang(lang).Course(course).Mock(s.mock()).Cards(p.doc.Practice.Cards).OnAgain(p.again),
			newMockHistory().Lang(lang).Course(course).Mocks(p.doc.Practice.Mocks),
		)...)
	case s.active():
		q, _ := question(iv, s.Cards[s.current()])
		var answer progress.MockAnswer
		if s.Checking {
			answer = s.Answers[len(s.Answers)-1]
		}
		// Ending early sits at the top of the question's card, where the
		// step is counted; asked to confirm, it stands above the card.
		return page.Content(append(head, app.Div().Class("mock-stage").Body(
			newConfirmButton().
				Label(locale.T(lang, msgMockQuit)).
				Question(locale.T(lang, msgMockQuitQuestion)).
				Confirm(locale.T(lang, msgMockQuitYes)).
				Cancel(locale.T(lang, msgCancel)).
				OnConfirm(p.again),
			newMockQuestion().Lang(lang).Course(course).
				Question(q, s.current()+1, len(s.Cards)).
				Draft(p.doc.Practice.Drafts[q.ID]).
				Watch(s.Watch, func(ctx app.Context, w stopwatch) { s := p.session; s.Watch = w; p.change(ctx, s) }).
				Checking(s.Checking, answer).
				OnAnswered(func(ctx app.Context) { p.change(ctx, p.session.answered(time.Now())) }).
				OnTick(func(ctx app.Context, i int, on bool) { p.change(ctx, p.session.ticked(i, on)) }).
				OnNext(p.next(iv)),
		))...)
	}
	return page.Content(append(head,
		textP("lead", locale.T(lang, msgMockDescription)),
		app.If(!p.filterOK, func() app.UI {
			return app.P().Class("notice is-warning").Attr("role", "status").Text(locale.T(lang, msgUnknownFilter))
		}),
		app.Section().Class("mock-choices").Aria("labelledby", "mock-choose").Body(
			app.H2().ID("mock-choose").TabIndex(-1).Text(locale.T(lang, msgMockChoose)),
			newDeckFilterBar().Lang(lang).Course(course).Filter(p.filter).Path(MockPath(lang, deckFilter{})),
			newMockSetup().Lang(lang).
				Size(p.sizeChosen(), func(ctx app.Context, n int) { p.size = n }).
				Available(len(deckIDs(iv, p.filter))).
				OnStart(p.start(iv)),
		),
		newMockHistory().Lang(lang).Course(course).Mocks(p.doc.Practice.Mocks),
	)...)
}
