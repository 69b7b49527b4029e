package ui

import (
	"testing"

	"github.com/cxopath/cxopath/app/search"
)

// The groups come in one order whatever scores best, so a reader finds
// each kind where it was in the last search and in every language.
func TestSearchGroupsComeInOneOrderWhateverScoresBest(t *testing.T) {
	results := []search.Result{
		{Doc: search.Doc{Kind: search.Question, ID: "q1"}},
		{Doc: search.Doc{Kind: search.Role, ID: "cto"}},
		{Doc: search.Doc{Kind: search.Question, ID: "q2"}},
		{Doc: search.Doc{Kind: search.Lesson, ID: "pay"}},
	}
	groups := groupResults(results)
	var kinds []search.Kind
	for _, g := range groups {
		kinds = append(kinds, g.Kind)
	}
	if len(groups) != 3 || kinds[0] != search.Lesson || kinds[1] != search.Role || kinds[2] != search.Question {
		t.Fatalf("groups in the order %v", kinds)
	}
	if q := groups[2].Results; len(q) != 2 || q[0].Doc.ID != "q1" || q[1].Doc.ID != "q2" {
		t.Errorf("the questions lost their order, best first: %v", q)
	}
}
