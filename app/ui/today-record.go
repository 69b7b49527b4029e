package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/study"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Recording the day: each thing the learner does that the daily loop
// counts goes through one of these, which change the saved document and,
// when it deserves one, call up a moment of recognition.

// cheerKind is what a moment of recognition is for.
type cheerKind int

// The moments of recognition.
const (
	cheerLesson cheerKind = iota + 1 // a lesson marked done
	cheerGoal                        // today's goal met
	cheerMock                        // a mock interview finished
)

// cheer is a moment of recognition, kept in stateCheer.
type cheer struct {
	Kind   cheerKind
	Streak int       // cheerGoal: the streak, today included
	At     time.Time // when it was called up: it fades after cheerFor
}

// cheerFor is how long a moment of recognition stays on screen.
const cheerFor = 6 * time.Second

// callCheer shows a moment of recognition on whichever page is open.
func callCheer(ctx app.Context, c cheer) {
	c.At = time.Now()
	ctx.SetState(stateCheer, c)
}

// recordStudy adds what the learner did now to today's study (see
// progress.Document.Record): time on a page of study, a card rated, a mock
// interview finished. Meeting the day's goal or finishing a mock interview
// calls up a moment of recognition.
func recordStudy(ctx app.Context, add progress.Day) {
	now := time.Now()
	before := study.Met(progressStore().Document().Study, now)
	updateProgress(ctx, func(d *progress.Document) { d.Record(now, add) })
	after := progressStore().Document().Study
	switch {
	case !before && study.Met(after, now):
		callCheer(ctx, cheer{Kind: cheerGoal, Streak: study.Streak(after, now)})
	case add.Mocks > 0:
		callCheer(ctx, cheer{Kind: cheerMock})
	}
}

// markDone marks a lesson done, or takes the mark back, counting it in
// today's study; finishing one calls up a moment of recognition.
func markDone(ctx app.Context, id string, done bool) {
	now := time.Now()
	updateProgress(ctx, func(d *progress.Document) { d.MarkDone(id, done, now) })
	if done {
		callCheer(ctx, cheer{Kind: cheerLesson})
	}
}

// answerQuiz keeps the option chosen for a quiz question. An answer given
// afresh (the question had none, or it was shown again because it was due)
// counts in today's study and schedules the question: missed, it comes
// back; due again and answered right, it waits longer.
func answerQuiz(ctx app.Context, lessonID, questionID string, option int, right, fresh bool) {
	now := time.Now()
	updateProgress(ctx, func(d *progress.Document) {
		d.Answer(lessonID, questionID, option)
		if fresh {
			d.ReviewQuestion(lessonID, questionID, right, now)
			d.Record(now, progress.Day{Questions: 1})
		}
	})
}

// setGoal sets the daily goal; a goal today already meets calls up the
// moment of recognition.
func setGoal(ctx app.Context, g progress.Goal) {
	now := time.Now()
	before := study.Met(progressStore().Document().Study, now)
	updateProgress(ctx, func(d *progress.Document) { d.SetGoal(g, now) })
	if after := progressStore().Document().Study; !before && study.Met(after, now) {
		callCheer(ctx, cheer{Kind: cheerGoal, Streak: study.Streak(after, now)})
	}
}
