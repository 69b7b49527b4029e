package locale

import "strings"

// wordJoiner forbids a line break where it stands and shows nothing.
const wordJoiner = "\u2060"

// KeepDots glues each middle dot (· or ㆍ) that joins two words ("운영·보안",
// "A·B") to both of them with word joiners, so that a line never starts
// with the dot (a browser may break before it, even with keep-all) and
// never ends with it. A dot with a space beside it, as in "5 min · Lesson
// 1", is a separator and keeps its breaks. A percentage keeps the Korean
// particle after it too ("25%를"): the browser would break after the "%".
func KeepDots(s string) string {
	if strings.Contains(s, "%") {
		s = keepPercentParticles(s)
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

// keepPercentParticles puts a word joiner between a "%" and the Hangul
// syllable right after it.
func keepPercentParticles(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if prev == '%' && r >= 0xAC00 && r <= 0xD7A3 {
			b.WriteString(wordJoiner)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
