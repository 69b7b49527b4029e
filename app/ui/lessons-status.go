package ui

import "github.com/cxopath/cxopath/app/progress"

// lessonStatus is how far the learner has got with one lesson.
type lessonStatus int

// The states of a lesson in the course lists.
const (
	notStarted lessonStatus = iota // nothing saved for it yet
	reading                        // a reading position or a quiz answer saved, not marked done
	finished                       // marked done
)

// statusOf says how far the learner has got with a lesson, from what is
// saved for it.
func statusOf(l progress.Lesson) lessonStatus {
	switch {
	case l.Done:
		return finished
	case l.Section != "" || len(l.Answers) > 0:
		return reading
	}
	return notStarted
}

// groupDone counts the lessons of ids that doc has marked done.
func groupDone(doc progress.Document, ids []string) int {
	n := 0
	for _, id := range ids {
		if statusOf(doc.Lesson(id)) == finished {
			n++
		}
	}
	return n
}
