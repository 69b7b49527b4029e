package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lessonQuiz is the short quiz at the end of a lesson: each answer is
// explained as soon as it is chosen, the score shows once every question is
// answered, and the answers are saved with the learner's progress.
type lessonQuiz struct {
	app.Compo

	ILang   string
	ILesson *content.Lesson

	doc    progress.Document
	due    map[string]bool // questions due again when the quiz opened, not answered since
	dueFor string          // the lesson due was taken for
}

func newLessonQuiz() *lessonQuiz { return &lessonQuiz{} }

// Lang sets the language of the quiz.
func (q *lessonQuiz) Lang(v string) *lessonQuiz { q.ILang = v; return q }

// Lesson sets the lesson whose quiz this is.
func (q *lessonQuiz) Lesson(v *content.Lesson) *lessonQuiz { q.ILesson = v; return q }

// OnMount follows the learner's saved answers and takes the questions due
// again.
func (q *lessonQuiz) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &q.doc)
	q.due, q.dueFor = dueQuestions(q.ILesson), q.ILesson.ID
}

// OnUpdate takes the questions due again of another lesson.
func (q *lessonQuiz) OnUpdate(ctx app.Context) {
	if q.dueFor != q.ILesson.ID {
		q.due, q.dueFor = dueQuestions(q.ILesson), q.ILesson.ID
	}
}

// answers are the saved answers but for the questions shown afresh.
func (q *lessonQuiz) answers() map[string]int {
	saved := q.doc.Lesson(q.ILesson.ID).Answers
	if len(q.due) == 0 {
		return saved
	}
	out := map[string]int{}
	for id, a := range saved {
		if !q.due[id] {
			out[id] = a
		}
	}
	return out
}

func (q *lessonQuiz) choose(spec content.QuizSpec, option int) app.EventHandler {
	lessonID := q.ILesson.ID
	return func(ctx app.Context, e app.Event) {
		_, answered := q.doc.Lesson(lessonID).Answers[spec.ID]
		answerQuiz(ctx, lessonID, spec.ID, option, option == spec.Answer, !answered || q.due[spec.ID])
		delete(q.due, spec.ID)
	}
}

func (q *lessonQuiz) retry(ctx app.Context, e app.Event) {
	lessonID := q.ILesson.ID
	updateProgress(ctx, func(d *progress.Document) { d.ResetQuiz(lessonID) })
}

func (q *lessonQuiz) Render() app.UI {
	lang, l := q.ILang, q.ILesson
	t := l.Text[lang].Body()
	answers := q.answers()
	correct, answered := l.Score(answers)
	summary := locale.N(lang, msgQuizIntro, len(l.Quiz))
	// The ring fills as questions are answered, then shows the score.
	ring, share := "progress-ring", 0.0
	if answered == 0 {
		ring += " is-empty" // not yet begun: a quiz mark, not an empty ring
	}
	if len(l.Quiz) > 0 {
		share = float64(answered) / float64(len(l.Quiz))
	}
	if answered == len(l.Quiz) {
		summary = locale.T(lang, msgQuizScore, map[string]any{
			"Correct": locale.Number(lang, correct), "Total": locale.Number(lang, len(l.Quiz)),
		})
		ring, share = "progress-ring is-score", float64(correct)/float64(max(len(l.Quiz), 1))
	}
	return app.Section().Class("lesson-quiz").Aria("labelledby", "quiz").Body(
		app.H2().ID("quiz").Text(locale.T(lang, msgQuizHeading)),
		app.Div().Class("quiz-head").Body(
			app.Span().Class(ring).Style("--value", strconv.FormatFloat(share, 'f', 3, 64)).Aria("hidden", "true"),
			app.P().Class("quiz-summary").Aria("live", "polite").Text(summary),
		),
		quizDueNote(lang, q.due),
		app.Range(l.Quiz).Slice(func(i int) app.UI {
			spec := l.Quiz[i]
			chosen, ok := answers[spec.ID]
			if !ok {
				chosen = -1
			}
			return q.question(i, spec, t.Questions[i], chosen)
		}),
		app.If(answered > 0, func() app.UI {
			return app.Button().Type("button").Class("button-quiet").OnClick(q.retry).Text(locale.T(lang, msgQuizRetry))
		}),
	)
}

// question renders one question as a group of radio buttons, with the
// explanation of the chosen answer once there is one.
func (q *lessonQuiz) question(i int, spec content.QuizSpec, text content.Question, chosen int) app.UI {
	lang := q.ILang
	name := "quiz-" + spec.ID
	options := make([]app.UI, 0, len(text.Options))
	for j, o := range text.Options {
		class := "quiz-option"
		switch {
		case chosen >= 0 && j == spec.Answer:
			class += " is-right"
		case j == chosen:
			class += " is-wrong"
		}
		options = append(options, radioOption(class, name, j, o, j == chosen, q.choose(spec, j)))
	}
	var feedback app.UI = app.P().Class("quiz-feedback").Attr("role", "status")
	if chosen >= 0 && chosen < len(text.Feedback) {
		verdict, class := locale.T(lang, msgQuizCorrect), "quiz-feedback is-right"
		why := text.Feedback[chosen]
		if chosen != spec.Answer {
			verdict, class = locale.T(lang, msgQuizIncorrect), "quiz-feedback is-wrong"
			why = locale.T(lang, msgQuizWrongExplained, map[string]any{"Why": why, "Answer": text.Options[spec.Answer], "RightWhy": text.Feedback[spec.Answer]})
		}
		// The verdict stands apart by its style (a space after it in
		// English and Korean, none in Japanese), not by joined text.
		lines := []app.UI{app.Strong().Text(verdict), app.Text(why)}
		feedback = app.P().Class(class).Attr("role", "status").Body(lines...)
	}
	class := "quiz-question"
	if q.due[spec.ID] {
		class += " is-due"
	}
	return app.FieldSet().Class(class).Body(
		app.Legend().Body(
			app.Text(locale.Number(lang, i+1)+". "+text.Question),
			app.If(q.due[spec.ID], func() app.UI { return quizDueMark(lang) }),
		),
		app.Div().Class("quiz-options").Body(options...),
		feedback,
		app.If(chosen >= 0 && len(text.Sources) > 0, func() app.UI { return quizSources(lang, text.Sources) }),
	)
}
