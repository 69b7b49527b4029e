package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the two facts under a role's fit bar: the area the role
// needs most, and the learner's biggest gap against it.

var (
	msgFitNeedsMost = &i18n.Message{
		ID:          "FitNeedsMost",
		Description: "Label, under a role's fit bar, of the area the role needs most; the area's name follows.",
		Other:       "Needs most",
	}
	msgFitBiggestGap = &i18n.Message{
		ID:          "FitBiggestGap",
		Description: "Label, under a role's fit bar, of the area where the role needs most beyond the learner's score; the area's name follows.",
		Other:       "Your biggest gap",
	}
	msgFitNeeds = &i18n.Message{
		ID:          "FitNeeds",
		Description: "After the name of the area a role needs most: the level it needs there. {{.Asks}} is a formatted percentage such as '87%'.",
		Other:       "{{.Asks}} needed",
	}
	msgFitGapFigures = &i18n.Message{
		ID:          "FitGapFigures",
		Description: "After the name of the learner's biggest gap against a role: the learner's score there and the level the role needs. {{.Score}} and {{.Asks}} are formatted percentages such as '20%' and '87%'.",
		Other:       "{{.Score}} now, {{.Asks}} needed",
	}
	msgFitNoGap = &i18n.Message{
		ID:          "FitNoGap",
		Description: "In place of the learner's biggest gap against a role, when the learner reaches what the role needs in every area.",
		Other:       "None: you reach what it needs in every area",
	}
)
