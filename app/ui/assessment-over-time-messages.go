package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the results over time: the line under the headline when two
// days are compared, and the trend of the overall score.
var (
	msgResultsBasisOn = &i18n.Message{
		ID:          "ResultsBasisOn",
		Description: "Under the results title when two days are compared: how many statements the results rest on, of all ({{.Total}}), as they were rated on the later day compared ({{.Date}}).",
		One:         "Based on {{.Count}} of {{.Total}} statements, as rated on {{.Date}}.",
		Other:       "Based on {{.Count}} of {{.Total}} statements, as rated on {{.Date}}.",
	}
	msgResultsLatest = &i18n.Message{
		ID:          "ResultsLatest",
		Description: "After the line under the results title, when the later of the two days compared is not the latest day kept: {{.Date}} is the latest day's date. A link to compare with that day follows.",
		Other:       "Your latest ratings are from {{.Date}}.",
	}
	msgResultsShowLatest = &i18n.Message{
		ID:          "ResultsShowLatest",
		Description: "Link after the sentence naming the latest day kept: shows the comparison that ends on that day instead (the earlier day stays).",
		Other:       "Show the latest",
	}
)

var msgTrendCaption = &i18n.Message{
	ID:          "TrendCaption",
	Description: "Caption under the line chart of the overall self-assessment score on every day the ratings were kept; the two days compared are marked on it.",
	Other:       "Your overall score on each day kept; the marked days are the two compared.",
}
