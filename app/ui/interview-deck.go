package ui

import (
	"math"
	"net/url"
	"slices"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

// InterviewPath is the address of the interview deck in lang.
func InterviewPath(lang string) string { return "/" + lang + "/interview" }

// PracticePath is the address of interview practice in lang, for the cards
// that match filter, at card (none: the next one due).
func PracticePath(lang string, filter deckFilter, card string) string {
	q := filter.query()
	if card != "" {
		q.Set("card", card)
	}
	return withQuery("/"+lang+"/interview/practice", q)
}

// deckFilter narrows the deck to one role, one topic, or both; empty fields
// match everything.
type deckFilter struct {
	Role, Topic string
}

func (f deckFilter) query() url.Values {
	q := url.Values{}
	if f.Role != "" {
		q.Set("role", f.Role)
	}
	if f.Topic != "" {
		q.Set("topic", f.Topic)
	}
	return q
}

func withQuery(path string, q url.Values) string {
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// deckPath is the interview deck in lang with filter applied.
func deckPath(lang string, f deckFilter) string { return withQuery(InterviewPath(lang), f.query()) }

// parseDeckFilter reads a filter from an address's query. A role or topic
// the deck does not have is dropped, and ok says so.
func parseDeckFilter(q url.Values, iv *content.Interview) (f deckFilter, ok bool) {
	ok = true
	if r := q.Get("role"); r != "" {
		if slices.Contains(deckRoles(iv), r) {
			f.Role = r
		} else {
			ok = false
		}
	}
	if t := q.Get("topic"); t != "" {
		if slices.Contains(iv.Topics, t) {
			f.Topic = t
		} else {
			ok = false
		}
	}
	return f, ok
}

// deckRoles are the roles the deck has questions for, in deck order.
func deckRoles(iv *content.Interview) []string {
	var roles []string
	for _, q := range iv.Questions {
		if !slices.Contains(roles, q.Role) {
			roles = append(roles, q.Role)
		}
	}
	return roles
}

// deckIDs are the ids of the cards that match f, in deck order.
func deckIDs(iv *content.Interview, f deckFilter) []string {
	var ids []string
	for _, q := range iv.Questions {
		if (f.Role == "" || q.Role == f.Role) && (f.Topic == "" || q.Topic == f.Topic) {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// question returns the deck's card with id.
func question(iv *content.Interview, id string) (content.InterviewQuestion, bool) {
	for _, q := range iv.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return content.InterviewQuestion{}, false
}

// span says how long d is in lang, in the largest unit that fits: minutes,
// hours, days or months.
func span(lang string, d time.Duration) string {
	switch {
	case d < time.Hour:
		return locale.N(lang, msgMinutesSpan, max(1, int(math.Round(d.Minutes()))))
	case d < 24*time.Hour:
		return locale.N(lang, msgHoursSpan, int(math.Round(d.Hours())))
	case d < 60*24*time.Hour:
		return locale.N(lang, msgDaysSpan, int(math.Round(d.Hours()/24)))
	}
	return locale.N(lang, msgMonthsSpan, int(math.Round(d.Hours()/24/30)))
}
