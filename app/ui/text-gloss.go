package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// glossed renders Korean or Japanese text with each English gloss in
// brackets, such as "최고디지털책임자(Chief Digital Officer)", set apart in a
// quieter span, so that the Latin letters do not weigh on a dense
// paragraph; its middle dots are kept off the start of a line (KeepDots).
func glossed(s string) []app.UI {
	s = locale.KeepDots(s)
	var out []app.UI
	for {
		open := strings.IndexByte(s, '(')
		end := strings.IndexByte(s[open+1:], ')') + open + 1
		if open < 0 || end <= open || !isGloss(s[open+1:end]) {
			break
		}
		out = append(out, app.Text(s[:open]), textSpan("gloss", s[open:end+1]))
		s = s[end+1:]
	}
	return append(out, app.Text(s))
}

// isGloss says whether the words in brackets are an English gloss: Latin
// letters and spaces, starting with a capital.
func isGloss(s string) bool {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c == ' ' || c == '-' || c == '&' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
