package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the roles, a role's profile and the comparison, in English, with a note for
// translators.
var (
	msgRolesDescription = &i18n.Message{
		ID:          "RolesDescription",
		Description: "Meta description and intro of the roles page.",
		Other:       "Seven roles around technology leadership: what each exists to do, whom it answers to and how people reach it. Compare any of them side by side.",
	}
	msgCompareRoles = &i18n.Message{
		ID:          "CompareRoles",
		Description: "Link to, and heading of, the page that compares roles side by side.",
		Other:       "Compare roles",
	}
	msgCompareDescription = &i18n.Message{
		ID:          "CompareDescription",
		Description: "Meta description and intro of the compare page.",
		Other:       "Choose two to four roles to see them side by side on the same points. What they share is said once; what differs is marked.",
	}
	msgChooseRoles = &i18n.Message{
		ID:          "ChooseRoles",
		Description: "Legend of the role checkboxes on the compare page.",
		Other:       "Roles to compare (2 to 4)",
	}
	msgViewProfile = &i18n.Message{
		ID:          "ViewProfile",
		Description: "Link from a role card to the role's profile; {{.Role}} is its abbreviation, e.g. CTO.",
		Other:       "{{.Role}} in detail",
	}
	msgCompareWith = &i18n.Message{
		ID:          "CompareWith",
		Description: "Link from a role's profile to a comparison with another role; {{.Role}} is the other role's abbreviation.",
		Other:       "Compare side by side: {{.Role}}",
	}
	msgNoteUnknown = &i18n.Message{
		ID:          "CompareNoteUnknown",
		Description: "Note on the compare page when the address named roles the app does not know.",
		Other:       "Some roles in the address were not recognised and were left out.",
	}
	msgNoteDuplicate = &i18n.Message{
		ID:          "CompareNoteDuplicate",
		Description: "Note on the compare page when the address named a role twice.",
		Other:       "A role named twice is shown once.",
	}
	msgNoteTooMany = &i18n.Message{
		ID:          "CompareNoteTooMany",
		Description: "Note on the compare page when the address named more than four roles.",
		Other:       "At most four roles fit side by side, so the first four are shown.",
	}
	msgNoteTooFew = &i18n.Message{
		ID:          "CompareNoteTooFew",
		Description: "Note on the compare page when fewer than two roles were named and one was added.",
		Other:       "A comparison needs two roles, so one was added.",
	}
	msgSharedByAll = &i18n.Message{
		ID:          "SharedByAll",
		Description: "Label of a comparison cell that holds what every chosen role has in common.",
		Other:       "All of them:",
	}
	msgOnlyThis = &i18n.Message{
		ID:          "OnlyThis",
		Description: "Row heading in the comparison for the skills only some of the chosen roles name.",
		Other:       "Skills only some roles need",
	}
	msgDimMission = &i18n.Message{
		ID:          "DimMission",
		Description: "Comparison row and profile heading: what the role exists to do, in one line.",
		Other:       "Mission",
	}
	msgDimFacing = &i18n.Message{
		ID:          "DimFacing",
		Description: "Comparison row and profile heading: whether the role faces inward (running the company) or outward (growing the business).",
		Other:       "Direction",
	}
	msgDimReports = &i18n.Message{
		ID:          "DimReportsTo",
		Description: "Comparison row and profile heading: whom the role usually reports to.",
		Other:       "Reports to",
	}
	msgDimResp = &i18n.Message{
		ID:          "DimResponsibilities",
		Description: "Comparison row and profile heading: the role's main responsibilities.",
		Other:       "Main responsibilities",
	}
	msgDimWhere = &i18n.Message{
		ID:          "DimWhere",
		Description: "Comparison row and profile heading: industries and company stages where the role matters most.",
		Other:       "Where it matters most",
	}
	msgDimPath = &i18n.Message{
		ID:          "DimPath",
		Description: "Comparison row and profile heading: a typical career path to the role.",
		Other:       "Typical path",
	}
	msgDimSkills = &i18n.Message{
		ID:          "DimSkills",
		Description: "Comparison row and profile heading: the key skills of the role.",
		Other:       "Key skills",
	}
	msgDimSuccess = &i18n.Message{
		ID:          "DimSuccess",
		Description: "Comparison row and profile heading: how the role's success is measured.",
		Other:       "How success is measured",
	}
	msgDimPress = &i18n.Message{
		ID:          "DimPressures",
		Description: "Comparison row and profile heading: the typical pressures of the role.",
		Other:       "Typical pressures",
	}
	msgDimLessons = &i18n.Message{
		ID:          "DimLessons",
		Description: "Comparison row and profile heading: lessons of the course about the role.",
		Other:       "Related lessons",
	}
	msgOutward = &i18n.Message{
		ID:          "FacingOutward",
		Description: "Value of 'Faces': the role looks outward, growing the business with technology (the 'offence' side).",
		Other:       "Outward: growing the business with technology (in Japanese terms, ‘offence’)",
	}
	msgInward = &i18n.Message{
		ID:          "FacingInward",
		Description: "Value of 'Faces': the role looks inward, running the company on IT (the 'defence' side).",
		Other:       "Inward: running the company on IT (in Japanese terms, ‘defence’)",
	}
	msgBoth = &i18n.Message{
		ID:          "FacingBoth",
		Description: "Value of 'Faces': the role looks both inward and outward.",
		Other:       "Both inward and outward",
	}
)

// The texts of the comparison's controls.
var (
	msgOnlyDifferences = &i18n.Message{
		ID:          "OnlyDifferences",
		Description: "Switch on the compare page: leave out the points every chosen role shares.",
		Other:       "Show only differences",
	}
	msgDiffers = &i18n.Message{
		ID:          "DiffersMark",
		Description: "Key to the sign (≠) on a comparison cell whose answer differs from the other roles'; also read out on each marked cell.",
		Other:       "Differs from the others",
	}
	msgComparePoint = &i18n.Message{
		ID:          "ComparePoint",
		Description: "Label (for screen readers) of the list that picks the one point of comparison a phone shows.",
		Other:       "Point of comparison",
	}
	msgPreviousPoint = &i18n.Message{
		ID:          "PreviousPoint",
		Description: "Button on the compare page on a phone: show the previous point of comparison. Short.",
		Other:       "Previous",
	}
	msgNextPoint = &i18n.Message{
		ID:          "NextPoint",
		Description: "Button on the compare page on a phone: show the next point of comparison. Short.",
		Other:       "Next",
	}
)

// msgPathSteps says how long a role's typical path is, on its card.
var msgPathSteps = &i18n.Message{
	ID:          "PathSteps",
	Description: "On a role's card, under the small staircase: how many steps its typical career path has. {{.Count}} is the number.",
	One:         "Typical path: {{.Count}} step",
	Other:       "Typical path: {{.Count}} steps",
}
