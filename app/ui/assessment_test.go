package ui

import (
	"strings"
	"testing"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestAChecklistItemShowsItsRatingAsTheCheckedOption(t *testing.T) {
	item := newChecklistItem().Lang("ja").Item("bcp", 8, "BCPを策定できる。").Rating(2)
	mount(t, item)
	if err := app.Match(app.Text(" BCPを策定できる。"), item, 0, 0, 1); err != nil {
		t.Errorf("statement: %v", err)
	}
	for r := range assess.Levels {
		want := app.Input().Type("radio").ID("rate-bcp-" + string(rune('0'+r))).Name("rate-bcp").Value(string(rune('0' + r))).Checked(r == 2).OnChange(noop)
		if err := app.Match(want, item, 0, 1, r, 0); err != nil {
			t.Errorf("option %d: %v", r, err)
		}
	}
	if err := app.Match(app.Text("できる"), item, 0, 1, 2, 1, 0); err != nil {
		t.Errorf("the scale is not in Japanese: %v", err)
	}
}

func TestTheRadarChartDrawsOnePointPerArea(t *testing.T) {
	chart := newRadarChart().Axes([]string{"Technology and architecture", "Risk", "People"}, []float64{1, 0.5, 0})
	mount(t, chart)
	// Four rings and three axes come first, then the shape.
	shape := svg("polygon").Class("radar-shape").Attr("points", "0,-100 43.3,25 0,0")
	if err := app.Match(shape, chart, 0, 7); err != nil {
		t.Error(err)
	}
	label := svg("text").Class("radar-label").Attr("text-anchor", "middle")
	if err := app.Match(label, chart, 0, 11); err != nil {
		t.Errorf("the top label: %v", err)
	}
	if err := app.Match(app.Text("architecture"), chart, 0, 11, 1, 0); err != nil {
		t.Errorf("a long label is not wrapped: %v", err)
	}
}

func TestWrapLabelBreaksALongNameIntoTwoEvenLinesNeverInsideAWord(t *testing.T) {
	tests := map[string][]string{
		"Technology and architecture": {"Technology and", "architecture"},
		"Operations and security":     {"Operations", "and security"},
		"Risk":                        {"Risk"},
		"운영·보안·리스크":                   {"운영·보안·", "리스크"},
		"이해관계자 소통":                    {"이해관계자", "소통"},
		"ステークホルダーとの対話":                {"ステークホルダー", "との対話"},
		"技術・アーキテクチャ":                  {"技術・", "アーキテクチャ"},
		"組織・人材":                       {"組織・人材"},
	}
	for in, want := range tests {
		if got := wrapLabel(in, sideEms); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("wrapLabel(%q) = %q, want %q", in, got, want)
		}
		// The catalog glues words with joiners (locale.KeepWords): they
		// change neither the width nor where the name breaks.
		if got := wrapLabel(strings.Join(strings.Split(in, ""), "\u2060"), sideEms); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("wrapLabel(%q) with word joiners = %q, want %q", in, got, want)
		}
	}
}

func TestEveryRoleFitSaysSomethingOfItsOwn(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	cl := assess.FromCourse(course)
	// Strong in operations, weak in people and the executive view: the
	// profile that once gave CISO, CIO and CDO the same sentence.
	answers := assess.Answers{}
	for _, it := range cl.Items {
		answers[it.ID] = map[string]int{"operations": 3, "strategy": 2, "communication": 2, "technology": 1}[it.Area]
	}
	scores := cl.AreaScores(answers)
	for _, lang := range []string{"en", "ko", "ja"} {
		fits := newRoleFits().Lang(lang).Course(course).Scores(cl, scores)
		seen := map[string]string{}
		for _, f := range cl.Fits(answers) {
			facts, ok := fits.facts(f)
			reason := facts.text()
			if !ok || strings.Contains(reason, "{{") || strings.Contains(reason, "<no value>") {
				t.Errorf("%s %s: facts %q", lang, f.Role, reason)
			}
			if other, ok := seen[reason]; ok {
				t.Errorf("%s: %s and %s both read %q", lang, other, f.Role, reason)
			}
			seen[reason] = f.Role
		}
	}
}

func TestEveryRoleFitHasItsFactsInEveryLanguage(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	cl := assess.FromCourse(course)
	answers := assess.Answers{}
	for i, it := range cl.Items {
		answers[it.ID] = i % assess.Levels
	}
	for _, lang := range []string{"en", "ko", "ja"} {
		scores := cl.AreaScores(answers)
		fits := newRoleFits().Lang(lang).Course(course).Scores(cl, scores)
		for _, f := range cl.Fits(answers) {
			facts, ok := fits.facts(f)
			reason := facts.text()
			if !ok || strings.Contains(reason, "{{") {
				t.Errorf("%s %s: facts %q", lang, f.Role, reason)
			}
			// A variable the message misnames renders as nothing: the areas
			// and their figures must be in the facts.
			s, _ := cl.Stretch(f.Role, scores)
			wants := []string{areaName(course, lang, s.Core), percent(lang, s.CoreAsks)}
			if !s.Met {
				wants = append(wants, areaName(course, lang, s.Area), percent(lang, s.Asks), percent(lang, s.Score))
			}
			for _, want := range wants {
				if !strings.Contains(reason, want) {
					t.Errorf("%s %s: facts %q do not name %q", lang, f.Role, reason, want)
				}
			}
		}
	}
}

func TestThePaceCountsTheAreasLeftAndTheirMinutesOnceAnAreaIsDone(t *testing.T) {
	steps := []assessmentStep{{ID: "a", Rated: 5, Total: 5}, {ID: "b", Rated: 2, Total: 5}, {ID: "c", Total: 5}}
	if areas, minutes := assessmentPace(steps); areas != 2 || minutes != 2 {
		t.Errorf("8 statements in 2 areas left: got %d areas, %d minutes; want 2 areas, 2 minutes", areas, minutes)
	}
	if paceNote("en", steps, steps[1]) != nil {
		t.Error("an area half rated already shows the word between areas")
	}
	want := locale.N("ko", msgPaceLeft, 2, map[string]any{"Minutes": "2"})
	if got := app.HTMLString(paceNote("ko", steps, steps[0])); !strings.Contains(got, want) {
		t.Errorf("after the first area the note reads %s, want %q", got, want)
	}
	all := []assessmentStep{{ID: "a", Rated: 5, Total: 5}, {ID: "b", Rated: 5, Total: 5}}
	if got := app.HTMLString(paceNote("ja", all, all[1])); !strings.Contains(got, locale.T("ja", msgPaceDone)) {
		t.Errorf("with everything rated the note reads %s", got)
	}
}
