package locale

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordJoiner forbids a line break where it stands and shows nothing.
const wordJoiner = "\u2060"

// KeepDots glues each middle dot that joins two words ("운영·보안",
// "A·B") to both of them with word joiners, so that a line never starts
// with the dot (a browser may break before it, even with keep-all) and
// never ends with it. A dot with a space beside it, as in "5 min · Lesson
// 1", is a separator and is left as it is.
func KeepDots(s string) string {
	if !strings.ContainsAny(s, "·ㆍ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		if r == '·' || r == 'ㆍ' {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if i > 0 && i+utf8.RuneLen(r) < len(s) && !unicode.IsSpace(before) && !unicode.IsSpace(after) {
				b.WriteString(wordJoiner)
				b.WriteRune(r)
				b.WriteString(wordJoiner)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}
