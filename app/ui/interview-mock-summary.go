package ui

import (
	"slices"
	"strconv"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mockSummary is how a finished mock interview went: the points covered in
// all and per question with the time each answer took and when the card
// comes back, the points missed, and the weakest topic with the lessons
// that build it. The focus comes to it when it shows.
type mockSummary struct {
	app.Compo

	ILang    string
	ICourse  *content.Course
	IMock    progress.Mock
	ICards   map[string]practice.Card // the cards' schedules
	IOnAgain func(app.Context)

	mounted app.Context
}

func newMockSummary() *mockSummary { return &mockSummary{} }

// Lang sets the language.
func (s *mockSummary) Lang(v string) *mockSummary { s.ILang = v; return s }

// Course sets the course the cards come from.
func (s *mockSummary) Course(v *content.Course) *mockSummary { s.ICourse = v; return s }

// Mock sets the interview.
func (s *mockSummary) Mock(v progress.Mock) *mockSummary { s.IMock = v; return s }

// Cards sets the cards' schedules.
func (s *mockSummary) Cards(v map[string]practice.Card) *mockSummary { s.ICards = v; return s }

// OnAgain sets what the button for another interview does.
func (s *mockSummary) OnAgain(f func(app.Context)) *mockSummary { s.IOnAgain = f; return s }

// OnMount brings the summary to the focus.
func (s *mockSummary) OnMount(ctx app.Context) {
	s.mounted = ctx
	ctx.Defer(func(app.Context) { focusIn(s.JSValue(), "#mock-summary") })
}

func (s *mockSummary) again(ctx app.Context, e app.Event) {
	if s.IOnAgain != nil {
		s.IOnAgain(ctx)
	}
}

// share is covered of points as a whole percentage in lang.
func share(lang string, covered, points int) string {
	if points <= 0 {
		return percent(lang, 0)
	}
	return percent(lang, float64(covered)/float64(points))
}

func (s *mockSummary) Render() app.UI {
	lang, iv := s.ILang, s.ICourse.Interview
	coverage := mockCoverage(iv, s.IMock)
	covered, points := practice.Total(coverage)
	seconds := 0
	for _, a := range s.IMock.Answers {
		seconds += a.Seconds
	}
	return app.Section().Class("mock-summary").Aria("labelledby", "mock-summary").Body(
		app.H2().ID("mock-summary").TabIndex(-1).Text(locale.T(lang, msgMockSummary)),
		// The result at a glance: the share of points covered as a ring,
		// the same ring as the assessment's result, beside the sentence
		// that says it.
		app.Div().Class("mock-result").Body(
			app.Div().Class("headline-ring").Aria("hidden", "true").Body(
				app.Span().Class("progress-ring").Style("--value", strconv.FormatFloat(clamp01(float64(covered)/float64(max(points, 1))), 'f', 3, 64)),
				textSpan("headline-percent", share(lang, covered, points)),
			),
			textP("lead", locale.T(lang, msgMockScore, map[string]any{
				"Covered": locale.Number(lang, covered), "Points": locale.Number(lang, points),
				"Percent": share(lang, covered, points), "Time": clockText(time.Duration(seconds) * time.Second),
			})),
		),
		s.weakest(coverage),
		app.Ol().Class("mock-answers").Body(s.answers()...),
		app.Button().Type("button").Class("button mock-again").OnClick(s.again).Text(locale.T(lang, msgMockAgain)),
	)
}

// weakest names the topic with the smallest share of points covered and
// the lessons that build it: those of the interview's cards on it.
func (s *mockSummary) weakest(coverage []practice.Coverage) app.UI {
	lang, iv := s.ILang, s.ICourse.Interview
	topic, covered, points, ok := practice.Weakest(coverage)
	if !ok {
		return textP("mock-weakest", locale.T(lang, msgMockAllCovered))
	}
	var lessons []string
	for _, a := range s.IMock.Answers {
		if q, known := question(iv, a.Card); known && q.Topic == topic {
			for _, l := range q.Lessons {
				if !slices.Contains(lessons, l) {
					lessons = append(lessons, l)
				}
			}
		}
	}
	return app.Div().Class("mock-weakest").Body(
		app.P().Text(locale.T(lang, msgMockWeakest, map[string]any{"Topic": iv.Text[lang].Topics[topic], "Percent": share(lang, covered, points)})),
		app.If(len(lessons) > 0, func() app.UI {
			return app.Div().Class("gap-lessons").Body(app.Span().Text(locale.T(lang, msgMockBuild)), lessonList(lang, s.ICourse, lessons))
		}),
	)
}

// answers are the questions asked, each with its points covered, its time,
// when it comes back and the points it missed.
func (s *mockSummary) answers() []app.UI {
	lang, iv, now := s.ILang, s.ICourse.Interview, time.Now()
	var items []app.UI
	for _, a := range s.IMock.Answers {
		q, ok := question(iv, a.Card)
		if !ok {
			continue
		}
		text := iv.Text[lang].Questions[q.ID]
		var missed []string
		for i, pt := range text.Points {
			if !slices.Contains(a.Covered, i) {
				missed = append(missed, pt)
			}
		}
		status, class := locale.T(lang, msgCardDue), "is-due"
		if c := s.ICards[q.ID].Sane(); c.State != practice.New && c.Due.After(now) {
			status, class = locale.T(lang, msgCardDueIn, map[string]any{"When": durationText(lang, c.Due.Sub(now))}), "is-learned"
		}
		covered, points := len(text.Points)-len(missed), len(text.Points)
		items = append(items, app.Li().Class("mock-answer").Body(
			textP("mock-answer-question", text.Question),
			app.P().Class("deck-card-meta").Body(
				answerScore(lang, covered, points),
				textSpan("mock-answer-time", locale.T(lang, msgMockAnswerTime, map[string]any{"Time": clockText(time.Duration(a.Seconds) * time.Second)})),
				app.Span().Class("card-status "+class).Text(status),
			),
			app.If(len(missed) > 0, func() app.UI {
				return app.Div().Class("mock-missed").Body(app.Span().Text(locale.T(lang, msgMockMissed)), textList(missed))
			}),
		))
	}
	return items
}

// answerScore says how many of an answer's points it covered, in a bar
// and in words.
func answerScore(lang string, covered, points int) app.HTMLSpan {
	return app.Span().Class("mock-answer-score").Body(
		pointsBar(covered, points),
		app.Text(locale.T(lang, msgMockAnswerScore, map[string]any{
			"Covered": locale.Number(lang, covered), "Points": locale.Number(lang, points),
		})),
	)
}

// pointsBar draws the share of an answer's points covered as a short bar,
// one segment a point when there are few, filled up to those covered; the
// words beside it give the figures, so it is hidden from screen readers.
func pointsBar(covered, points int) app.UI {
	class := "points-bar"
	if points > 0 && covered == points {
		class += " is-full"
	}
	if points > 0 && points <= 6 {
		segments := make([]app.UI, points)
		for i := range segments {
			segment := app.Span()
			if i < covered {
				segment = segment.Class("is-on")
			}
			segments[i] = segment
		}
		return app.Span().Class(class+" is-segmented").Aria("hidden", "true").Body(segments...)
	}
	return app.Span().Class(class).Aria("hidden", "true").Body(
		app.Span().Class("is-on").Style("width", strconv.FormatFloat(float64(covered)/float64(max(points, 1))*100, 'f', 1, 64)+"%"),
	)
}
