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
