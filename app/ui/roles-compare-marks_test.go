package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

func TestTheCellsThatStandOutFromTheOthersAreMarked(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		want   []bool
	}{
		{"all the same: none", []string{"out", "out", "out"}, []bool{false, false, false}},
		{"three agree, one differs: that one", []string{"out", "in", "out", "out"}, []bool{false, true, false, false}},
		{"two roles that differ: none, neither is the odd one", []string{"out", "in"}, []bool{false, false}},
		{"all different: none", []string{"a", "b", "c"}, []bool{false, false, false}},
		{"two against two: none", []string{"a", "b", "b", "a"}, []bool{false, false, false, false}},
		{"two agree, two differ from them and each other: the two", []string{"a", "b", "a", "c"}, []bool{false, true, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := differing(tt.values); !slices.Equal(got, tt.want) {
				t.Errorf("differing(%q) = %v, want %v", tt.values, got, tt.want)
			}
		})
	}
}

func TestOnlyTheShortFactsCarryMarksAndTheKeySaysSo(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range locale.Langs {
		html := compareHTML(t, newCompareTable().Lang(lang).Course(course).Roles([]string{"cto", "cio", "cdo"}))
		rows := regexp.MustCompile(`(?s)<tr[^>]*>\s*<th scope="row">([^<]*)</th>(.*?)</tr>`).FindAllStringSubmatch(html, -1)
		if len(rows) < 5 {
			t.Fatalf("%s: %d rows", lang, len(rows))
		}
		facts := map[string]bool{locale.T(lang, msgDimFacing): true, locale.T(lang, msgDimReports): true}
		for _, row := range rows {
			if marked := strings.Contains(row[2], "differs-mark"); marked && !facts[row[1]] {
				t.Errorf("%s: the description row %q carries ≠ marks", lang, row[1])
			}
		}
		// The key names the rows it marks.
		key := locale.T(lang, msgDiffersKey)
		if !strings.Contains(html, key) {
			t.Errorf("%s: the key does not read %q", lang, key)
		}
		for name := range facts {
			if !strings.Contains(key, name) && lang != "en" {
				t.Errorf("%s: the key does not name the row %q", lang, name)
			}
		}
	}
}
