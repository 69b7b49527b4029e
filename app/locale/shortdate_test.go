package locale

import (
	"testing"
	"time"
)

func TestAShortDateLeavesOutThisYearAndKeepsAnother(t *testing.T) {
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	this := time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)
	last := time.Date(2025, 9, 30, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, this, last string }{
		{"en", "1 Dec", "30 September 2025"},
		{"ko", "12. 1.", "2025년 9월 30일"},
		{"ja", "12/1", "2025年9月30日"},
	} {
		if got := DropBreakHints(ShortDate(tt.lang, this, now)); got != tt.this {
			t.Errorf("ShortDate(%s, this year) = %q, want %q", tt.lang, got, tt.this)
		}
		if got := DropBreakHints(ShortDate(tt.lang, last, now)); got != tt.last { // 2025年 is glued (KeepWords)
			t.Errorf("ShortDate(%s, last year) = %q, want %q", tt.lang, got, tt.last)
		}
	}
}
