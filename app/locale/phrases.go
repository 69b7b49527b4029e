//go:build !wasm

package locale

import (
	"strings"
	"unicode/utf8"
)

// joinedWords are Japanese words that the browser's phrase breaker
// (word-break: auto-phrase) was seen to cut in two on this app's pages:
// 肩/書き, と/して, 手が/かり, 専門部/署, な/ぜ, 再読み/込み. Each is a unit
// a Japanese reader never sees split, and short enough that gluing it
// leaves a line every other break it had.
var joinedWords = []string{
	"として", "という", "といった", "について", "との", "なぜ", "そのもの",
	"肩書", "手がかり", "結びつ", "見比べ", "言いがた", "部分", "部署",
	"再読み込み", "読み込",
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
// サイバーセキュリティ, ビジネスモデル, ベースサラリー): too long for a
// narrow column as one word, such a compound may break after its head.
var compoundHeads = []string{
	"エンジニアリング", "プロジェクト", "プロダクト", "セキュリティ", "サイバー", "クラウド", "カスタマー",
	"デジタル", "ソフトウェア", "バックエンド", "ピープル", "コンピューター", "システム", "ベンダー", "マネジメント",
	"ビジネス", "レガシー", "コード", "データ", "ドットコム", "リモート", "リード", "モバイル", "ベテラン",
}

// KeepWords keeps words whole on a line, in text outside any HTML tag.
// In Japanese it glues the characters of each of joinedWords, and of every
// katakana word, with word joiners, and lets a long katakana compound
// break after one of compoundHeads; it glues a number to its counter, a
// sentence's ending to its verb and a closing bracket to the particle
// after it. The browser breaks Japanese by phrase (word-break:
// auto-phrase in app.css), and the joiners keep whole what its phrase
// breaker would still split: レッスン, ステークホルダー, 選びましょう. In
// Korean it keeps 「할 수 있다」 and 「본 적이 있다」 on one line, so that a
// sentence never ends on a line of 「수 있다.」 alone. In every language an
// arrow stays with the step before it. Search drops the marks before it
// compares (DropBreakHints), and reads a no-break space as a space.
func KeepWords(lang, s string) string {
	var keep func(string) string
	switch {
	case lang == "ja" && strings.ContainsFunc(s, func(r rune) bool { return r >= 0x3000 }):
		keep = func(t string) string {
			return glueArrows(GlueKatakana(breakCompounds(glueParticles(glueEndings(glueNumbers(glueWords.Replace(t)))))))
		}
	case lang == "ko":
		keep = func(t string) string { return glueArrows(koreanPhrases.Replace(t)) }
	case strings.Contains(s, " →"):
		keep = glueArrows
	default:
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
		b.WriteString(keep(text))
		b.WriteString(tag)
		s = rest
	}
	return b.String()
}

// koreanPhrases glue 「수 있다」, 「수 없다」 and 「적이 있다」 to the word
// before them, 「붙여 넣다」 into one, and a determiner (이, 각, 몇) to the
// noun after it, with no-break spaces: a browser breaks at a space
// whatever mark follows.
var koreanPhrases = strings.NewReplacer(
	" 수 있다", "\u00a0수\u00a0있다",
	" 수 없다", "\u00a0수\u00a0없다",
	" 적이 있다", "\u00a0적이\u00a0있다",
	"이 기기", "이\u00a0기기", "이 주제", "이\u00a0주제", "이 페이지", "이\u00a0페이지", "각 카드", "각\u00a0카드", "몇 개", "몇\u00a0개",
	"붙여 넣", "붙여\u00a0넣",
)

// breakCompounds puts a zero-width space after each of compoundHeads that
// another katakana word follows (not its own long vowel, as in
// セキュリティー).
func breakCompounds(s string) string {
	for _, head := range compoundHeads {
		for at := 0; ; {
			i := strings.Index(s[at:], head)
			if i < 0 {
				break
			}
			end := at + i + len(head)
			if next, _ := utf8.DecodeRuneInString(s[end:]); isKatakana(next) && next != 'ー' {
				s = s[:end] + zeroWidthSpace + s[end:]
				end += len(zeroWidthSpace)
			}
			at = end
		}
	}
	return s
}

// glueNumbers glues a number, or a message's placeholder for one, to the
// counter or unit after it (4段階, 30項目, {{.Count}}分), and a date's
// parts to each other (2022年4月26日): the browser would break between a
// digit and a kanji.
func glueNumbers(s string) string {
	var b strings.Builder
	prev := rune(0)
	for i, r := range s {
		if r >= 0x3000 && (prev >= '0' && prev <= '9' || prev == '}' && strings.HasSuffix(s[:i], "}}")) || (prev == '年' || prev == '月') && r >= '0' && r <= '9' {
			b.WriteString(wordJoiner)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// glueEndings glues the kana that end a sentence or a clause, up to five,
// to each other and to the two kanji before them: the 「選びましょう」 of
// 「選びましょう。」, the 「ありません」 of 「まだありません。」, the 「学習すると」
// of 「学習すると、」, the 「保存されます」 of 「保存されます。」. A line then
// never starts with the tail of a verb, and a sentence's last line is
// never its ending alone.
func glueEndings(s string) string {
	if !strings.ContainsAny(s, "。、！？") {
		return s
	}
	r := []rune(s)
	var b strings.Builder
	for i, c := range r {
		b.WriteRune(c)
		ending := i+1 < len(r) && isKana(r[i+1]) && endsClauseWithin(r, i+1, 5) && (isKanji(c) || isKana(c) && endsClauseWithin(r, i, 5))
		stem := i+2 < len(r) && isKanji(c) && isKanji(r[i+1]) && isKana(r[i+2]) && endsClauseWithin(r, i+2, 5)
		if ending || stem {
			b.WriteString(wordJoiner)
		}
	}
	return b.String()
}

// endsClauseWithin reports whether r[i] is one of the last n kana before a
// 「。」, 「、」, 「！」 or 「？」.
func endsClauseWithin(r []rune, i, n int) bool {
	for j := i; j < len(r) && j <= i+n; j++ {
		if !isKana(r[j]) || j == i+n {
			return strings.ContainsRune("。、！？", r[j])
		}
	}
	return false
}

// glueArrows keeps an arrow with the step before it (Engineer → CTO), so
// that no line of a career path starts with 「→」.
func glueArrows(s string) string { return strings.ReplaceAll(s, " →", "\u00a0→") }

// glueParticles glues a closing bracket to the kana after it, so that no
// line starts with the particle of 「（最高デジタル責任者）か、」 or
// 「『誰が』を」.
func glueParticles(s string) string {
	if !strings.ContainsAny(s, "）」』") {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if (prev == '）' || prev == '」' || prev == '』') && r >= 'ぁ' && r <= 'ゖ' {
			b.WriteString(wordJoiner)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isKanji reports whether r is a CJK ideograph.
func isKanji(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

// isKana reports whether r is a hiragana or katakana letter.
func isKana(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' || isKatakana(r) }
