package ui

import (
	"slices"
	"strconv"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mockQuestion is one question of a mock interview: while the learner
// answers, the question with its timer running and a draft box (the card's
// draft, the same as in practice); once they have answered, the time it
// took and the card's answer points to tick as covered. The focus moves to
// the question when it comes and to the points when they show.
type mockQuestion struct {
	app.Compo

	ILang       string
	ICourse     *content.Course
	IQuestion   content.InterviewQuestion
	INumber     int // the question's position, from 1
	ICount      int // how many questions the interview asks
	IDraft      string
	IWatch      stopwatch
	IChecking   bool
	IAnswer     progress.MockAnswer // the answer being checked
	IOnWatch    func(app.Context, stopwatch)
	IOnAnswered func(app.Context)
	IOnTick     func(ctx app.Context, point int, covered bool)
	IOnNext     func(app.Context)

	// The draft box is not bound to IDraft, for the reasons practiceCard
	// gives: it gets the card's draft when the card comes, or when the
	// saved draft arrives before the learner has typed.
	shown    string // the card whose draft the box holds
	draft    string // the draft the box was given
	typed    bool
	checking bool // whether the points were showing at the last update
}

func newMockQuestion() *mockQuestion { return &mockQuestion{} }

// Lang sets the language.
func (c *mockQuestion) Lang(v string) *mockQuestion { c.ILang = v; return c }

// Course sets the course the card comes from.
func (c *mockQuestion) Course(v *content.Course) *mockQuestion { c.ICourse = v; return c }

// Question sets the card and where it stands in the interview.
func (c *mockQuestion) Question(q content.InterviewQuestion, number, count int) *mockQuestion {
	c.IQuestion, c.INumber, c.ICount = q, number, count
	return c
}

// Draft sets the learner's saved draft answer to the card.
func (c *mockQuestion) Draft(v string) *mockQuestion { c.IDraft = v; return c }

// Watch sets the answer timer's time and what to do when the learner
// starts, stops or resets it.
func (c *mockQuestion) Watch(v stopwatch, f func(app.Context, stopwatch)) *mockQuestion {
	c.IWatch, c.IOnWatch = v, f
	return c
}

// Checking shows the answer points, with the answer's time and the points
// ticked so far.
func (c *mockQuestion) Checking(checking bool, a progress.MockAnswer) *mockQuestion {
	c.IChecking, c.IAnswer = checking, a
	return c
}

// OnAnswered sets what happens when the learner says they have answered.
func (c *mockQuestion) OnAnswered(f func(app.Context)) *mockQuestion { c.IOnAnswered = f; return c }

// OnTick sets what happens when the learner ticks or unticks a point.
func (c *mockQuestion) OnTick(f func(app.Context, int, bool)) *mockQuestion { c.IOnTick = f; return c }

// OnNext sets what happens when the learner goes on.
func (c *mockQuestion) OnNext(f func(app.Context)) *mockQuestion { c.IOnNext = f; return c }

// OnMount brings the question, or the points being checked, to the focus.
func (c *mockQuestion) OnMount(ctx app.Context) {
	c.shown, c.draft, c.checking = c.IQuestion.ID, c.IDraft, c.IChecking
	if c.checking {
		c.focus(ctx, "#mock-check")
	} else {
		c.focus(ctx, "#mock-question")
	}
}

// OnUpdate follows the interview: a new question gets the focus and its
// draft, points that show get the focus, and a saved draft that arrives
// before the learner typed fills the box.
func (c *mockQuestion) OnUpdate(ctx app.Context) {
	if c.shown != c.IQuestion.ID {
		c.shown, c.checking, c.typed = c.IQuestion.ID, c.IChecking, false
		c.fill(ctx, c.IDraft)
		c.focus(ctx, "#mock-question")
		return
	}
	if c.checking != c.IChecking {
		c.checking = c.IChecking
		if c.checking {
			c.focus(ctx, "#mock-check")
		}
	}
	if !c.typed && c.draft != c.IDraft {
		c.fill(ctx, c.IDraft)
	}
}

// focus moves the focus once the page is drawn. ctx is the component's
// own, from mounting or updating: the button that was pressed is gone by
// then, and go-app skips what waits on a removed element.
func (c *mockQuestion) focus(ctx app.Context, selector string) {
	ctx.Defer(func(app.Context) { focusIn(c.JSValue(), selector) })
}

// fill gives the draft box a draft.
func (c *mockQuestion) fill(ctx app.Context, draft string) {
	c.draft = draft
	ctx.Defer(func(app.Context) {
		if box := app.Window().GetElementByID("mock-draft"); box.Truthy() {
			box.Set("value", draft)
		}
	})
}

// keep saves the draft as the learner types, after any input-method
// composition has ended.
func (c *mockQuestion) keep(ctx app.Context, e app.Event) {
	if e.Get("isComposing").Truthy() {
		return
	}
	c.typed = true
	keepDraft(ctx, c.IQuestion.ID, ctx.JSSrc().Get("value").String())
}

func (c *mockQuestion) answered(ctx app.Context, e app.Event) {
	if c.IOnAnswered != nil {
		c.IOnAnswered(ctx)
	}
}

func (c *mockQuestion) tick(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if c.IOnTick != nil {
			c.IOnTick(ctx, i, ctx.JSSrc().Get("checked").Bool())
		}
	}
}

func (c *mockQuestion) next(ctx app.Context, e app.Event) {
	if c.IOnNext != nil {
		c.IOnNext(ctx)
	}
}

// mockSteps draws the interview's questions as a row of segments: those
// answered filled, the current one half, the rest the track. The words
// beside it say the same to screen readers.
func mockSteps(number, count int) app.UI {
	steps := make([]app.UI, count)
	for i := range steps {
		class := "mock-steps-item"
		switch {
		case i+1 < number:
			class += " is-done"
		case i+1 == number:
			class += " is-current"
		}
		steps[i] = app.Span().Class(class)
	}
	return app.Span().Class("mock-steps").Aria("hidden", "true").Body(steps...)
}

func (c *mockQuestion) Render() app.UI {
	lang, iv, q := c.ILang, c.ICourse.Interview, c.IQuestion
	text := iv.Text[lang].Questions[q.ID]
	box := c.draft
	if c.shown != q.ID {
		box = c.IDraft
	}
	return app.Article().Class("mock-question").Aria("labelledby", "mock-question").Body(
		textP("mock-step", locale.T(lang, msgMockProgress, map[string]any{
			"Number": locale.Number(lang, c.INumber), "Count": locale.Number(lang, c.ICount),
		})),
		mockSteps(c.INumber, c.ICount),
		app.P().Class("deck-card-meta").Body(
			textSpan("tag", roleName(c.ICourse, lang, q.Role)),
			textSpan("tag", iv.Text[lang].Topics[q.Topic]),
		),
		app.H2().ID("mock-question").TabIndex(-1).Class("practice-question").Text(text.Question),
		app.If(!c.IChecking, func() app.UI {
			return newAnswerTimer().Lang(lang).Card(q.ID).Watch(c.IWatch).OnChange(c.IOnWatch)
		}),
		app.Div().Class("draft").Body(
			app.Label().For("mock-draft").Text(locale.T(lang, msgYourDraft)),
			app.P().ID("mock-draft-help").Class("muted").Text(locale.T(lang, msgMockDraftHelp)),
			app.Textarea().ID("mock-draft").Rows(6).Aria("describedby", "mock-draft-help").
				Placeholder(locale.T(lang, msgDraftPlaceholder)).
				Text(box).
				OnInput(c.keep).
				OnBlur(func(ctx app.Context, e app.Event) { saveProgress(ctx) }).
				On("compositionend", c.keep),
		),
		app.If(!c.IChecking, func() app.UI {
			return app.Button().Type("button").Class("button mock-answered").OnClick(c.answered).Text(locale.T(lang, msgMockAnswered))
		}).Else(func() app.UI {
			return c.check(text.Points)
		}),
	)
}

// check is the time the answer took and its points to tick.
func (c *mockQuestion) check(points []string) app.UI {
	lang := c.ILang
	boxes := make([]app.UI, len(points))
	for i, body := range leadIns(points) {
		id := "mock-point-" + strconv.Itoa(i)
		boxes[i] = app.Div().Class("mock-point").Body(
			app.Input().Type("checkbox").ID(id).Checked(slices.Contains(c.IAnswer.Covered, i)).OnChange(c.tick(i)),
			app.Label().For(id).Body(body...),
		)
	}
	next := msgMockNext
	if c.INumber == c.ICount {
		next = msgMockFinish
	}
	return app.Section().Class("mock-check").Aria("labelledby", "mock-check").Body(
		app.H3().ID("mock-check").TabIndex(-1).Text(locale.T(lang, msgMockCheck)),
		app.P().Class("deck-card-meta mock-tally").Body(
			textSpan("mock-answer-time", locale.T(lang, msgMockTook, map[string]any{"Time": clockText(time.Duration(c.IAnswer.Seconds) * time.Second)})),
			answerScore(lang, len(c.IAnswer.Covered), len(points)).Aria("live", "polite"),
		),
		app.FieldSet().Class("mock-points").Body(
			app.Legend().Text(locale.T(lang, msgMockCovered)),
			app.Div().Body(boxes...),
		),
		app.Button().Type("button").Class("button mock-next").OnClick(c.next).Text(locale.T(lang, next)),
	)
}
