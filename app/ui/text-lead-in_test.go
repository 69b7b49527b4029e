package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestAnswerPointsLeadInBoldOnlyWhenEveryPointNamesItself(t *testing.T) {
	tests := []struct {
		name   string
		points []string
		bold   []string // the bold name of each point, or none
	}{
		{"every point named",
			[]string{"Describe the bridge: turn goals into a direction", "기술과 경영을 잇는 다리: 사업 목표를 기술 방향으로", "技術と経営の橋渡し役：事業目標を技術の方向に"},
			[]string{"Describe the bridge:", "기술과 경영을 잇는 다리:", "技術と経営の橋渡し役："}},
		{"one point runs on past its colon",
			[]string{"Describe the bridge: turn goals into a direction", "No name here, only a point"},
			nil},
		{"a colon that ends the point names nothing",
			[]string{"Ends with a colon:"},
			nil},
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	strong := regexp.MustCompile(`<strong class="lead-in">([^<]*)</strong>`)
	noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for _, tt := range tests {
		for i, body := range leadIns(tt.points) {
			out := app.HTMLString(app.Li().Body(body...))
			if got := noSpace(tag.ReplaceAllString(out, "")); got != noSpace(tt.points[i]) {
				t.Errorf("%s: point %d reads %q", tt.name, i, got)
			}
			bold := strong.FindStringSubmatch(out)
			if tt.bold == nil && bold != nil || tt.bold != nil && (bold == nil || bold[1] != tt.bold[i]) {
				t.Errorf("%s: point %d sets %q in bold, want %v", tt.name, i, bold, tt.bold)
			}
		}
	}
}
