package ui

import (
	"testing"

	"github.com/cxopath/cxopath/app/search"
)

func TestTheGlossaryFilterFindsATermByWhatItSaysOrIsCalled(t *testing.T) {
	course := withText(t)
	debt, _ := course.Term("technical-debt")
	tests := []struct {
		name, lang, query string
		want              bool
	}{
		{"its term, in any case", "en", "TECHNICAL debt", true},
		{"a word of its definition", "en", "shortcuts", true},
		{"its name in another language", "en", "技術的負債", true},
		{"its Japanese reading, typed in katakana", "ja", "ギジュツテキ", true},
		{"its Korean term", "ko", "기술 부채", true},
		{"a word it does not contain", "en", "blockchain", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matches(tt.lang, debt, search.Fold(tt.query)); got != tt.want {
				t.Errorf("matches(%s, technical-debt, %q) = %v, want %v", tt.lang, tt.query, got, tt.want)
			}
		})
	}
}
