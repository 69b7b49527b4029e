package locale

import (
	"strings"

	"golang.org/x/text/language"
)

var matcher = language.NewMatcher(Tags)

// maxPreferences bounds how much of an Accept-Language header or a browser's
// language list is read, so a huge header costs nothing.
const maxPreferences = 16

// Match returns the supported language that best fits the preferences, given
// as language tags in order (a browser's navigator.languages). Tags that do
// not parse are skipped; with no usable preference the answer is Default.
func Match(prefs []string) string {
	var tags []language.Tag
	for _, p := range prefs {
		if len(tags) == maxPreferences {
			break
		}
		if t, err := language.Parse(strings.TrimSpace(p)); err == nil {
			tags = append(tags, t)
		}
	}
	return match(tags)
}

// MatchHeader returns the supported language that best fits an
// Accept-Language header; a malformed or empty header gives Default.
func MatchHeader(header string) string {
	if len(header) > 1024 {
		header = header[:1024]
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return Default
	}
	if len(tags) > maxPreferences {
		tags = tags[:maxPreferences]
	}
	return match(tags)
}

func match(tags []language.Tag) string {
	if len(tags) == 0 {
		return Default
	}
	_, i, conf := matcher.Match(tags...)
	if conf == language.No {
		return Default
	}
	return Langs[i]
}
