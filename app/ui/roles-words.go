package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

// facingText says which way a role faces, in lang.
func facingText(lang, facing string) string {
	switch facing {
	case "outward":
		return locale.T(lang, msgOutward)
	case "inward":
		return locale.T(lang, msgInward)
	}
	return locale.T(lang, msgBoth)
}

// reportsText names whom a role reports to, in lang, most common first.
func reportsText(lang string, c *content.Course, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if t, ok := c.Term(c.Superiors[id]); ok {
			names = append(names, t.Text[lang].Term)
		}
	}
	return strings.Join(names, " / ")
}
