package ui

import (
	"slices"
	"testing"

	"github.com/cxopath/cxopath/content"
)

func TestATermIsFiledUnderItsInitial(t *testing.T) {
	tests := []struct {
		name, lang, term, reading, want string
	}{
		{"an English term under its capital", "en", "cloud computing", "", "C"},
		{"a Latin term in a Korean glossary under its capital", "ko", "DX(디지털 전환)", "", "D"},
		{"a term that begins with a digit under the digits", "ko", "1:1 면담", "", digitsInitial},
		{"a Korean term under its first consonant", "ko", "레거시 시스템", "", "ㄹ"},
		{"a Korean term with a doubled consonant under the single one", "ko", "꼬리 위험", "", "ㄱ"},
		{"a Korean term whose syllable has a final consonant", "ko", "확장성", "", "ㅎ"},
		{"a Korean term that begins with a vowel", "ko", "온프레미스", "", "ㅇ"},
		{"a Japanese kanji term under the row of its reading", "ja", "技術的負債", "ぎじゅつてきふさい", "か"},
		{"a Japanese term with a voiced first kana under its row", "ja", "ビッグデータ", "びっぐでーた", "は"},
		{"a Japanese katakana term without a reading under its own row", "ja", "テックリード", "", "た"},
		{"a Japanese term in the わ row", "ja", "ワークフロー", "わーくふろー", "わ"},
		{"a Latin term in a Japanese glossary under its capital", "ja", "SaaS（サース）", "", "S"},
		{"a Hangul term outside Korean is not filed", "en", "테크 리드", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := termInitial(tt.lang, content.TermText{Term: tt.term, Reading: tt.reading}); got != tt.want {
				t.Errorf("termInitial(%s, %q) = %q, want %q", tt.lang, tt.term, got, tt.want)
			}
		})
	}
}

func TestTheIndexPutsItsOwnScriptFirstThenLettersThenDigits(t *testing.T) {
	term := func(id, text, reading string) *content.Term {
		return &content.Term{ID: id, Text: map[string]content.TermText{"ja": {Term: text, Reading: reading}}}
	}
	terms := []*content.Term{
		term("1on1", "1on1", ""),
		term("saas", "SaaS", ""),
		term("cto", "CTO", ""),
		term("debt", "技術的負債", "ぎじゅつてきふさい"),
		term("stack", "技術スタック", "ぎじゅつすたっく"),
		term("cloud", "クラウド", "くらうど"),
		term("onprem", "オンプレミス", "おんぷれみす"),
	}
	var got [][]string
	for _, s := range glossarySections("ja", terms) {
		ids := []string{s.Initial}
		for _, t := range s.Terms {
			ids = append(ids, t.ID)
		}
		got = append(got, ids)
	}
	want := [][]string{
		{"あ", "onprem"},
		{"か", "stack", "debt", "cloud"},
		{"C", "cto"},
		{"S", "saas"},
		{digitsInitial, "1on1"},
	}
	if len(got) != len(want) {
		t.Fatalf("sections %v, want %v", got, want)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("sections %v, want %v", got, want)
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Fatalf("sections %v, want %v", got, want)
			}
		}
	}
}

func TestEveryTermOfTheGlossaryIsFiledInEveryLanguage(t *testing.T) {
	course := withText(t)
	for _, lang := range []string{"en", "ko", "ja"} {
		for _, term := range course.Glossary {
			if termInitial(lang, term.Text[lang]) == "" {
				t.Errorf("%s: %q has no place in the index", lang, term.Text[lang].Term)
			}
		}
	}
}

func TestNeighbouringSectionsOfOneTermShareARow(t *testing.T) {
	one, two := []*content.Term{{ID: "a"}}, []*content.Term{{ID: "a"}, {ID: "b"}}
	sections := func(sizes ...int) []glossarySection {
		out := make([]glossarySection, len(sizes))
		for i, n := range sizes {
			out[i].Terms = [][]*content.Term{nil, one, two}[n]
		}
		return out
	}
	tests := []struct {
		name  string
		sizes []int
		want  []bool
	}{
		{"two singles pair", []int{1, 1}, []bool{true, true}},
		{"a third single stands alone", []int{1, 1, 1}, []bool{true, true, false}},
		{"a larger section between singles parts them", []int{1, 2, 1}, []bool{false, false, false}},
		{"an empty section between singles is passed over", []int{1, 0, 1}, []bool{true, false, true}},
		{"singles after a larger section pair", []int{2, 1, 1, 2}, []bool{false, true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := halves(sections(tt.sizes...)); !slices.Equal(got, tt.want) {
				t.Errorf("halves(%v) = %v, want %v", tt.sizes, got, tt.want)
			}
		})
	}
}
