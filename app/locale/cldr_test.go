//go:build !wasm

package locale

import (
	"math"
	"testing"

	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// The app formats numbers itself (see Number); x/text formats them from
// CLDR's data for each language. They must agree.
func TestNumbersReadAsCLDRWritesThemInEachLanguage(t *testing.T) {
	whole := []int{0, 7, -7, 12, 999, 1000, -1000, 4096, 65535, 163255, -256604, 1_000_000, 153_500_000, math.MaxInt32}
	percents := []float64{0, 0.4, 0.5, 1.5, 2.5, 4, 7.7, 7.75, 7.745, 11, 12.5, 33.333, 66.666, 99.5, 100, 153.55, 1234.5, -34, -0.4, -2.5}
	for i, lang := range Langs {
		p := message.NewPrinter(Tags[i])
		for _, n := range whole {
			if got, want := Number(lang, n), p.Sprint(number.Decimal(n)); got != want {
				t.Errorf("Number(%s, %d) = %q, CLDR writes %q", lang, n, got, want)
			}
		}
		for _, x := range percents {
			if got, want := Percent(lang, x), p.Sprint(number.Percent(x/100)); got != want {
				t.Errorf("Percent(%s, %v) = %q, CLDR writes %q", lang, x, got, want)
			}
			if got, want := PercentExact(lang, x), p.Sprint(number.Percent(x/100, number.MaxFractionDigits(2))); got != want {
				t.Errorf("PercentExact(%s, %v) = %q, CLDR writes %q", lang, x, got, want)
			}
		}
	}
}
