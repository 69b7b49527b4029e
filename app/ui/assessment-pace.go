package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// secondsPerStatement is about how long rating one statement takes.
const secondsPerStatement = 12

// assessmentPace is how much of the checklist is left: the areas not fully
// rated, and the minutes the statements not rated take, rounded up.
func assessmentPace(steps []assessmentStep) (areas, minutes int) {
	left := 0
	for _, s := range steps {
		if s.Rated < s.Total {
			areas++
			left += s.Total - s.Rated
		}
	}
	return areas, (left*secondsPerStatement + 59) / 60
}

// paceNote is the line between one area and the next: once the area shown
// is fully rated, a word of encouragement with what is left and how long it
// takes; before that, nothing.
func paceNote(lang string, steps []assessmentStep, current assessmentStep) app.UI {
	if current.Total == 0 || current.Rated < current.Total {
		return nil
	}
	text := locale.T(lang, msgPaceDone)
	if areas, minutes := assessmentPace(steps); areas > 0 {
		text = locale.N(lang, msgPaceLeft, areas, map[string]any{"Minutes": locale.Number(lang, minutes)})
	}
	return app.P().Class("pace-note").Attr("role", "status").Text(text)
}

// Messages of the assessment's pace: how long it takes, and the word
// between areas.
var (
	msgAssessmentTime = &i18n.Message{
		ID:          "AssessmentTime",
		Description: "Assessment intro: about how long rating every statement takes; {{.Count}} is a number of minutes.",
		One:         "It takes about a minute.",
		Other:       "It takes about {{.Count}} minutes.",
	}
	msgPaceLeft = &i18n.Message{
		ID:          "PaceLeft",
		Description: "Under an assessment area once all its statements are rated, above the button to the next: encouragement, with the areas still to rate ({{.Count}}) and about how many minutes they take ({{.Minutes}}).",
		One:         "Nicely done. One area to go, about {{.Minutes}} min.",
		Other:       "Nicely done. {{.Count}} areas to go, about {{.Minutes}} min.",
	}
	msgPaceDone = &i18n.Message{
		ID:          "PaceDone",
		Description: "Under the last assessment area once every statement of the checklist is rated, above the button to the results.",
		Other:       "Every statement is rated: your results are ready.",
	}
)
