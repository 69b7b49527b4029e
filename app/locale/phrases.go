//go:build !wasm

package locale

import (
	"strings"
	"unicode/utf8"
)

// joinedWords are Japanese words that the browser's phrase breaker
// (word-break: auto-phrase) was seen to cut in two on this app's pages:
// 肩/書き, と/して, 手が/かり, 専門部/署, な/ぜ. Each is a unit a Japanese
// reader never sees split, and short enough that gluing it leaves a line
// every other break it had.
var joinedWords = []string{
	"として", "という", "といった", "について", "との", "なぜ", "そのもの",
	"肩書", "手がかり", "結びつ", "見比べ", "言いがた", "部分", "部署",
}

// glueWords writes each of joinedWords with a word joiner between its
// characters.
var glueWords = func() *strings.Replacer {
	var pairs []string
	for _, w := range joinedWords {
		pairs = append(pairs, w, strings.Join(strings.Split(w, ""), wordJoiner))
	}
	return strings.NewReplacer(pairs...)
}()

// compoundHeads are the katakana words that begin this app's long
// compounds (エンジニアリングマネージャー, プロジェクトマネジメント,
// サイバーセキュリティ): too long for a narrow column as one phrase, such a
// compound would be cut at any letter; after its head it may break.
var compoundHeads = []string{
	"エンジニアリング", "プロジェクト", "プロダクト", "セキュリティ", "サイバー", "クラウド", "カスタマー",
	"デジタル", "ソフトウェア", "バックエンド", "ピープル", "コンピューター", "システム", "ベンダー", "マネジメント",
}

// KeepWords keeps Japanese words whole on a line: it glues the characters
// of each of joinedWords with word joiners, and lets a long katakana
// compound break after one of compoundHeads, in text outside any HTML
// tag. Other languages' text is returned as it is. Search drops the marks
// before it compares (DropBreakHints).
func KeepWords(lang, s string) string {
	if lang != "ja" || !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x3000 }) {
		return s
	}
	var b strings.Builder
	for s != "" {
		text, rest, tag := s, "", ""
		if i := strings.IndexByte(s, '<'); i >= 0 {
			text, rest = s[:i], s[i:]
			if j := strings.IndexByte(rest, '>'); j >= 0 {
				tag, rest = rest[:j+1], rest[j+1:]
			} else {
				tag, rest = rest, ""
			}
		}
		b.WriteString(breakCompounds(glueWords.Replace(text)))
		b.WriteString(tag)
		s = rest
	}
	return b.String()
}

// breakCompounds puts a zero-width space after each of compoundHeads that
// another katakana word follows.
func breakCompounds(s string) string {
	for _, head := range compoundHeads {
		for at := 0; ; {
			i := strings.Index(s[at:], head)
			if i < 0 {
				break
			}
			end := at + i + len(head)
			if next, _ := utf8.DecodeRuneInString(s[end:]); next >= 'ァ' && next <= 'ヺ' {
				s = s[:end] + zeroWidthSpace + s[end:]
				end += len(zeroWidthSpace)
			}
			at = end
		}
	}
	return s
}
