package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the glossary, in English, with a note for translators.
var (
	msgGlossaryDescription = &i18n.Message{
		ID:          "GlossaryDescription",
		Description: "Meta description and intro of the glossary page.",
		Other:       "Every term the lessons use, explained, with its name in English, Korean and Japanese side by side.",
	}
	msgOtherNames = &i18n.Message{
		ID:          "OtherNames",
		Description: "Accessible label of the list of a glossary term's names in the other languages.",
		Other:       "In other languages",
	}
)

// The texts of the glossary's index and filter.
var (
	msgGlossaryIndex = &i18n.Message{
		ID:          "GlossaryIndex",
		Description: "Accessible name of the bar of initials (A–Z, ㄱ–ㅎ, あ–わ) that link to the sections of the glossary.",
		Other:       "Index",
	}
	msgFilterTerms = &i18n.Message{
		ID:          "FilterTerms",
		Description: "Label of the field that narrows the glossary to the terms containing what is typed.",
		Other:       "Filter terms",
	}
	msgTermCount = &i18n.Message{
		ID:          "TermCount",
		Description: "How many glossary terms are shown, read out to screen readers as the filter changes. {{.Count}} is the number.",
		One:         "{{.Count}} term",
		Other:       "{{.Count}} terms",
	}
	msgNoTermMatches = &i18n.Message{
		ID:          "NoTermMatches",
		Description: "Glossary, when the filter leaves no term. {{.Query}} is what the learner typed.",
		Other:       "No term matches ‘{{.Query}}’.",
	}
	msgShowAllTerms = &i18n.Message{
		ID:          "ShowAllTerms",
		Description: "Button under the glossary's no-match message: empties the filter.",
		Other:       "Show all terms",
	}
)
