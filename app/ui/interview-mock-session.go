package ui

import (
	"math"
	"slices"
	"time"

	"github.com/cxopath/cxopath/app/practice"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mockSession is a mock interview in progress. It is kept in the tab's
// sessionStorage (under mockKey) rather than in the address: it changes
// with every point ticked and holds the running timer's start, which would
// make a new address, and a new pre-rendered page for the server to keep,
// at each step; a reload or a visit to another page finds it as it was; a
// second tab runs an interview of its own; and closing the tab ends it,
// as leaving the room ends an interview. Nothing of it reaches the saved
// document until the interview is finished.
type mockSession struct {
	At      string                `json:"at"` // when it started, RFC 3339
	Role    string                `json:"role,omitempty"`
	Topics  []string              `json:"topics,omitempty"`
	Cards   []string              `json:"cards"`             // the questions, in the order asked
	Answers []progress.MockAnswer `json:"answers,omitempty"` // one per question answered so far
	// Checking says the learner has answered the latest question and is
	// ticking the points it covered.
	Checking bool      `json:"checking,omitempty"`
	Watch    stopwatch `json:"watch,omitzero"`     // the answer timer of the question being answered
	Finished bool      `json:"finished,omitempty"` // kept in the history: the summary shows
}

// newMockSession starts a mock interview of the cards, picked with the
// filter, at now: the first question's timer runs.
func newMockSession(cards []string, f deckFilter, now time.Time) mockSession {
	s := mockSession{At: now.Format(time.RFC3339), Role: f.Role, Cards: cards, Watch: stopwatch{Since: now}}
	if f.Topic != "" {
		s.Topics = []string{f.Topic}
	}
	return s
}

// active reports whether an interview is under way or just finished.
func (s mockSession) active() bool { return len(s.Cards) > 0 }

// current is the index of the question being answered or checked.
func (s mockSession) current() int {
	if s.Checking {
		return len(s.Answers) - 1
	}
	return len(s.Answers)
}

// answered is the session once the learner has answered the current
// question at now: the time its timer counted is kept, and the points are
// to be ticked.
func (s mockSession) answered(now time.Time) mockSession {
	if s.Checking || s.Finished || len(s.Answers) >= len(s.Cards) {
		return s
	}
	seconds := int(math.Round(s.Watch.total(now).Seconds()))
	s.Answers = append(slices.Clone(s.Answers), progress.MockAnswer{Card: s.Cards[len(s.Answers)], Seconds: seconds})
	s.Checking, s.Watch = true, stopwatch{}
	return s
}

// ticked is the session with answer point i of the question being checked
// ticked as covered, or not.
func (s mockSession) ticked(i int, covered bool) mockSession {
	if !s.Checking {
		return s
	}
	s.Answers = slices.Clone(s.Answers)
	a := &s.Answers[len(s.Answers)-1]
	points := slices.DeleteFunc(slices.Clone(a.Covered), func(p int) bool { return p == i })
	if covered {
		points = append(points, i)
		slices.Sort(points)
	}
	a.Covered = points
	return s
}

// next is the session once the learner goes on from the question checked
// at now: the next question, its timer running, or the end.
func (s mockSession) next(now time.Time) mockSession {
	if !s.Checking {
		return s
	}
	s.Checking = false
	if len(s.Answers) == len(s.Cards) {
		s.Finished = true
	} else {
		s.Watch = stopwatch{Since: now}
	}
	return s
}

// mock is the interview as the history keeps it.
func (s mockSession) mock() progress.Mock {
	return progress.Mock{At: s.At, Role: s.Role, Topics: slices.Clone(s.Topics), Answers: slices.Clone(s.Answers)}
}

// sound reports whether a session read back from storage can go on in this
// version of the course: every card known and asked once, the answers
// those of the first questions, and its steps in an order the page makes.
func (s mockSession) sound(iv *content.Interview) bool {
	if len(s.Cards) == 0 || len(s.Cards) > slices.Max(practice.MockSizes) || len(s.Answers) > len(s.Cards) {
		return false
	}
	if _, ok := progress.MockTime(s.mock()); !ok {
		return false
	}
	for i, id := range s.Cards {
		if _, ok := question(iv, id); !ok || slices.Index(s.Cards, id) != i {
			return false
		}
	}
	for i, a := range s.Answers {
		if a.Card != s.Cards[i] {
			return false
		}
	}
	switch {
	case s.Finished:
		return !s.Checking && len(s.Answers) == len(s.Cards)
	case s.Checking:
		return len(s.Answers) > 0
	}
	return len(s.Answers) < len(s.Cards)
}

// loadMockSession reads this tab's mock interview, if any: one the course
// cannot go on with is forgotten.
func loadMockSession(ctx app.Context, iv *content.Interview) (s mockSession) {
	defer func() {
		// A browser with storage disabled throws on the very lookup.
		if r := recover(); r != nil {
			app.Log("reading the mock interview:", r)
			s = mockSession{}
		}
	}()
	if err := ctx.SessionStorage().Get(mockKey, &s); err != nil || !s.sound(iv) {
		if s.active() || err != nil {
			ctx.SessionStorage().Del(mockKey)
		}
		return mockSession{}
	}
	return s
}

// saveMockSession keeps this tab's mock interview, or forgets it when it
// is over. A tab that cannot keep it goes on with it in memory.
func saveMockSession(ctx app.Context, s mockSession) {
	defer func() {
		if r := recover(); r != nil {
			app.Log("keeping the mock interview:", r)
		}
	}()
	if !s.active() {
		ctx.SessionStorage().Del(mockKey)
		return
	}
	if err := ctx.SessionStorage().Set(mockKey, s); err != nil {
		app.Log("keeping the mock interview:", err)
	}
}

// mockPoints is how many answer points each card of the deck has.
func mockPoints(iv *content.Interview) map[string]int {
	points := make(map[string]int, len(iv.Questions))
	for _, q := range iv.Questions {
		points[q.ID] = q.Points
	}
	return points
}

// mockCoverage is each answer of a mock interview to a card the deck has,
// with the card's topic and points, in the order asked.
func mockCoverage(iv *content.Interview, m progress.Mock) []practice.Coverage {
	var out []practice.Coverage
	for _, a := range m.Answers {
		if q, ok := question(iv, a.Card); ok {
			covered := map[int]bool{}
			for _, i := range a.Covered {
				if i >= 0 && i < q.Points {
					covered[i] = true
				}
			}
			out = append(out, practice.Coverage{Topic: q.Topic, Covered: len(covered), Points: q.Points})
		}
	}
	return out
}
