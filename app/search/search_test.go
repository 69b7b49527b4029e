package search

import (
	"slices"
	"strings"
	"testing"
)

var docs = []Doc{
	{Kind: Lesson, ID: "pay", Title: "CTO pay, and how to read the figures", Fields: []Field{
		{Text: "Budgets and bonuses vary. A CTO's budget covers people and cloud.", Weight: 1},
	}},
	{Kind: Term, ID: "technical-debt", Title: "Technical debt", Fields: []Field{{Text: "Shortcuts that cost more later.", Weight: 2}}},
	{Kind: Lesson, ID: "ko-debt", Title: "기술 부채 관리", Fields: []Field{{Text: "레거시 시스템의 기술부채를 가시화하고 상환 계획을 세웁니다.", Weight: 1}}},
	{Kind: Question, ID: "ja-debt", Title: "技術的負債にどう向き合っていますか", Fields: []Field{{Text: "短期の優先と長期の健全性のバランスを取る。", Weight: 2}}},
	{Kind: Role, ID: "cio", Title: "CIO", Fields: []Field{{Text: "ＤＸを推進し、ＩＴガバナンスを確立する。", Weight: 2}}},
}

func ids(rs []Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Doc.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	idx := New(docs)
	tests := []struct {
		query string
		want  []string
	}{
		{"debt", []string{"technical-debt"}},
		{"DEBT", []string{"technical-debt"}},
		{"budgets", []string{"pay"}}, // the plural finds the singular too
		{"bonus", []string{"pay"}},
		{"cto budget", []string{"pay"}},
		{"cto nothing", nil},
		{"부채", []string{"ko-debt"}},    // inside a phrase with no spaces: 기술부채를
		{"기술 부채", []string{"ko-debt"}}, // two terms, both required
		{"負債", []string{"ja-debt"}},
		{"健全性", []string{"ja-debt"}},
		{"dx", []string{"cio"}}, // full-width ＤＸ in the text
		{"ｃｉｏ", []string{"cio"}},
		{"   ", nil},
	}
	for _, tt := range tests {
		if got := ids(idx.Search(tt.query)); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestTitlesRankAboveText(t *testing.T) {
	idx := New([]Doc{
		{Kind: Lesson, ID: "mentions", Title: "Skills", Fields: []Field{{Text: "Governance, governance and governance.", Weight: 1}}},
		{Kind: Term, ID: "titled", Title: "IT governance", Fields: []Field{{Text: "Rules for IT.", Weight: 2}}},
	})
	if got := ids(idx.Search("governance")); !slices.Equal(got, []string{"titled", "mentions"}) {
		t.Errorf("ranking %v", got)
	}
}

func TestMatchesAreMarkedWhereTheyAre(t *testing.T) {
	idx := New(docs)
	r := idx.Search("cto budget")[0]
	title := []rune(r.Doc.Title)
	if len(r.TitleMarks) != 1 || string(title[r.TitleMarks[0].Start:r.TitleMarks[0].End]) != "CTO" {
		t.Errorf("title marks %v", r.TitleMarks)
	}
	snippet := []rune(r.Snippet)
	var marked []string
	for _, m := range r.Marks {
		marked = append(marked, string(snippet[m.Start:m.End]))
	}
	if !slices.Equal(marked, []string{"Budget", "CTO", "budget"}) {
		t.Errorf("snippet %q marks %q", r.Snippet, marked)
	}
	long := New([]Doc{{Kind: Lesson, ID: "long", Title: "Long", Fields: []Field{{Text: strings.Repeat("あ", 100) + "負債" + strings.Repeat("い", 100), Weight: 1}}}})
	r = long.Search("負債")[0]
	snippet = []rune(r.Snippet)
	if !strings.HasPrefix(r.Snippet, "…") || !strings.HasSuffix(r.Snippet, "…") || string(snippet[r.Marks[0].Start:r.Marks[0].End]) != "負債" {
		t.Errorf("snippet %q, marks %v", r.Snippet, r.Marks)
	}
}

func TestAPluralFindsTextsWithThePluralAndWithTheSingular(t *testing.T) {
	idx := New([]Doc{
		{Kind: Lesson, ID: "plural", Title: "Two companies", Fields: []Field{{Text: "The humanities and a series of talks.", Weight: 1}}},
		{Kind: Lesson, ID: "singular", Title: "One company", Fields: []Field{{Text: "A budget and a policy.", Weight: 1}}},
		{Kind: Lesson, ID: "adverbs", Title: "Nearly", Fields: []Field{{Text: "Really, truly, only, early.", Weight: 1}}},
		{Kind: Term, ID: "ends-in-s", Title: "Status analysis", Fields: []Field{{Text: "The bus and the process.", Weight: 1}}},
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"companies", []string{"plural", "singular"}},
		{"company", []string{"singular"}},
		{"humanities", []string{"plural"}},
		{"series", []string{"plural"}},
		{"budgets", []string{"singular"}},
		{"policies", []string{"singular"}},
		{"lies", nil}, // no two-letter stem that matches every adverb
		{"status", []string{"ends-in-s"}},
		{"analysis", []string{"ends-in-s"}},
		{"STATUS", []string{"ends-in-s"}},
		{"processes", []string{"ends-in-s"}},
	}
	for _, tt := range tests {
		if got := ids(idx.Search(tt.query)); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	r := idx.Search("companies")[1]
	title := []rune(r.Doc.Title)
	if len(r.TitleMarks) != 1 || string(title[r.TitleMarks[0].Start:r.TitleMarks[0].End]) != "company" {
		t.Errorf("the singular is not marked in %q: %v", r.Doc.Title, r.TitleMarks)
	}
}

func TestJapaneseKanaOfEveryWidthAndScriptFindEachOther(t *testing.T) {
	idx := New([]Doc{
		{Kind: Lesson, ID: "cloud", Title: "クラウドへの移行", Fields: []Field{{Text: "ロードマップを描き、パートナーを選ぶ。", Weight: 1}}},
		{Kind: Term, ID: "hiragana", Title: "けいえい", Fields: []Field{{Text: "ひらがなの説明。", Weight: 1}}},
	})
	for query, want := range map[string]string{
		"ｸﾗｳﾄﾞ":  "cloud", // half-width, with a voiced mark
		"ﾊﾟｰﾄﾅｰ": "cloud", // a semi-voiced mark
		"ろーどまっぷ": "cloud", // hiragana for katakana
		"ケイエイ":   "hiragana",
		"ｹｲｴｲ":   "hiragana",
	} {
		if got := ids(idx.Search(query)); !slices.Equal(got, []string{want}) {
			t.Errorf("Search(%q) = %v, want [%s]", query, got, want)
		}
	}
	r := idx.Search("ｸﾗｳﾄﾞ")[0]
	if title := []rune(r.Doc.Title); len(r.TitleMarks) != 1 || string(title[r.TitleMarks[0].Start:r.TitleMarks[0].End]) != "クラウド" {
		t.Errorf("marks %v in %q", r.TitleMarks, r.Doc.Title)
	}
}

func TestAVeryLongQueryIsClipped(t *testing.T) {
	long := strings.Repeat("あ", 10000)
	if got := len([]rune(Clip(long))); got != MaxQuery {
		t.Errorf("Clip kept %d characters, want %d", got, MaxQuery)
	}
	if got := Clip("cto"); got != "cto" {
		t.Errorf("Clip(%q) = %q", "cto", got)
	}
	idx := New([]Doc{{Kind: Lesson, ID: "a", Title: "CTO " + strings.Repeat("x", MaxQuery+10)}})
	if got := ids(idx.Search("cto " + strings.Repeat("x", MaxQuery+10) + " nothing-else")); !slices.Equal(got, []string{"a"}) {
		t.Errorf("the words past the limit still count: %v", got)
	}
}

func TestStraightAndCurlyApostrophesFindEachOther(t *testing.T) {
	idx := New([]Doc{{Kind: Lesson, ID: "curly", Title: "The CTO’s week"}, {Kind: Lesson, ID: "straight", Title: "A CIO's day"}})
	for _, tt := range []struct{ query, want string }{{"CTO's", "curly"}, {"CIO’s", "straight"}} {
		got := idx.Search(tt.query)
		if len(got) != 1 || got[0].Doc.ID != tt.want {
			t.Errorf("%q found %v, want only %s", tt.query, got, tt.want)
		}
	}
}

func TestFoldComparesTheWayTheSearchDoes(t *testing.T) {
	for in, want := range map[string]string{
		"ＣＴＯ":    "cto",
		"てっくりーど": "テックリード",
		"ｸﾗｳﾄﾞ":  "クラウド",
		"CTO’s":  "cto's",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
