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

func TestWrapLabelBreaksLatinBetweenWordsOnly(t *testing.T) {
	tests := map[string][]string{
		"Technology and architecture": {"Technology and", "architecture"},
		"Risk":                        {"Risk"},
		"운영·보안·리스크":                   {"운영·보안·리스크"},
		"ステークホルダーとの対話":                {"ステークホルダーとの対話"},
	}
	for in, want := range tests {
		if got := wrapLabel(in); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("wrapLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEveryRoleFitHasAReasonInEveryLanguage(t *testing.T) {
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
		fits := newRoleFits().Lang(lang).Course(course)
		for _, f := range cl.Fits(answers) {
			reason := fits.reason(f)
			if reason == "" || strings.Contains(reason, "{{") {
				t.Errorf("%s %s: reason %q", lang, f.Role, reason)
			}
			// A variable the message misnames renders as nothing: each area
			// the fit names must be in the sentence.
			for _, area := range []string{f.Strong, f.Light} {
				if area != "" && !strings.Contains(reason, locale.KeepDots(areaPhrase(course, lang, area))) {
					t.Errorf("%s %s: reason %q does not name %q", lang, f.Role, reason, areaPhrase(course, lang, area))
				}
			}
		}
	}
}
