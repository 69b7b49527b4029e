package ui

import (
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/content"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

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
