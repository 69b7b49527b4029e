package locale

import (
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
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

func printer(lang string) *message.Printer {
	for i, l := range Langs {
		if l == lang {
			return message.NewPrinter(Tags[i])
		}
	}
	return message.NewPrinter(Tags[0])
}

// Number formats a whole number with the language's digit grouping.
func Number(lang string, n int) string {
	return printer(lang).Sprint(number.Decimal(n))
}

// Percent formats a percentage given in percent (11 for 11%).
func Percent(lang string, p float64) string {
	return printer(lang).Sprint(number.Percent(p / 100))
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
