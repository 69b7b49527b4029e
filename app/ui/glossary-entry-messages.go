package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the glossary's filter and entries, in English, with a note
// for translators.
var (
	msgFilterPlaceholder = &i18n.Message{
		ID:          "FilterTermsPlaceholder",
		Description: "Placeholder in the glossary's filter field, under its label 'Filter terms': what one might type. Short.",
		Other:       "e.g. DX or ROI",
	}
	msgShowMore = &i18n.Message{
		ID:          "GlossaryShowMore",
		Description: "On a phone, button under a glossary definition cut to three lines: shows the whole definition. Short.",
		Other:       "Read more",
	}
	msgShowLess = &i18n.Message{
		ID:          "GlossaryShowLess",
		Description: "On a phone, button under a glossary definition shown whole: cuts it back to three lines. Short.",
		Other:       "Show less",
	}
)
