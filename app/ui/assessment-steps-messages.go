package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the checklist taken one area at a time.
var (
	msgAssessmentStep = &i18n.Message{
		ID:          "AssessmentStep",
		Description: "Above an area's name on the checklist, which is taken one area at a time; {{.Step}} is the area's number, {{.Total}} how many areas there are.",
		Other:       "Area {{.Step}} of {{.Total}}",
	}
	msgAssessmentAreas = &i18n.Message{
		ID:          "AssessmentAreas",
		Description: "Name, for screen readers, of the bar of the checklist's areas that leads to each area's step.",
		Other:       "Self-assessment areas",
	}
	msgStepLink = &i18n.Message{
		ID:          "StepLink",
		Description: "Name, for screen readers, of one area's segment in the bar of areas; {{.Area}} is its name, {{.Count}} of its {{.Total}} statements are rated.",
		Other:       "{{.Area}}: {{.Count}} of {{.Total}} rated",
	}
	msgStepNext = &i18n.Message{
		ID:          "StepNext",
		Description: "Button under an area of the checklist that moves to the next area; {{.Area}} is its name.",
		Other:       "Next: {{.Area}}",
	}
	msgStepBack = &i18n.Message{
		ID:          "StepBack",
		Description: "Button under an area of the checklist that moves back to the area before.",
		Other:       "Back",
	}
	msgStepNavLabel = &i18n.Message{
		ID:          "StepNavLabel",
		Description: "Name, for screen readers, of the buttons that move between the checklist's areas.",
		Other:       "Move between areas",
	}
)
