package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The words of the page that stands in for one whose language's text did
// not arrive.
var (
	msgTextMissingTitle = &i18n.Message{
		ID:          "TextMissingTitle",
		Description: "Heading of the page shown in place of a page whose language's text file could not be fetched (after switching language while offline, or after an update in another tab).",
		Other:       "This page could not open",
	}
	msgTextMissing = &i18n.Message{
		ID:          "TextMissing",
		Description: "Under that heading: why, and what to do.",
		Other:       "Its text in this language did not arrive: the connection may be down, or the app may have been updated meanwhile. Reload to try again; your progress is kept.",
	}
	msgTextMissingReload = &i18n.Message{
		ID:          "TextMissingReload",
		Description: "Button on that page: reloads it, which fetches the text again.",
		Other:       "Reload",
	}
)
