package locale

import (
	"strconv"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

var (
	msgMoneyUSD = &i18n.Message{
		ID:          "MoneyUSD",
		Description: "An amount in US dollars; {{.Amount}} is the number already formatted with digit grouping, e.g. 256,604.",
		Other:       "${{.Amount}}",
	}
	msgDate = &i18n.Message{
		ID:          "DateLong",
		Description: "A calendar date written in full. {{.Year}}, {{.Month}} (1-12), {{.Day}} are numbers; {{.MonthName}} is the English month name.",
		Other:       "{{.Day}} {{.MonthName}} {{.Year}}",
	}
)

// The app's three languages write numbers alike: CLDR gives English,
// Korean and Japanese a comma between groups of three digits, a full stop
// before decimals, a hyphen-minus and a percent sign with no space. So the
// app formats them itself: x/text's formatter, with its tables for every
// locale, would add 45 KB (brotli) to app.wasm for the same result. A test
// holds these functions to x/text's CLDR formatting in each language.

// Number formats a whole number with the language's digit grouping.
func Number(lang string, n int) string { return grouped(strconv.Itoa(n)) }

// Percent formats a percentage given in percent (11 for 11%), rounded to
// a whole number.
func Percent(lang string, p float64) string { return percent(p, 0) }

// PercentExact formats a percentage with as many decimals as it has, up to
// two: a projection's 7.7% must not read as 8%.
func PercentExact(lang string, p float64) string { return percent(p, 2) }

// percent writes p percent with at most digits decimals and no trailing
// zeros. Like CLDR's formatter it rounds the fraction p/100 (0.015 is a
// little under 1.5%, so it reads 1%), and keeps the sign of a negative
// number that rounds to zero.
func percent(p float64, digits int) string {
	whole, frac, _ := strings.Cut(strconv.FormatFloat(p/100, 'f', digits+2, 64), ".")
	sign := ""
	if strings.HasPrefix(whole, "-") {
		sign, whole = "-", whole[1:]
	}
	whole = strings.TrimLeft(whole+frac[:2], "0")
	if whole == "" {
		whole = "0"
	}
	s := sign + grouped(whole)
	if frac = strings.TrimRight(frac[2:], "0"); frac != "" {
		s += "." + frac
	}
	return s + "%"
}

// grouped puts a comma between groups of three digits of a whole number
// written in digits, with or without a minus sign.
func grouped(digits string) string {
	sign := ""
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	var b strings.Builder
	b.WriteString(sign)
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// USD formats a whole amount of US dollars as the language writes it.
func USD(lang string, amount int) string {
	return T(lang, msgMoneyUSD, map[string]any{"Amount": Number(lang, amount)})
}

// Date formats a calendar date in full as the language writes it.
func Date(lang string, d time.Time) string {
	return T(lang, msgDate, map[string]any{
		"Year":      d.Year(),
		"Month":     int(d.Month()),
		"Day":       d.Day(),
		"MonthName": d.Month().String(),
	})
}

// SentenceGap is what stands between two sentences run together in lang:
// a space, except in Japanese, which sets the next sentence right after 。.
func SentenceGap(lang string) string {
	if lang == "ja" {
		return ""
	}
	return " "
}
