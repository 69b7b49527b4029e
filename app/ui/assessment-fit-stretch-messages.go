package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the role fits' reasons: for each role, the area it asks most
// of and the area where it asks most beyond where the learner stands, with
// the figures.
var (
	msgFitStretch = &i18n.Message{
		ID:          "FitStretch",
		Description: "Under a role's fit bar. {{.Core}} is the area the role asks most of and {{.CoreAsks}} what it asks there; {{.Area}} is the area where it asks most beyond the learner's score, {{.Asks}} what it asks there and {{.Score}} the learner's score. Areas read as inside a sentence; figures are formatted percentages such as '87%'.",
		Other:       "Leans most on {{.Core}} ({{.CoreAsks}}); your biggest gap is {{.Area}}: {{.Asks}} asked, {{.Score}} now.",
	}
	msgFitStretchCore = &i18n.Message{
		ID:          "FitStretchCore",
		Description: "Under a role's fit bar, when the area the role asks most of is also where it asks most beyond the learner's score. {{.Area}} is that area as it reads in a sentence, {{.Asks}} what the role asks there and {{.Score}} the learner's score, formatted percentages such as '87%'.",
		Other:       "Leans most on {{.Area}}, which is also your biggest gap: {{.Asks}} asked, {{.Score}} now.",
	}
	msgFitStretchMet = &i18n.Message{
		ID:          "FitStretchMet",
		Description: "Under a role's fit bar, when the learner reaches what the role asks in every area. {{.Area}} is the area the role asks most of, as it reads in a sentence, and {{.Asks}} what it asks there, a formatted percentage such as '87%'.",
		Other:       "You reach what it asks in every area; it leans most on {{.Area}} ({{.Asks}}).",
	}
)
