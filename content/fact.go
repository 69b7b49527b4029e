//go:build !wasm

package content

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cxopath/cxopath/app/locale"
)

// Format writes the fact as lang writes it. The loader fills the lessons
// with it and lists, for the Sources page, the figures each source backs:
// all of it runs when the content is compiled, never in the browser.
func (f Fact) Format(lang string) string {
	switch {
	case f.USD != nil:
		return locale.USD(lang, *f.USD)
	case f.Percent != nil:
		return locale.PercentExact(lang, *f.Percent)
	case f.Number != nil && lang == "en" && *f.Number > 0 && *f.Number < 10:
		// English running text spells out one to nine.
		return englishNumbers[*f.Number]
	case f.Number != nil:
		return locale.Number(lang, *f.Number)
	case f.Millions != nil:
		return Millions(lang, *f.Millions)
	case f.Date != nil:
		d, _ := time.Parse(time.DateOnly, *f.Date)
		return locale.Date(lang, d)
	case f.Year != nil:
		return Year(lang, *f.Year)
	case f.Decade != nil:
		return Decade(lang, *f.Decade)
	}
	return ""
}

var englishNumbers = [10]string{1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}

// Year writes a year as lang writes it in running text: 2009, 2009년, 2009年.
func Year(lang string, y int) string {
	s := strconv.Itoa(y)
	switch lang {
	case "ko":
		return s + "년"
	case "ja":
		return s + "年"
	}
	return s
}

// Decade writes the decade that starts in year y: the 1990s, 1990년대,
// 1990年代 (without the English article, which the sentence gives).
func Decade(lang string, y int) string {
	s := strconv.Itoa(y)
	switch lang {
	case "ko":
		return s + "년대"
	case "ja":
		return s + "年代"
	}
	return s + "s"
}

// Years writes the years a projection covers: 2020–2030, 2020~2030년,
// 2020〜2030年.
func Years(lang string, from, to int) string {
	switch lang {
	case "ko":
		return strconv.Itoa(from) + "~" + strconv.Itoa(to) + "년"
	case "ja":
		return strconv.Itoa(from) + "〜" + strconv.Itoa(to) + "年"
	}
	return strconv.Itoa(from) + "–" + strconv.Itoa(to)
}

// Millions writes a count given in millions as lang writes a large count:
// 153.5 million in English; in Korean and Japanese by 억 and 만 (億 and
// 万), 1억 5,350만 and 1億5,350万.
func Millions(lang string, m float64) string {
	if lang != "ko" && lang != "ja" {
		return strconv.FormatFloat(m, 'f', -1, 64) + " million"
	}
	n := int(math.Round(m * 1e6))
	units := [2]string{"억", "만"}
	sep := " "
	if lang == "ja" {
		units, sep = [2]string{"億", "万"}, ""
	}
	var parts []string
	if hi := n / 1e8; hi > 0 {
		parts = append(parts, locale.Number(lang, hi)+units[0])
	}
	if lo := n % 1e8 / 1e4; lo > 0 {
		parts = append(parts, locale.Number(lang, lo)+units[1])
	}
	if rest := n % 1e4; rest > 0 || len(parts) == 0 {
		parts = append(parts, locale.Number(lang, rest))
	}
	return strings.Join(parts, sep)
}

// figure is the inline a fact stands as in a lesson's text: its value
// formatted for lang, linked to its source's entry.
func figure(lessonID string, f Fact, lang string) Inline {
	return Inline{Kind: Link, Ref: Ref{Kind: SourceRef, ID: SourceEntryID(lessonID, f.Source)},
		Children: []Inline{{Kind: Text, Text: f.Format(lang)}}}
}

// when says when a source's figures stand, as lang writes it: a day, a
// year or the years a projection covers; "" for an undated source.
func (s *Reference) when(lang string) string {
	switch {
	case s.Date != "":
		d, _ := time.Parse(time.DateOnly, s.Date)
		return locale.Date(lang, d)
	case s.Year != 0:
		return Year(lang, s.Year)
	case s.Period != [2]int{}:
		return Years(lang, s.Period[0], s.Period[1])
	}
	return ""
}
