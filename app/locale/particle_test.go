package locale

import "testing"

func TestAParticleFollowsHowTheWordEndsWhenReadInKorean(t *testing.T) {
	tests := []struct{ word, pair, want string }{
		{"레슨", "을/를", "을"},
		{"리더", "을/를", "를"},
		{"서울", "으로/로", "로"}, // ㄹ takes 로
		{"본부장", "으로/로", "으로"},
		{"CIO", "과/와", "와"}, // 씨아이오
		{"XML", "과/와", "과"}, // …엘
		{"CTO", "이/가", "가"},
		{"Tech Lead", "과/와", "와"}, // 테크 리드
		{"Team", "은/는", "은"},      // 팀
		{"1.2 MB", "을/를", "를"},    // 메가바이트
		{"3", "이/가", "이"},         // 삼
		{"7", "으로/로", "로"},        // 칠
		{"5", "이/가", "가"},         // 오
		{"“CTO란 무엇인가”", "을/를", "를"},
		{"테크 리드(Tech Lead)", "과/와", "와"},
		{"", "을/를", "를"},
		{"레슨", "을", "을"}, // not a pair: as written
	}
	for _, tt := range tests {
		if got := Particle(tt.word, tt.pair); got != tt.want {
			t.Errorf("Particle(%q, %q) = %q, want %q", tt.word, tt.pair, got, tt.want)
		}
	}
}

func TestAMessageChoosesTheParticleAfterItsPlaceholder(t *testing.T) {
	for role, want := range map[string]string{"CIO": "CIO와 비교하기", "본부장": "본부장과 비교하기"} {
		if got := fill(`{{particle .Role "과/와"}} 비교하기`, map[string]string{"Role": role}); got != want {
			t.Errorf("fill = %q, want %q", got, want)
		}
	}
}
