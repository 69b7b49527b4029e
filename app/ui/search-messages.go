package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of search, in English, with a note for translators.
var (
	msgSearchDescription = &i18n.Message{
		ID:          "SearchDescription",
		Description: "Meta description of the search page.",
		Other:       "Find lessons, glossary terms, roles and interview questions, offline.",
	}
	msgSearchLabel = &i18n.Message{
		ID:          "SearchLabel",
		Description: "Label of the search box.",
		Other:       "Search lessons, terms, roles and interview questions",
	}
	msgSearchHint = &i18n.Message{
		ID:          "SearchHint",
		Description: "Hint under the search box.",
		Other:       "Results appear as you type. Press / on any page to come here.",
	}
	msgResultCount = &i18n.Message{
		ID:          "ResultCount",
		Description: "How many results a search found; {{.Count}} is the number.",
		One:         "{{.Count}} result",
		Other:       "{{.Count}} results",
	}
	msgNoResults = &i18n.Message{
		ID:          "NoResults",
		Description: "When a search finds nothing; {{.Query}} is what the learner typed.",
		Other:       "Nothing matches ‘{{.Query}}’. Try fewer or shorter words.",
	}
	msgShowAllResults = &i18n.Message{
		ID:          "ShowAllResults",
		Description: "Button under the first search results that shows the rest; {{.Count}} is how many more there are.",
		One:         "Show {{.Count}} more result",
		Other:       "Show {{.Count}} more results",
	}
)
