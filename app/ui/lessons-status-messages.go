package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of a lesson's status and a group's progress in the course
// lists, in English, with a note for translators.
var (
	msgNotStarted = &i18n.Message{
		ID:          "LessonNotStarted",
		Description: "Status of a lesson in the course list: the learner has not opened it yet. Short.",
		Other:       "Not started",
	}
	msgReading = &i18n.Message{
		ID:          "LessonReading",
		Description: "Status of a lesson in the course list: begun (read in part or quiz answered), not finished. Short.",
		Other:       "Reading",
	}
	msgGroupProgress = &i18n.Message{
		ID:          "GroupProgress",
		Description: "Progress of one group of lessons in the course list; {{.Done}} and {{.Total}} are numbers of lessons.",
		Other:       "{{.Done}} of {{.Total}} done",
	}
)
