package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the results at a glance: the headline, the role's profile
// beside the learner's scores, and the lessons that close the gaps.
var (
	msgHeadlineLabel = &i18n.Message{
		ID:          "HeadlineLabel",
		Description: "Small label above the name of the role that fits the learner best, at the top of the results.",
		Other:       "Your best fit",
	}
	msgHeadlineAreas = &i18n.Message{
		ID:          "HeadlineAreas",
		Description: "One sentence under the best-fit role at the top of the results; {{.Strong}} and {{.Weak}} are the areas (as they read inside a sentence) where the learner scores highest and lowest.",
		Other:       "Strongest in {{.Strong}}, with the most room to grow in {{.Weak}}.",
	}
	msgHeadlineEven = &i18n.Message{
		ID:          "HeadlineEven",
		Description: "At the top of the results, instead of the strongest and weakest areas, when every area rated has the same score.",
		Other:       "You score the same in every area you have rated.",
	}
	msgRoleAsks = &i18n.Message{
		ID:          "RoleAsks",
		Description: "Legend of the dashed outline on the results chart and heading of its table column: how much a role needs of each area; {{.Role}} is the role's short name (CTO, CIO…).",
		Other:       "{{.Role}} needs",
	}
	msgLegendYou = &i18n.Message{
		ID:          "LegendYou",
		Description: "Legend of the filled shape on the results chart: the learner's own scores.",
		Other:       "You",
	}
	msgBuilds = &i18n.Message{
		ID:          "Builds",
		Description: "On a recommended lesson card in the results, before the statement(s) of the checklist where the learner falls short and which the lesson builds.",
		Other:       "Works towards:",
	}
)
