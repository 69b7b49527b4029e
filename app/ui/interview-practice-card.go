package ui

import (
	"strconv"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// recallNames name the recall ratings, Again to Easy.
var recallNames = map[practice.Rating]*i18n.Message{
	practice.Again: msgAgain, practice.Hard: msgHard, practice.Good: msgGood, practice.Easy: msgEasy,
}

// practiceCard is one interview card: the question, an optional timer, the
// learner's draft answer (saved as they type, restored whenever the card
// comes back), the answer points once revealed, and the four recall
// ratings, each with when it would bring the card back. Space reveals and
// 1 to 4 rate, except while the learner is typing.
type practiceCard struct {
	app.Compo

	ILang     string
	ICourse   *content.Course
	IQuestion content.InterviewQuestion
	ICard     practice.Card
	IDraft    string
	INext     string // where to go once the card is rated

	// The text box is not bound to IDraft, which changes as the learner
	// types: writing it back would move the caret and break input-method
	// composition. It gets a card's draft when the card comes, or when the
	// saved draft arrives before the learner has typed.
	shown    string // the card whose draft the text box holds
	draft    string // the draft the text box was given
	typed    bool   // whether the learner has typed since
	revealed bool
	leaving  bool        // rated: input is ignored until the next card comes
	arrived  time.Time   // when this card came
	stopKeys func()      // stops listening for the shortcuts
	mounted  app.Context // outlives the buttons that are replaced when clicked
}

func newPracticeCard() *practiceCard { return &practiceCard{} }

// Lang sets the language.
func (c *practiceCard) Lang(v string) *practiceCard { c.ILang = v; return c }

// Course sets the course the card comes from.
func (c *practiceCard) Course(v *content.Course) *practiceCard { c.ICourse = v; return c }

// Question sets the card.
func (c *practiceCard) Question(v content.InterviewQuestion) *practiceCard { c.IQuestion = v; return c }

// Card sets the card's schedule.
func (c *practiceCard) Card(v practice.Card) *practiceCard { c.ICard = v; return c }

// Draft sets the learner's saved draft answer.
func (c *practiceCard) Draft(v string) *practiceCard { c.IDraft = v; return c }

// Next sets the address to go to once the card is rated.
func (c *practiceCard) Next(v string) *practiceCard { c.INext = v; return c }

// OnMount starts listening for the keyboard shortcuts.
func (c *practiceCard) OnMount(ctx app.Context) {
	c.mounted = ctx
	c.shown, c.draft = c.IQuestion.ID, c.IDraft
	if !app.IsClient {
		return
	}
	c.stopKeys = handle(app.Window(), "keydown", false, func(e app.Value) {
		if key, ok := shortcut(e); ok {
			e.Call("preventDefault")
			ctx.Dispatch(func(ctx app.Context) { c.press(ctx, key) })
		}
	})
}

// OnDismount stops listening for the keyboard shortcuts.
func (c *practiceCard) OnDismount() {
	if c.stopKeys != nil {
		c.stopKeys()
		c.stopKeys = nil
	}
}

// OnUpdate starts afresh when another card comes: answer points hidden, the
// text box holding that card's draft, and the question in view with the
// focus on it.
func (c *practiceCard) OnUpdate(ctx app.Context) {
	switch {
	case c.shown != c.IQuestion.ID:
		c.shown, c.revealed, c.typed, c.leaving = c.IQuestion.ID, false, false, false
		c.arrived = time.Now()
		ctx.Defer(func(app.Context) { focusIn(c.JSValue(), "#question") })
	case c.typed || c.draft == c.IDraft:
		return
	}
	c.draft = c.IDraft
	draft := c.draft
	ctx.Defer(func(app.Context) {
		if box := app.Window().GetElementByID("draft"); box.Truthy() {
			box.Set("value", draft)
		}
	})
}

// shortcut reads a key press as a practice shortcut: " " or "1" to "4".
// Nothing counts while an input method is composing, while the focus is in
// a text field or on a control that uses the key itself, or with a modifier
// held.
func shortcut(e app.Value) (string, bool) {
	if typing(e) || e.Get("repeat").Truthy() {
		return "", false
	}
	if t := e.Get("target"); t.Truthy() && t.Call("closest", "button, a").Truthy() {
		return "", false
	}
	switch key := e.Get("key").String(); key {
	case " ", "1", "2", "3", "4":
		return key, true
	}
	return "", false
}

func (c *practiceCard) press(ctx app.Context, key string) {
	if c.leaving {
		return
	}
	if key == " " {
		c.show(ctx)
		return
	}
	if n, err := strconv.Atoi(key); err == nil && c.revealed {
		c.record(ctx, practice.Rating(n))
	}
}

func (c *practiceCard) reveal(ctx app.Context, e app.Event) { c.show(ctx) }

// show reveals the answer points and moves the focus to them. The focus
// waits on the card's own context: the reveal button that was clicked is
// gone by then, and go-app skips what waits on a removed element.
func (c *practiceCard) show(ctx app.Context) {
	if c.leaving {
		return
	}
	c.revealed = true
	c.mounted.Defer(func(app.Context) { focusIn(c.JSValue(), ".answer-points h2") })
}

// keep saves the draft as the learner types; while an input method is
// composing a character, it waits for the composition to end.
func (c *practiceCard) keep(ctx app.Context, e app.Event) {
	if e.Get("isComposing").Truthy() {
		return
	}
	c.typed = true
	keepDraft(ctx, c.IQuestion.ID, ctx.JSSrc().Get("value").String())
}

// settle keeps the focus on a card's question when, just after the card
// came, a tap lands on its text: the second tap of a double tap on the last
// card's rating, say. Controls still take their taps.
func (c *practiceCard) settle(ctx app.Context, e app.Event) {
	if time.Since(c.arrived) < 700*time.Millisecond &&
		!e.Get("target").Call("closest", "a, button, input, textarea, select, label").Truthy() {
		e.PreventDefault()
	}
}

func (c *practiceCard) rate(r practice.Rating) app.EventHandler {
	return func(ctx app.Context, e app.Event) { c.record(ctx, r) }
}

// record schedules the card by the learner's rating and goes on.
func (c *practiceCard) record(ctx app.Context, r practice.Rating) {
	if c.leaving {
		return
	}
	c.leaving = true
	id, rated := c.IQuestion.ID, practice.Rate(c.ICard, r, time.Now())
	updateProgress(ctx, func(d *progress.Document) { d.SetCard(id, rated) })
	recordStudy(ctx, progress.Day{Cards: 1})
	ctx.Navigate(c.INext)
}

func (c *practiceCard) Render() app.UI {
	lang, iv, q := c.ILang, c.ICourse.Interview, c.IQuestion
	text := iv.Text[lang].Questions[q.ID]
	return app.Article().Class("practice-card").OnMouseDown(c.settle).Aria("labelledby", "question").Body(
		app.P().Class("deck-card-meta").Body(
			textSpan("tag", roleName(c.ICourse, lang, q.Role)),
			textSpan("tag", iv.Text[lang].Topics[q.Topic]),
		),
		app.H1().ID("question").TabIndex(-1).Class("practice-question").Text(text.Question),
		newAnswerTimer().Lang(lang).Card(q.ID),
		app.Div().Class("draft").Body(
			app.Label().For("draft").Text(locale.T(lang, msgYourDraft)),
			app.P().ID("draft-help").Class("muted").Text(locale.T(lang, msgDraftHelp)),
			app.Textarea().ID("draft").Rows(7).Aria("describedby", "draft-help").
				Placeholder(locale.T(lang, msgDraftPlaceholder)).
				Text(c.textBox()).
				OnInput(c.keep).
				OnBlur(func(ctx app.Context, e app.Event) { saveProgress(ctx) }).
				On("compositionend", c.keep),
		),
		c.answer(text),
		textP("muted keys-hint", locale.T(lang, msgKeysHint)),
	)
}

// textBox is what the text box holds: the saved draft until the component
// has given it one.
func (c *practiceCard) textBox() string {
	if c.shown != c.IQuestion.ID {
		return c.IDraft
	}
	return c.draft
}

// answer is the reveal button, or the answer points with the ratings.
func (c *practiceCard) answer(text content.QuestionText) app.UI {
	lang := c.ILang
	if !c.revealed {
		return app.Button().Type("button").Class("button reveal").OnClick(c.reveal).Body(
			app.Text(locale.T(lang, msgReveal)+" "),
			app.Kbd().Text(locale.T(lang, msgSpaceKey)),
		)
	}
	points := make([]app.UI, len(text.Points))
	for i, body := range leadIns(text.Points) {
		points[i] = app.Li().Body(body...)
	}
	lessons := lessonItems(lang, c.ICourse, c.IQuestion.Lessons)
	intervals := practice.Intervals(c.ICard, time.Now())
	ratings := make([]app.UI, len(practice.Ratings))
	for i, r := range practice.Ratings {
		ratings[i] = app.Button().Type("button").Class("recall recall-"+strconv.Itoa(int(r))).OnClick(c.rate(r)).Body(
			app.Kbd().Text(locale.Number(lang, int(r))),
			textSpan("recall-name", locale.T(lang, recallNames[r])),
			textSpan("recall-when", durationText(lang, intervals[r])),
		)
	}
	return app.Div().Class("answer").Body(
		app.Section().Class("answer-points").Aria("labelledby", "points").Body(
			app.H2().ID("points").TabIndex(-1).Text(locale.T(lang, msgAnswerPoints)),
			app.Ul().Body(points...),
			app.If(len(lessons) > 0, func() app.UI {
				return app.Div().Class("gap-lessons").Body(app.Span().Text(locale.T(lang, msgPrepareWith)), app.Ul().Body(lessons...))
			}),
		),
		app.Div().Class("recall-choice").Attr("role", "group").Aria("labelledby", "recall-question").Body(
			app.P().ID("recall-question").Text(locale.T(lang, msgHowWell)),
			app.Div().Class("recall-buttons").Body(ratings...),
		),
	)
}
