package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// AssessmentPath is the address of the self-assessment checklist in lang.
func AssessmentPath(lang string) string { return "/" + lang + "/assessment" }

// ResultsPath is the address of the self-assessment results in lang.
func ResultsPath(lang string) string { return "/" + lang + "/assessment/results" }

// ratingNames are the points of the rating scale, from 0 up.
var ratingNames = [assess.Levels]*i18n.Message{msgRatingNotYet, msgRatingLearning, msgRatingCanDo, msgRatingCanTeach}

// areaName and areaPhrase are an area's words in lang: as a label, and as it
// reads in a sentence.
func areaName(c *content.Course, lang, area string) string {
	return c.Checklist.Text[lang].Areas[area].Name
}

func areaPhrase(c *content.Course, lang, area string) string {
	return c.Checklist.Text[lang].Areas[area].Phrase
}

// roleName is a role's short name in lang.
func roleName(c *content.Course, lang, id string) string {
	if r, ok := c.Role(id); ok {
		return r.Text[lang].Name
	}
	return id
}

// ratedOn formats a saved YYYY-MM-DD date for lang; "" when there is none.
func ratedOn(lang, date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return locale.Date(lang, d)
}
