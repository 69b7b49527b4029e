package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

func TestEnglishGlossesInKoreanTextAreSetApart(t *testing.T) {
	tests := []struct {
		name, in string
		glosses  []string
	}{
		{"two glosses in one sentence", "CDO는 최고디지털책임자(Chief Digital Officer)를 뜻하기도 하고 최고데이터책임자(Chief Data Officer)를 뜻하기도 합니다.", []string{"(Chief Digital Officer)", "(Chief Data Officer)"}},
		{"a gloss at the end", "엔지니어링 조직 총괄(VP of Engineering)", []string{"(VP of Engineering)"}},
		{"brackets holding Korean are text", "CTO(최고기술책임자)와 CIO", nil},
		{"an abbreviation with digits is text", "1990년대(Y2K) 이후", nil},
		{"a lone bracket is text", "가격(원 미만 절사", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := renderedPage(t, &shown{ui: app.P().Body(glossed(tt.in)...)})
			var got []string
			for _, n := range findAll(page, func(n *html.Node) bool { return hasClass(n, "gloss") }) {
				got = append(got, textOf(n))
			}
			if strings.Join(got, "|") != strings.Join(tt.glosses, "|") {
				t.Errorf("glosses %q, want %q", got, tt.glosses)
			}
			// The pre-rendered HTML is indented: compare the words alone,
			// without the word joiners that keep a particle on its word.
			if text := strings.ReplaceAll(textOf(page), "\u2060", ""); strings.Join(strings.Fields(text), "") != strings.Join(strings.Fields(tt.in), "") {
				t.Errorf("the text reads %q, want %q whole", text, tt.in)
			}
		})
	}
}
