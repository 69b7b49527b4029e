// Package study is the daily loop: what is due today and in what order,
// how long each part takes, the daily goal and whether today met it, the
// streak of days that met it, and the weeks of activity behind it. Days are
// the device's local dates; a clock that jumps or a trip across time zones
// never breaks a streak that was kept day by day. It is pure logic, with no
// browser and no go-app.
package study

import (
	"slices"
	"time"

	"github.com/cxopath/cxopath/app/progress"
)

// How long one thing on today's list takes, about.
const (
	QuestionTime = time.Minute     // a quiz question: answer it and read why
	CardTime     = 3 * time.Minute // an interview card: a two-minute answer, then the points
)

// Kind is what an item of today's list asks of the learner.
type Kind int

// The kinds of item, in the order the list shows them: what is due comes
// first, quick things before longer ones, then reading.
const (
	Questions Kind = iota + 1 // quiz questions of one lesson, missed and due again
	Cards                     // interview cards due
	Resume                    // a lesson to go on reading where it stopped
	Next                      // the next lesson toward the target role
)

// Item is one thing to do today.
type Item struct {
	Kind      Kind
	Lesson    string        // Questions, Resume, Next: the lesson
	Section   string        // Resume: the section where reading stopped
	Questions []string      // Questions: the ids due, in quiz order
	Cards     []string      // Cards: the ids due, longest due first
	Time      time.Duration // about how long it takes
}

// Plan is today's list.
type Plan struct {
	Items []Item
	Time  time.Duration // about how long the whole list takes
	// Role is the role the next lesson leads toward ("" for the course's
	// own order), and Picked says the learner chose it rather than it
	// being their closest fit.
	Role   string
	Picked bool
}

// Today makes today's list at now from what the learner saved: quiz
// questions due again, grouped by lesson, the one due longest first;
// interview cards due; the lesson where reading stopped; and the next
// lesson toward the target role.
func Today(c *Course, d *progress.Document, now time.Time) Plan {
	var p Plan
	p.Role, p.Picked = Target(c, d)
	p.Items = append(p.Items, missed(c, d, now)...)
	if cards := dueCards(c, d, now); len(cards) > 0 {
		p.Items = append(p.Items, Item{Kind: Cards, Cards: cards, Time: time.Duration(len(cards)) * CardTime})
	}
	order := c.order(p.Role)
	resumed := ""
	for _, l := range order {
		saved := d.Lesson(l.ID)
		if i := slices.Index(l.Sections, saved.Section); !saved.Done && i > 0 {
			resumed = l.ID
			p.Items = append(p.Items, Item{Kind: Resume, Lesson: l.ID, Section: saved.Section, Time: rest(l, i)})
			break
		}
	}
	for _, l := range order {
		if !d.Lesson(l.ID).Done && l.ID != resumed {
			p.Items = append(p.Items, Item{Kind: Next, Lesson: l.ID, Time: time.Duration(max(l.Minutes, 1)) * time.Minute})
			break
		}
	}
	for _, it := range p.Items {
		p.Time += it.Time
	}
	return p
}

// rest is about how long the rest of a lesson takes from section i on.
func rest(l Lesson, i int) time.Duration {
	left := float64(len(l.Sections)-i) / float64(len(l.Sections))
	return time.Duration(max(1, int(float64(l.Minutes)*left+0.999))) * time.Minute
}

// missed lists the quiz questions due again, one item per lesson, the
// lesson whose question has waited longest first.
func missed(c *Course, d *progress.Document, now time.Time) []Item {
	due := map[string][]string{}
	oldest := map[string]time.Time{}
	var lessons []string
	for _, l := range c.Lessons {
		qs := DueQuestions(l, d.Lesson(l.ID), now)
		if len(qs) == 0 {
			continue
		}
		for _, q := range qs {
			if at := d.Lesson(l.ID).Review[q].Due; oldest[l.ID].IsZero() || at.Before(oldest[l.ID]) {
				oldest[l.ID] = at
			}
		}
		due[l.ID] = qs
		lessons = append(lessons, l.ID)
	}
	slices.SortStableFunc(lessons, func(a, b string) int { return oldest[a].Compare(oldest[b]) })
	items := make([]Item, len(lessons))
	for i, id := range lessons {
		items[i] = Item{Kind: Questions, Lesson: id, Questions: due[id], Time: time.Duration(len(due[id])) * QuestionTime}
	}
	return items
}

// DueQuestions lists the questions of a lesson's quiz that were missed and
// are due again at now, in quiz order.
func DueQuestions(l Lesson, saved progress.Lesson, now time.Time) []string {
	var due []string
	for _, q := range l.Quiz {
		if c, ok := saved.Review[q]; ok && c.IsDue(now) {
			due = append(due, q)
		}
	}
	return due
}

// dueCards lists the interview cards due at now, the one due longest first.
func dueCards(c *Course, d *progress.Document, now time.Time) []string {
	var due []string
	for _, id := range c.Cards {
		if d.Practice.Cards[id].IsDue(now) {
			due = append(due, id)
		}
	}
	slices.SortStableFunc(due, func(a, b string) int {
		return d.Practice.Cards[a].Sane().Due.Compare(d.Practice.Cards[b].Sane().Due)
	})
	return due
}

// Target is the role the learner's next lessons lead toward: the one they
// picked, else the closest fit of their self-assessment (picked false),
// else none.
func Target(c *Course, d *progress.Document) (role string, picked bool) {
	if t := d.Assessment.Target; t != "" {
		if _, ok := c.Roles[t]; ok {
			return t, true
		}
	}
	if c.Checklist != nil {
		if fits := c.Checklist.Fits(d.Assessment.Ratings); len(fits) > 0 {
			return fits[0].Role, false
		}
	}
	return "", false
}

// order is the lessons toward role: its related lessons first, in the order
// the role lists them, then the rest in reading order.
func (c *Course) order(role string) []Lesson {
	out := make([]Lesson, 0, len(c.Lessons))
	first := map[string]bool{}
	for _, id := range c.Roles[role] {
		if i := slices.IndexFunc(c.Lessons, func(l Lesson) bool { return l.ID == id }); i >= 0 && !first[id] {
			first[id] = true
			out = append(out, c.Lessons[i])
		}
	}
	for _, l := range c.Lessons {
		if !first[l.ID] {
			out = append(out, l)
		}
	}
	return out
}

// Started reports whether the learner has begun the daily loop: a lesson
// done, a card rated or a goal set. Until then the home page stays an
// introduction.
func Started(d *progress.Document) bool {
	if d.Study.Goal.IsSet() || len(d.Practice.Cards) > 0 {
		return true
	}
	for _, l := range d.Lessons {
		if l.Done {
			return true
		}
	}
	return false
}
