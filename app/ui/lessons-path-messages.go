package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the course drawn as a path on the Lessons page, in English,
// with a note for translators.
var (
	msgPathStage = &i18n.Message{
		ID:          "PathStage",
		Description: "Small label over a group of lessons on the Lessons page, which draws the course as a path of stages; {{.Number}} is the stage's number. Short.",
		Other:       "Stage {{.Number}}",
	}
	msgPathMinutes = &i18n.Message{
		ID:          "PathMinutes",
		Description: "How long all the lessons of one stage take to read, beside how many are done; {{.Count}} is a number of minutes. Short.",
		One:         "{{.Count}} min in all",
		Other:       "{{.Count}} min in all",
	}
	msgPathNext = &i18n.Message{
		ID:          "PathNext",
		Description: "Status of the lesson to read next on the Lessons page's path (not started yet, the first one not done). Short.",
		Other:       "Read next",
	}
	msgPathQuizScore = &i18n.Message{
		ID:          "PathQuizScore",
		Description: "A lesson's quiz score on the Lessons page: {{.Correct}} questions answered right of the {{.Total}} answered. Very short.",
		Other:       "Quiz {{.Correct}}/{{.Total}}",
	}
)
