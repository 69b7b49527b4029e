//go:build !wasm

package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cxopath/cxopath/locales"
)

func TestTheContentAndTheInterfaceKeepTheHouseStyle(t *testing.T) {
	if err := CheckStyle(Source, locales.Files); err != nil {
		t.Error(err)
	}
}

func TestTheHouseStyleNamesTheFileTheFieldAndThePreferredTerm(t *testing.T) {
	style := `[[term]]
use = "레슨"
avoid = ["강의"]
why = "one word for a lesson"
`
	content := fstest.MapFS{
		"style/ko.toml":      {Data: []byte(style)},
		"style/en.toml":      {Data: []byte("[[term]]\nuse = \"digital transformation (DX)\"\navoid = [\"slip processing\"]\nwhy = \"a calque\"\n")},
		"style/ja.toml":      {Data: []byte("")},
		"lessons/pay/ko.md":  {Data: []byte("+++\ntitle = \"보수\"\n[quiz.base]\noptions = [\"강의 목록\", \"b\"]\n+++\n\n## 본문 {#a}\n\n이 강의는 [CTO란](lesson:what) 다음입니다.\n")},
		"lessons/what/ko.md": {Data: []byte("+++\ntitle = \"CTO란 무엇인가\"\n+++\n")},
		"lessons/pay/en.md":  {Data: []byte("+++\ntitle = \"Pay\"\n+++\n\nNo slip-processing here, but slip processing there; and [pay](lesson:pay).\n")},
		"lessons/pay/ja.md":  {Data: []byte("+++\ntitle = \"報酬\"\nsummary = \"CTOとは?\"\n+++\n")},
		"glossary/ko.toml":   {Data: []byte("# 강의 in a comment is no problem\n[dx]\nterm = \"DX\"\ndefinition = \"강의\"\n")},
	}
	messages := fstest.MapFS{
		"active.ko.toml": {Data: []byte("[Study]\ndescription = \"강의 in a note to translators\"\nother = \"추천 강의\"\n")},
		"active.en.toml": {Data: []byte("")},
		"active.ja.toml": {Data: []byte("")},
	}
	err := CheckStyle(content, messages)
	if err == nil {
		t.Fatal("no problem found")
	}
	got := err.Error()
	for _, want := range []string{
		`lessons/pay/ko.md:4 (quiz.base.options): "강의": write "레슨" (one word for a lesson)`,
		`lessons/pay/ko.md:9 (body): "강의"`,
		`lessons/pay/ko.md:9 (body): the link [CTO란] to lesson what: label it with the lesson's title "CTO란 무엇인가"`,
		`glossary/ko.toml:4 (dx.definition): "강의"`,
		`locales/active.ko.toml:3 (Study.other): "강의"`,
		`lessons/pay/en.md:5 (body): "slip processing"`,
		`lessons/pay/ja.md:3 (summary): "は?": Japanese text takes full-width`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q:\n%s", want, got)
		}
	}
	for _, unwanted := range []string{"glossary/ko.toml:1", "active.ko.toml:2", "[pay] to lesson pay"} {
		if strings.Contains(got, unwanted) {
			t.Errorf("the report names %q, which is not learner-facing or is right:\n%s", unwanted, got)
		}
	}
	if n := strings.Count(got, "slip processing"); n != 1 {
		t.Errorf("slip-processing is a different word; %d reports of slip processing:\n%s", n, got)
	}
}

func TestNoQuizGivesItsAnswerAwayByItsShape(t *testing.T) {
	c, err := Load(Source)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ko", "ja"} {
		s := c.QuizShape(lang)
		t.Logf("%s: right option longest in %d of %d questions (%.0f%%), largest ratio %.2f at %s, answer positions %v",
			lang, s.LongestRight, s.Questions, 100*float64(s.LongestRight)/float64(s.Questions), s.LargestRatio, s.LargestAt, s.AnswerAt)
		for _, p := range s.Problems() {
			t.Errorf("%s: %s", lang, p)
		}
	}
}

func TestTheQuizCheckFindsABiasedQuiz(t *testing.T) {
	opts := func(right string) []string { return []string{right, "short", "brief"} }
	biased := &Course{}
	for i, id := range []string{"a", "b", "c"} {
		right := "the long and detailed right answer"
		if i == 2 {
			right = "tiny"
		}
		l := &Lesson{ID: id, Quiz: []QuizSpec{{ID: "q", Options: 3, Answer: 0}}, Text: map[string]*LessonText{
			"en": {body: LessonBody{Questions: []Question{{ID: "q", Options: opts(right)}}}},
		}}
		l.Text["en"].bodyOnce.Do(func() {})
		biased.Lessons = append(biased.Lessons, l)
	}
	s := biased.QuizShape("en")
	problems := strings.Join(s.Problems(), "\n")
	if s.LongestRight != 2 || !strings.Contains(problems, "longest in 2 of 3 questions") || !strings.Contains(problems, "a/q") {
		t.Errorf("shape %+v, problems %q", s, problems)
	}
	if !strings.Contains(problems, "times as long") {
		t.Errorf("the 6.8× option is not named: %q", problems)
	}
}
