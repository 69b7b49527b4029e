//go:build !wasm

package locale

import "testing"

func TestJapaneseWordsThatBrowsersSplitAreKeptWholeOutsideTags(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"ja", "役職として置かれる", "役職と\u2060し\u2060て置かれる"},
		{"ja", "肩書きそのもの", "肩\u2060書きそ\u2060の\u2060も\u2060の"},
		{"ja", `<a href="#として" title="なぜ">なぜ</a>`, `<a href="#として" title="なぜ">な` + "\u2060" + `ぜ</a>`},
		{"ja", "ドットコム企業", "ドットコム企業"},
		{"ja", "エンジニアリングマネージャーとプロジェクトマネジメント", "エンジニアリング\u200bマネージャーとプロジェクト\u200bマネジメント"},
		{"ja", "セキュリティ・リスク、セキュリティー", "セキュリティ・リスク、セキュリティー"},
		{"ko", "として", "として"},
		{"en", "CTO", "CTO"},
	}
	for _, tt := range tests {
		if got := KeepWords(tt.lang, tt.in); got != tt.want {
			t.Errorf("KeepWords(%s, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
		if got := DropBreakHints(KeepWords(tt.lang, tt.in)); got != tt.in {
			t.Errorf("DropBreakHints(KeepWords(%s, %q)) = %q: the text changed", tt.lang, tt.in, got)
		}
	}
}
