package ui

import (
	"net/url"
	"slices"

	"github.com/cxopath/cxopath/content"
)

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
