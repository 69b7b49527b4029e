package locale

import (
	"testing"
	"time"
)

func TestFormatting(t *testing.T) {
	date := time.Date(2022, 4, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang                       string
		usd, percent, number, date string
	}{
		{"en", "$256,604", "11%", "163,255", "26 April 2022"},
		{"ko", "256,604달러", "11%", "163,255", "2022년 4월 26일"},
		{"ja", "256,604ドル", "11%", "163,255", "2022年4月26日"},
	}
	for _, tt := range tests {
		t.Run("money, numbers and dates read naturally in "+tt.lang, func(t *testing.T) {
			if got := DropBreakHints(USD(tt.lang, 256604)); got != tt.usd { // ドル is one word (KeepWords)
				t.Errorf("USD = %q, want %q", got, tt.usd)
			}
			if got := Percent(tt.lang, 11); got != tt.percent {
				t.Errorf("Percent = %q, want %q", got, tt.percent)
			}
			if got := Number(tt.lang, 163255); got != tt.number {
				t.Errorf("Number = %q, want %q", got, tt.number)
			}
			if got := DropBreakHints(Date(tt.lang, date)); got != tt.date {
				t.Errorf("Date = %q, want %q", got, tt.date)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name  string
		prefs []string
		want  string
	}{
		{"a Korean browser gets Korean", []string{"ko-KR", "ko", "en-US"}, "ko"},
		{"a Japanese browser gets Japanese", []string{"ja-JP"}, "ja"},
		{"British English gets English", []string{"en-GB"}, "en"},
		{"the first supported preference wins", []string{"fr-FR", "ja", "ko"}, "ja"},
		{"an unsupported language falls back to English", []string{"fr-FR", "de"}, "en"},
		{"garbage is skipped", []string{"!!!", "", "ko"}, "ko"},
		{"nothing at all gives English", nil, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Match(tt.prefs); got != tt.want {
				t.Errorf("Match(%q) = %q, want %q", tt.prefs, got, tt.want)
			}
		})
	}
}

func TestMatchHeader(t *testing.T) {
	huge := ""
	for len(huge) < 100_000 {
		huge += "xx-YY;q=0.1,"
	}
	tests := []struct {
		name, header, want string
	}{
		{"a Korean header", "ko-KR,ko;q=0.9,en-US;q=0.8", "ko"},
		{"quality values are honoured", "en;q=0.1,ja;q=0.9", "ja"},
		{"an empty header", "", "en"},
		{"a garbage header", "\x00;;;q=zz,,,", "en"},
		{"a huge header", huge + "ko", "en"},
		{"a wildcard", "*", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MatchHeader(tt.header); got != tt.want {
				t.Errorf("MatchHeader = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJapaneseRunsSentencesTogetherWithoutASpace(t *testing.T) {
	for lang, want := range map[string]string{"ja": "", "ko": " ", "en": " "} {
		if got := SentenceGap(lang); got != want {
			t.Errorf("SentenceGap(%q) = %q, want %q", lang, got, want)
		}
	}
}
