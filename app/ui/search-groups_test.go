package ui

import (
	"strings"
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
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

// A Korean name in a Japanese result is marked as Korean, so it breaks
// between words; a Korean page needs no such mark.
func TestKoreanInAnotherLanguagesResultSaysItIsKorean(t *testing.T) {
	text := "CTO(최고기술 책임자)・技術"
	got := strings.Join(strings.Fields(app.HTMLString(app.P().Body(marked("ja", text, []search.Span{{Start: 0, End: 3}})...))), " ")
	if want := `<p> <mark>CTO</mark> ( <span lang="ko">최고기술 책임자</span> )・技術 </p>`; got != want {
		t.Errorf("marked wrote %s, want %s", got, want)
	}
	if got := app.HTMLString(app.P().Body(marked("ko", text, nil)...)); strings.Contains(got, "<span") {
		t.Errorf("in a Korean page marked wrote %s", got)
	}
	if got := app.HTMLString(app.P().Body(marked("en", "끝", nil)...)); !strings.Contains(got, `<span lang="ko">끝</span>`) {
		t.Errorf("a text that ends in Korean came out as %s", got)
	}
}

// Search reads text without its break marks (locale.DropBreakHints), and
// marks a match where it falls there; katakana is glued again in the page.
func TestAMatchIsMarkedWhereSearchFoundItAndKatakanaIsGluedAgain(t *testing.T) {
	title := locale.DropBreakHints("ス\u2060タ\u2060ー\u2060ト\u2060ア\u2060ッ\u2060プのCTO")
	got := app.HTMLString(app.P().Body(marked("ja", title, []search.Span{{Start: 8, End: 11}})...))
	if !strings.Contains(got, "<mark>CTO</mark>") || !strings.Contains(got, "ス\u2060タ\u2060ー") {
		t.Errorf("marked wrote %q, want CTO marked and スタートアップ glued", got)
	}
}
