package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cxopath/cxopath/content"
)

// glossarySection is one heading of the glossary's index, such as "C",
// "ㄱ" or "か", with its terms in index order.
type glossarySection struct {
	Initial string
	Terms   []*content.Term
}

// digitsInitial is the heading of terms that begin with a digit.
const digitsInitial = "0–9"

// hangulInitials are the heads of a Korean index: a syllable's leading
// consonant, with the doubled ones (ㄲ ㄸ ㅃ ㅆ ㅉ) filed under the single.
var hangulInitials = []rune("ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ")

// kanaRows are the rows of the Japanese syllabary a term is filed under,
// each with the hiragana that begin it (voiced, small and old forms too).
var kanaRows = []struct {
	head rune
	kana string
}{
	{'あ', "ぁあぃいぅうぇえぉおゔ"},
	{'か', "かがきぎくぐけげこごゕゖ"},
	{'さ', "さざしじすずせぜそぞ"},
	{'た', "ただちぢっつづてでとど"},
	{'な', "なにぬねの"},
	{'は', "はばぱひびぴふぶぷへべぺほぼぽ"},
	{'ま', "まみむめも"},
	{'や', "ゃやゅゆょよ"},
	{'ら', "らりるれろ"},
	{'わ', "ゎわゐゑをん"},
}

// hiragana writes katakana as hiragana, leaving every other rune alone.
func hiragana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ァ' && r <= 'ヶ' {
			return r - 0x60
		}
		return r
	}, s)
}

// termInitial is the heading a term is filed under in lang's index: a
// capital for a term that begins with a Latin letter (in every language),
// the digits' heading for one that begins with a digit, the leading
// consonant of a Korean term's first syllable, and the row of the
// syllabary of a Japanese term's reading (or of its kana, when it begins
// with kana). It is "" for a term it cannot file.
func termInitial(lang string, t content.TermText) string {
	first, _ := utf8.DecodeRuneInString(t.Term)
	switch {
	case first >= 'a' && first <= 'z':
		return string(first - 'a' + 'A')
	case first >= 'A' && first <= 'Z':
		return string(first)
	case first >= '0' && first <= '9':
		return digitsInitial
	case lang == "ko" && first >= 0xAC00 && first <= 0xD7A3:
		return string(hangulInitials[(first-0xAC00)/588])
	case lang == "ja":
		kana := t.Reading
		if kana == "" {
			kana = t.Term
		}
		r, _ := utf8.DecodeRuneInString(hiragana(kana))
		for _, row := range kanaRows {
			if strings.ContainsRune(row.kana, r) {
				return string(row.head)
			}
		}
	}
	return ""
}

// initialRank orders the headings: the language's own script first (in
// the order of its alphabet or syllabary), then A to Z, then the digits,
// then what could not be filed.
func initialRank(initial string) int {
	r, _ := utf8.DecodeRuneInString(initial)
	switch {
	case initial == digitsInitial:
		return 2 << 16
	case initial == "":
		return 3 << 16
	case r < utf8.RuneSelf:
		return 1<<16 + int(r)
	}
	return int(r) // jamo and kana stand in the order of their code points
}

// sortKey is what orders terms under one heading: the reading of a
// Japanese term that has one, else the term in capitals.
func sortKey(t content.TermText) string {
	if t.Reading != "" {
		return t.Reading
	}
	return hiragana(strings.ToUpper(t.Term))
}

// glossarySections files terms under their headings in lang, headings in
// index order and terms in order under each.
func glossarySections(lang string, terms []*content.Term) []glossarySection {
	var out []glossarySection
	for _, t := range terms {
		initial := termInitial(lang, t.Text[lang])
		i := slices.IndexFunc(out, func(s glossarySection) bool { return s.Initial == initial })
		if i < 0 {
			out = append(out, glossarySection{Initial: initial})
			i = len(out) - 1
		}
		out[i].Terms = append(out[i].Terms, t)
	}
	slices.SortFunc(out, func(a, b glossarySection) int { return initialRank(a.Initial) - initialRank(b.Initial) })
	for _, s := range out {
		slices.SortStableFunc(s.Terms, func(a, b *content.Term) int {
			return strings.Compare(sortKey(a.Text[lang]), sortKey(b.Text[lang]))
		})
	}
	return out
}

// halves says which sections share a row on a wide screen: two
// neighbouring sections of one term each stand side by side, half a row
// each, where alone each would leave half its row empty. Sections with no
// terms shown are passed over.
func halves(sections []glossarySection) []bool {
	half := make([]bool, len(sections))
	prev := -1 // the last single section not yet paired
	for i, s := range sections {
		switch len(s.Terms) {
		case 0:
			continue
		case 1:
			if prev >= 0 {
				half[prev], half[i], prev = true, true, -1
			} else {
				prev = i
			}
		default:
			prev = -1
		}
	}
	return half
}
