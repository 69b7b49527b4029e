package locale

import "strings"

// wordJoiner forbids a line break where it stands and shows nothing.
const wordJoiner = "\u2060"

// zeroWidthSpace allows a line break where it stands and shows nothing.
const zeroWidthSpace = "\u200b"

// DropBreakHints takes the word joiners and zero-width spaces (KeepDots,
// KeepWords) out of s, and makes its no-break spaces plain ones, for
// comparing or searching text as it was written. (A strings.Replacer would
// add 11 KB to app.wasm with brotli: nothing else in the browser uses one.)
func DropBreakHints(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(s, wordJoiner, ""), zeroWidthSpace, ""), "\u00a0", " ")
}

// KeepDots glues each middle dot (· or ㆍ) that joins two words ("운영·보안",
// "A·B") to both of them with word joiners, so that a line never starts
// with the dot (a browser may break before it, even with keep-all) and
// never ends with it. A dot with a space beside it, as in "5 min · Lesson
// 1", is a separator and keeps its breaks. A percentage, a closing quote
// or a closing bracket keeps the Korean particle after it too ("25%를",
// "‘내 데이터’에서", "(ROI)를"): the browser would break after the mark,
// even with keep-all.
func KeepDots(s string) string {
	if strings.ContainsAny(s, particleHosts) {
		s = keepParticles(s)
	}
	if !strings.Contains(s, "·") && !strings.Contains(s, "ㆍ") {
		return s
	}
	s = strings.ReplaceAll(s, "·", wordJoiner+"·"+wordJoiner)
	s = strings.ReplaceAll(s, "ㆍ", wordJoiner+"ㆍ"+wordJoiner)
	for _, blank := range []string{" ", "\n", "\t"} {
		s = strings.ReplaceAll(strings.ReplaceAll(s, blank+wordJoiner, blank), wordJoiner+blank, blank)
	}
	return strings.TrimSuffix(strings.TrimPrefix(s, wordJoiner), wordJoiner)
}

// particleHosts are the marks a Korean particle may follow directly.
const particleHosts = "%’”)]」』"

// keepParticles puts a word joiner between a mark of particleHosts and the
// Hangul syllable right after it.
func keepParticles(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if strings.ContainsRune(particleHosts, prev) && r >= 0xAC00 && r <= 0xD7A3 {
			b.WriteString(wordJoiner)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// GlueKatakana puts a word joiner between two katakana letters that stand
// side by side, and between a katakana letter and the Latin letter after
// it (グリーンIT), so that a browser keeps the word whole (KeepWords does
// it to the course; search does it to the passages it shows); a middle dot
// (・) or a compound's zero-width space between them keeps its break.
func GlueKatakana(s string) string {
	var b strings.Builder
	prev := false
	for _, r := range s {
		kana := isKatakana(r)
		if prev && (kana || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			b.WriteString(wordJoiner)
		}
		b.WriteRune(r)
		prev = kana
	}
	return b.String()
}

// isKatakana reports whether r is a katakana letter or the long vowel
// mark (ァ to ヺ, ー, ヽ, ヾ); the middle dot ・ is not.
func isKatakana(r rune) bool {
	return r >= 'ァ' && r <= 'ヺ' || r >= 'ー' && r <= 'ヾ'
}
