package ui

import (
	"sync"
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

var (
	checklistOnce sync.Once
	checklistVal  assess.Checklist
)

// Checklist is the course's self-assessment in the form app/assess scores.
func Checklist(course *content.Course) *assess.Checklist {
	checklistOnce.Do(func() {
		cl := course.Checklist
		if cl == nil {
			return
		}
		checklistVal.Areas = cl.Areas
		for _, r := range course.Roles {
			checklistVal.Roles = append(checklistVal.Roles, r.ID)
		}
		for _, it := range cl.Items {
			checklistVal.Items = append(checklistVal.Items, assess.Item{ID: it.ID, Area: it.Area, Weights: it.Weights, Lessons: it.Lessons})
		}
	})
	return &checklistVal
}

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
