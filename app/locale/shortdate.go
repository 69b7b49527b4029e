package locale

import (
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

var msgDateShort = &i18n.Message{
	ID:          "DateShort",
	Description: "A date in this year, written short for a narrow table column, without the year. {{.Month}} (1-12) and {{.Day}} are numbers; {{.MonthAbbr}} is the English month name cut to three letters (Dec).",
	Other:       "{{.Day}} {{.MonthAbbr}}",
}

// ShortDate formats a date short, without its year, as the language writes
// it in a narrow column ("1 Dec", 「12. 1.」, 「12/1」); a date in another
// year than now is written in full, year and all.
func ShortDate(lang string, d, now time.Time) string {
	if d.Year() != now.Year() {
		return Date(lang, d)
	}
	return T(lang, msgDateShort, map[string]any{
		"Month":     int(d.Month()),
		"Day":       d.Day(),
		"MonthAbbr": d.Month().String()[:3],
	})
}
