package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The quiz questions of a lesson that were missed and are due again: the
// quiz shows them afresh, marked, with a note above it.

// dueQuestions are the questions of a lesson's quiz due again now, by the
// learner's saved progress (none on the server, which has none). The quiz
// takes them as it opens and keeps them until each is answered, so that a
// question does not clear itself under the learner's eyes when it falls due
// while the page is open.
func dueQuestions(l *content.Lesson) map[string]bool {
	if !app.IsClient || l == nil {
		return nil
	}
	sl := study.Lesson{ID: l.ID}
	for _, q := range l.Quiz {
		sl.Quiz = append(sl.Quiz, q.ID)
	}
	due := map[string]bool{}
	for _, q := range study.DueQuestions(sl, progressStore().Document().Lesson(l.ID), time.Now()) {
		due[q] = true
	}
	return due
}

// quizDueNote says how many of the quiz's questions are due again, if any.
func quizDueNote(lang string, due map[string]bool) app.UI {
	if len(due) == 0 {
		return nil
	}
	return textP("notice quiz-due-note", locale.N(lang, msgQuizDueNote, len(due)))
}

// quizDueMark marks a question due again.
func quizDueMark(lang string) app.UI {
	return textSpan("quiz-due-mark", locale.T(lang, msgQuizDueMark))
}
