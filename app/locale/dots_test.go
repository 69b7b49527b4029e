package locale

import (
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

func TestAMiddleDotBetweenWordsIsGluedToBoth(t *testing.T) {
	const wj = "\u2060"
	tests := []struct{ name, in, want string }{
		{"between Korean words", "관리·운영 역량", "관리" + wj + "·" + wj + "운영 역량"},
		{"every dot of a run", "제조, 금융, 유통·소매", "제조, 금융, 유통" + wj + "·" + wj + "소매"},
		{"several in a row", "자격증·경력·학력", "자격증" + wj + "·" + wj + "경력" + wj + "·" + wj + "학력"},
		{"the Korean letter dot too", "운영ㆍ보안", "운영" + wj + "ㆍ" + wj + "보안"},
		{"between Latin words", "CISO·CPO", "CISO" + wj + "·" + wj + "CPO"},
		{"a separator with spaces stays as it is", "5 min · Lesson 1", "5 min · Lesson 1"},
		{"a dot at the start or the end is glued only to its word", "·끝·", "·" + wj + "끝" + wj + "·"},
		{"text without a dot is unchanged", "레슨을 읽습니다.", "레슨을 읽습니다."},
		{"Japanese katakana middle dot is not this dot", "テック・リード", "テック・リード"},
		{"a percentage keeps its Korean particle", "요점 가운데 25%를 다뤘습니다", "요점 가운데 25%" + wj + "를 다뤘습니다"},
		{"a percentage before a space or other text is unchanged", "25% of 12, 50%)", "25% of 12, 50%)"},
		{"a closing quote keeps its Korean particle", "‘내 데이터’에서 받으세요", "‘내 데이터’" + wj + "에서 받으세요"},
		{"a closing bracket keeps its Korean particle", "투자 수익(ROI)을 따집니다", "투자 수익(ROI)" + wj + "을 따집니다"},
		{"a bracket before Japanese is unchanged", "（ROI）を測る (ROI)を", "（ROI）を測る (ROI)を"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := KeepDots(tt.in); got != tt.want {
				t.Errorf("KeepDots(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAKoreanMessageNeverStartsALineWithItsMiddleDot(t *testing.T) {
	got := T("ko", &i18n.Message{ID: "HomeDescription"})
	if !strings.Contains(got, "한국어\u2060·\u2060일본어") {
		t.Errorf("the home description reads %q, with its middle dots free to start a line", got)
	}
}
