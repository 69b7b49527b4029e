package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of a lesson's place on the course outline and the Lessons
// page's path, in English, with a note for translators.
var (
	msgPathNext = &i18n.Message{
		ID:          "PathNext",
		Description: "Status of the lesson to read next in the course lists (not started yet, the first one not done). Short.",
		Other:       "Read next",
	}
	msgPathQuizScore = &i18n.Message{
		ID:          "PathQuizScore",
		Description: "A lesson's quiz score in the course lists: {{.Correct}} questions answered right of the {{.Total}} answered. Very short.",
		Other:       "Quiz {{.Correct}}/{{.Total}}",
	}
)
