package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the home page, in English, with a note for translators.
var (
	msgTagline = &i18n.Message{
		ID:          "Tagline",
		Description: "One line under the product name on the home page: what the app is for.",
		Other:       "Your study path to CTO and CIO",
	}
	msgStartHere = &i18n.Message{
		ID:          "StartHere",
		Description: "Button on the home page that opens the first lesson.",
		Other:       "Start with the first lesson",
	}
	msgContinue = &i18n.Message{
		ID:          "ContinueLesson",
		Description: "Button on the home page that opens the first lesson the learner has not finished; {{.Title}} is its title.",
		Other:       "Continue: {{.Title}}",
	}
	msgHomeAssessHeading = &i18n.Message{
		ID:          "HomeAssessHeading",
		Description: "Home page: heading of the invitation to the self-assessment.",
		Other:       "Where do you stand?",
	}
	msgHomeAssessText = &i18n.Message{
		ID:          "HomeAssessText",
		Description: "Home page: what the self-assessment gives the learner.",
		Other:       "Thirty honest ratings show your strengths, the role that fits you and the lessons that close your gaps.",
	}
	msgHomeBestFit = &i18n.Message{
		ID:          "HomeBestFit",
		Description: "Home page, once something is rated: the closest role so far; {{.Role}} is its name.",
		Other:       "Your best fit so far: {{.Role}}.",
	}
	msgContinueAtSection = &i18n.Message{
		ID:          "ContinueAtSection",
		Description: "Home page button back to a lesson the learner left half-read; {{.Title}} is the lesson's title, {{.Section}} the heading of the section where they stopped.",
		Other:       "Continue ‘{{.Title}}’ at ‘{{.Section}}’",
	}
)
