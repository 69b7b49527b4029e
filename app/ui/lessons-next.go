package ui

import (
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
)

// nextInCourse is the lesson to go on with, in reading order: the first one
// left half-read (not done, and read past its first section), with the
// section where reading stopped; else the first one not done yet. begun
// says whether the learner has begun at all; next is nil once every lesson
// is done.
func nextInCourse(c *content.Course, doc *progress.Document, lang string) (next *content.Lesson, section *content.Section, begun bool) {
	var firstOpen *content.Lesson
	for _, l := range c.Lessons {
		saved := doc.Lesson(l.ID)
		if saved.Done {
			begun = true
			continue
		}
		if firstOpen == nil {
			firstOpen = l
		}
		if saved.Section == "" || section != nil || l.Text[lang] == nil {
			continue
		}
		if sections := l.Text[lang].Body().Sections; len(sections) > 0 && sections[0].ID != saved.Section {
			for i := range sections {
				if sections[i].ID == saved.Section {
					next, section, begun = l, &sections[i], true
				}
			}
		}
	}
	if next == nil {
		next = firstOpen
	}
	return next, section, begun
}
