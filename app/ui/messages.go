package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts that several features show, in English, with a note for
// translators. Each feature's own texts sit beside it, in <feature>-messages.go;
// `goi18n extract` reads every literal into locales/active.en.toml.
var (
	msgAppName = &i18n.Message{
		ID:          "AppName",
		Description: "The product name, shown in the header and the window title. Keep the Latin letters.",
		Other:       "CxO Path",
	}
	msgHomeDescription = &i18n.Message{
		ID:          "HomeDescription",
		Description: "The home page's meta description and opening paragraph.",
		Other:       "Learn what a CTO and a CIO really do, how the two roles differ and how software engineers and in-house IT engineers grow into them. The lessons work offline, in English, Korean and Japanese.",
	}
	msgLanguage = &i18n.Message{
		ID:          "Language",
		Description: "Accessible label of the language switcher.",
		Other:       "Language",
	}
	msgLessons = &i18n.Message{
		ID:          "Lessons",
		Description: "Navigation link to, and heading of, the page listing every lesson.",
		Other:       "Lessons",
	}
	msgGlossary = &i18n.Message{
		ID:          "Glossary",
		Description: "Navigation link to, and heading of, the glossary page.",
		Other:       "Glossary",
	}
	msgRoles = &i18n.Message{
		ID:          "Roles",
		Description: "Navigation link to, and heading of, the page listing the technology-leadership roles.",
		Other:       "Roles",
	}
	msgSeeResults = &i18n.Message{
		ID:          "SeeResults",
		Description: "Button from the checklist to the results.",
		Other:       "See your results",
	}
	msgCancel = &i18n.Message{
		ID:          "Cancel",
		Description: "Button that goes back without doing anything.",
		Other:       "Cancel",
	}
	msgStartAssessment = &i18n.Message{
		ID:          "StartAssessment",
		Description: "Button to the checklist when nothing is rated.",
		Other:       "Start the self-assessment",
	}
	msgMinutesSpan = &i18n.Message{
		ID:          "MinutesSpan",
		Description: "A span of minutes, as in 'back in 10 min'.",
		One:         "{{.Count}} min",
		Other:       "{{.Count}} min",
	}
	msgHoursSpan = &i18n.Message{
		ID:          "HoursSpan",
		Description: "A span of hours.",
		One:         "{{.Count}} hour",
		Other:       "{{.Count}} hours",
	}
	msgDaysSpan = &i18n.Message{
		ID:          "DaysSpan",
		Description: "A span of days.",
		One:         "{{.Count}} day",
		Other:       "{{.Count}} days",
	}
	msgMonthsSpan = &i18n.Message{
		ID:          "MonthsSpan",
		Description: "A span of months.",
		One:         "{{.Count}} month",
		Other:       "{{.Count}} months",
	}
	msgMyData = &i18n.Message{
		ID:          "MyData",
		Description: "Title of the page about the learner's data, and the footer link to it.",
		Other:       "My data",
	}
	msgByteSize = &i18n.Message{
		ID:          "ByteSize",
		Description: "A size in bytes: {{.Amount}} is a number, {{.Unit}} is B, KB, MB or GB.",
		Other:       "{{.Amount}} {{.Unit}}",
	}
	msgSearch = &i18n.Message{
		ID:          "Search",
		Description: "Title of the search page, and the label of the header link to it.",
		Other:       "Search",
	}
)
