package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of a lesson read in two languages, in English, with a note
// for translators.
var (
	msgParallelShow = &i18n.Message{
		ID:          "ParallelShow",
		Description: "On a phone, the name (for screen readers) of the switch at the top of a lesson read in two languages: two buttons, each a language, choose which one the page shows.",
		Other:       "Language shown",
	}
	msgSideBySideSame = &i18n.Message{
		ID:          "SideBySideSame",
		Description: "Note on a lesson whose address asks to read it beside the language it is already in (or a language the app does not have); links to the other languages follow. {{.Language}} is the page's language, by its own name.",
		Other:       "This lesson is already in {{.Language}}. Choose another language to read beside it:",
	}
)
