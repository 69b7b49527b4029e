package study

import (
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/content"
)

// Course is what the daily loop needs of the course, by id: the lessons in
// reading order, each role's related lessons, the interview cards and the
// self-assessment that finds the learner's closest role.
type Course struct {
	Lessons   []Lesson            // in reading order
	Roles     map[string][]string // role id → its related lessons, most related first
	Cards     []string            // interview card ids, in deck order
	Checklist *assess.Checklist
}

// Lesson is a lesson as the daily loop sees it.
type Lesson struct {
	ID       string
	Minutes  int      // reading time in the learner's language
	Sections []string // section ids, in order
	Quiz     []string // quiz question ids, in order
}

// FromCourse is the course as the daily loop sees it, with reading times in
// lang.
func FromCourse(c *content.Course, lang string) *Course {
	out := &Course{Roles: map[string][]string{}, Checklist: assess.FromCourse(c)}
	for _, l := range c.Lessons {
		sl := Lesson{ID: l.ID, Sections: l.Sections}
		if t := l.Text[lang]; t != nil {
			sl.Minutes = t.Minutes
		}
		for _, q := range l.Quiz {
			sl.Quiz = append(sl.Quiz, q.ID)
		}
		out.Lessons = append(out.Lessons, sl)
	}
	for _, r := range c.Roles {
		out.Roles[r.ID] = r.Lessons
	}
	if c.Interview != nil {
		for _, q := range c.Interview.Questions {
			out.Cards = append(out.Cards, q.ID)
		}
	}
	return out
}
