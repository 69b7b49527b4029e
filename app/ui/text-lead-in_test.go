package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestAnAnswerPointsNameBeforeItsColonLeadsItInBold(t *testing.T) {
	tests := []struct{ point, bold string }{
		{"Describe the bridge: turn goals into a direction", "Describe the bridge:"},
		{"기술과 경영을 잇는 다리: 사업 목표를 기술 방향으로", "기술과 경영을 잇는 다리:"},
		{"技術と経営の橋渡し役：事業目標を技術の方向に", "技術と経営の橋渡し役："},
		{"No name here, only a point", ""},
		{"Ends with a colon:", ""},
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for _, tt := range tests {
		out := app.HTMLString(app.Li().Body(leadIn(tt.point)...))
		if got := noSpace(tag.ReplaceAllString(out, "")); got != noSpace(tt.point) {
			t.Errorf("leadIn(%q) reads %q", tt.point, got)
		}
		bold := regexp.MustCompile(`<strong class="lead-in">([^<]*)</strong>`).FindStringSubmatch(out)
		if (tt.bold == "") != (bold == nil) || bold != nil && bold[1] != tt.bold {
			t.Errorf("leadIn(%q) sets %q in bold, want %q", tt.point, bold, tt.bold)
		}
	}
}
