//go:build !wasm

package locale

import (
	"strings"
	"testing"
)

// glued writes w with a word joiner between each two of its characters.
func glued(w string) string { return strings.Join(strings.Split(w, ""), "\u2060") }

func TestJapaneseWordsThatBrowsersSplitAreKeptWholeOutsideTags(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"ja", "役職として置かれる", "役職と\u2060し\u2060て置かれる"},
		{"ja", "肩書きそのもの", "肩\u2060書きそ\u2060の\u2060も\u2060の"},
		{"ja", `<a href="#として" title="なぜ">なぜ</a>`, `<a href="#として" title="なぜ">な` + "\u2060" + `ぜ</a>`},
		{"ja", "ドットコム企業", glued("ドットコム") + "企業"},
		{"ja", "エンジニアリングマネージャーとプロジェクトマネジメント", glued("エンジニアリング") + "\u200b" + glued("マネージャー") + "と" + glued("プロジェクト") + "\u200b" + glued("マネジメント")},
		{"ja", "セキュリティ・リスク、セキュリティー", glued("セキュリティ") + "・" + glued("リスク") + "、" + glued("セキュリティー")},
		{"ja", "CIOのレッスン", "CIOの" + glued("レッスン")},
		{"ja", "キャリアパス：{{.Count}}段階、30項目です。", glued("キャリアパス") + "：{{.Count}}\u2060段階、30\u2060項\u2060目\u2060で\u2060す。"},
		{"ja", "2022年4月26日時点", "2022\u2060年\u20604\u2060月\u206026\u2060日時点"},
		{"ja", "端末だけに保存されます。", "端末だけに保\u2060存\u2060さ\u2060れ\u2060ま\u2060す。"},
		{"ja", "（最高デジタル責任者）か、", "（最高" + glued("デジタル") + "責任者）\u2060か、"},
		{"ja", "グリーンITとベースサラリー", glued("グリーン") + "\u2060ITと" + glued("ベースサラリー")},
		{"ja", "決まります。", "決\u2060ま\u2060り\u2060ま\u2060す。"},
		{"ja", "量を選びましょう。", "量を選\u2060び\u2060ま\u2060し\u2060ょ\u2060う。"},
		{"ja", "記録はまだありません。学習すると、", "記録はまだあ\u2060り\u2060ま\u2060せ\u2060ん。学\u2060習\u2060す\u2060る\u2060と、"},
		{"ko", "として", "として"},
		{"ko", "설명할 수 있다. 할 수 있음", "설명할\u00a0수\u00a0있다. 할 수 있음"},
		{"en", "CTO", "CTO"},
		{"en", "Engineer → CTO", "Engineer\u00a0→ CTO"},
		{"ko", "개발자 → CTO", "개발자\u00a0→ CTO"},
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
