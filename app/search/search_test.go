package search

import (
	"regexp"
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
	if !slices.Equal(marked, []string{"Budgets", "CTO", "budget"}) {
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

// markedWords returns the marked parts of text.
func markedWords(text string, spans []Span) []string {
	runes := []rune(text)
	var out []string
	for _, m := range spans {
		out = append(out, string(runes[m.Start:m.End]))
	}
	return out
}

func TestALatinQueryMatchesWholeWordsOnly(t *testing.T) {
	idx := New([]Doc{
		{Kind: Term, ID: "board", Title: "Board director", Fields: []Field{{Text: "Directors sit on the board with other directors.", Weight: 1}}},
		{Kind: Lesson, ID: "ctos", Title: "What CTOs do", Fields: []Field{{Text: "Two CTOs and a CTO’s week.", Weight: 1}}},
		{Kind: Lesson, ID: "ko", Title: "CTO와 CIO", Fields: []Field{{Text: "CISO·CPO와 함께 일하는 CTO의 하루", Weight: 1}}},
	})
	if got := ids(idx.Search("cto")); !slices.Equal(got, []string{"ctos", "ko"}) {
		t.Errorf("cto found %v: the cto inside director must not count", got)
	}
	r := idx.Search("cto")[0]
	if got := markedWords(r.Doc.Title, r.TitleMarks); !slices.Equal(got, []string{"CTOs"}) {
		t.Errorf("title %q marks %q, want the whole word CTOs", r.Doc.Title, got)
	}
	if got := markedWords(r.Snippet, r.Marks); !slices.Equal(got, []string{"CTOs", "CTO"}) {
		t.Errorf("snippet %q marks %q, want CTOs and the CTO of CTO’s", r.Snippet, got)
	}
	// A Latin word joined to a Korean particle is still found, and the
	// particle is not marked.
	r = idx.Search("cto")[1]
	if got := markedWords(r.Doc.Title, r.TitleMarks); !slices.Equal(got, []string{"CTO"}) {
		t.Errorf("title %q marks %q", r.Doc.Title, got)
	}
	if got := ids(idx.Search("cpo")); !slices.Equal(got, []string{"ko"}) {
		t.Errorf("cpo after a middle dot found %v", got)
	}
	// The start of a word is enough while the learner is still typing, and
	// the whole word is marked.
	r = idx.Search("direct")[0]
	if got := markedWords(r.Doc.Title, r.TitleMarks); !slices.Equal(got, []string{"director"}) {
		t.Errorf("direct marks %q in %q", got, r.Doc.Title)
	}
}

func TestASnippetStartsAndEndsBetweenWords(t *testing.T) {
	words := "Many companies buy software as SaaS, web services and tools that customers and other outside users rely on every day. "
	text := strings.Repeat(words, 3) + "The CTO usually reports to the CEO, though some companies place the CTO under the CIO. " + strings.Repeat(words, 3)
	idx := New([]Doc{{Kind: Term, ID: "cto", Title: "Chief technology officer", Fields: []Field{{Text: text, Weight: 1}}}})
	r := idx.Search("cto")[0]
	snippet := strings.TrimSuffix(strings.TrimPrefix(r.Snippet, "…"), "…")
	if !strings.HasPrefix(r.Snippet, "…") || !strings.HasSuffix(r.Snippet, "…") {
		t.Fatalf("snippet %q is not cut on both sides", r.Snippet)
	}
	first, last := strings.Fields(snippet)[0], strings.Fields(snippet)[len(strings.Fields(snippet))-1]
	whole := strings.Fields(text)
	if !slices.Contains(whole, first) || !slices.Contains(whole, last) {
		t.Errorf("snippet %q opens with %q or closes with %q, not whole words", r.Snippet, first, last)
	}
	if snippet != strings.TrimSpace(snippet) {
		t.Errorf("snippet %q keeps the spaces at its cuts", r.Snippet)
	}
	if got := markedWords(r.Snippet, r.Marks); len(got) == 0 || got[0] != "CTO" {
		t.Errorf("snippet %q marks %q", r.Snippet, got)
	}

	// Korean is cut at a space or after a middle dot, never inside a word.
	ko := strings.Repeat("최고경영진과 함께 ", 4) + "CISO·CPO와 함께 일하는 CTO는 기술 전략을 세우고 조직을 이끌며 제품의 방향을 정합니다. " + strings.Repeat("다른 임원들과 협력합니다 ", 4)
	idx = New([]Doc{{Kind: Lesson, ID: "ko", Title: "임원", Fields: []Field{{Text: ko, Weight: 1}}}})
	r = idx.Search("CTO")[0]
	snippet = strings.TrimSuffix(strings.TrimPrefix(r.Snippet, "…"), "…")
	for _, w := range []string{strings.Fields(snippet)[0], strings.Fields(snippet)[len(strings.Fields(snippet))-1]} {
		if !strings.Contains(" "+strings.ReplaceAll(ko, "·", " ")+" ", " "+w+" ") && !strings.HasPrefix(w, "CPO") {
			t.Errorf("Korean snippet %q is cut inside the word %q", r.Snippet, w)
		}
	}
	if strings.Contains(r.Snippet, "…SO") || strings.Contains(r.Snippet, "…O·") {
		t.Errorf("Korean snippet %q opens inside CISO", r.Snippet)
	}
}

// A snippet that runs across the lines of a list (a role's duties, a
// card's answer points) keeps them apart, and its marks stay on the word.
func TestASnippetAcrossTheLinesOfAListKeepsThemApart(t *testing.T) {
	text := "Runs the IT department\nContrast it with the CTO\nKeeps vendors in line"
	idx := New([]Doc{{Kind: Role, ID: "cio", Title: "CIO", Fields: []Field{{Text: text, Weight: 1}}}})
	r := idx.Search("cto")[0]
	if !strings.Contains(r.Snippet, "department\u2060\u00a0· Contrast") || strings.Contains(r.Snippet, "\n") {
		t.Errorf("snippet %q runs the lines together", r.Snippet)
	}
	if got := markedWords(r.Snippet, r.Marks); len(got) != 1 || got[0] != "CTO" {
		t.Errorf("snippet %q marks %q", r.Snippet, got)
	}
}

// A result found by its title alone still says a line about itself: the
// opening of its weightiest field, cut between words, with nothing marked.
func TestAResultFoundByItsTitleAloneOpensItsWeightiestField(t *testing.T) {
	points := "Name the board's worries first\nThen say how you would measure the risk, and who reports it to whom each quarter, in which meeting and with which figures at hand"
	idx := New([]Doc{{Kind: Question, ID: "risk", Title: "How do you report security risk?", Fields: []Field{
		{Text: "", Weight: 2},
		{Text: points, Weight: 1},
	}}})
	r := idx.Search("security")[0]
	if !strings.HasPrefix(r.Snippet, "Name the board's worries first\u2060\u00a0· Then") || !strings.HasSuffix(r.Snippet, "…") {
		t.Errorf("the snippet is %q", r.Snippet)
	}
	if len(r.Marks) != 0 {
		t.Errorf("the snippet marks %v", r.Marks)
	}
	if strings.HasSuffix(r.Snippet, ",…") {
		t.Errorf("the snippet %q ends on a comma", r.Snippet)
	}
	if words := strings.Fields(strings.TrimSuffix(r.Snippet, "…")); !regexp.MustCompile(`\b` + regexp.QuoteMeta(words[len(words)-1]) + `\b`).MatchString(points) {
		t.Errorf("the snippet %q ends inside a word", r.Snippet)
	}
}
