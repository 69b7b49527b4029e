package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the page for an address that is no page, in English, with a
// note for translators.
var (
	msgNotFoundSuggestions = &i18n.Message{
		ID:          "NotFoundSuggestions",
		Description: "Heading, on the page for an address that is no page, over links to the first lessons of the course.",
		Other:       "Places to start",
	}
	msgNotFoundPlaceholder = &i18n.Message{
		ID:          "NotFoundPlaceholder",
		Description: "Placeholder in the search field on the page for an address that is no page: what one can search. Short.",
		Other:       "Search the app",
	}
)
