//go:build !wasm

package content

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cxopath/cxopath/app/locale"
)

func TestTheCompiledCourseIsCurrent(t *testing.T) {
	course, texts, err := Compile()
	if err != nil {
		t.Fatalf("the content has problems:\n%v", err)
	}
	source, err := GoSource(course)
	if err != nil {
		t.Fatal(err)
	}
	if current, err := os.ReadFile("course_gen.go"); err != nil || !bytes.Equal(current, source) {
		t.Error("content/course_gen.go is stale: run `make content` (or `go generate ./content`)")
	}
	// The Go value is what the JSON says, field for field.
	if f, err := decodeCourseFile(course); err != nil || !reflect.DeepEqual(f, compiledCourse) {
		t.Errorf("course_gen.go does not hold the compiled course (%v)", err)
	}
	built := builtInText()
	for lang, data := range texts {
		if !bytes.Equal(built[lang], data) {
			t.Errorf("content/%s is stale: run `make content`", TextFile(lang))
		}
	}
	if len(built) != len(texts) {
		t.Errorf("%d compiled text files, want %d", len(built), len(texts))
	}
}

func TestTheCourseIsComplete(t *testing.T) {
	c, err := Load(Source)
	if err != nil {
		t.Fatalf("the content has problems:\n%v", err)
	}
	if len(c.Lessons) < 12 {
		t.Errorf("the course has %d lessons, want at least 12", len(c.Lessons))
	}
	if len(c.Glossary) < 30 {
		t.Errorf("the glossary has %d terms, want at least 30", len(c.Glossary))
	}
	for _, l := range c.Lessons {
		for _, lang := range locale.Langs {
			lt := l.Text[lang]
			if lt == nil {
				t.Errorf("lesson %s has no %s text", l.ID, lang)
				continue
			}
			if lt.Minutes < 2 || lt.Minutes > 15 {
				t.Errorf("lesson %s in %s reads in %d minutes; a lesson should take 2 to 15", l.ID, lang, lt.Minutes)
			}
			if strings.Contains(lt.Title+lt.Summary, "{{") {
				t.Errorf("lesson %s in %s has an unfilled placeholder", l.ID, lang)
			}
		}
	}
}

// minimalCourse is a valid one-lesson course; tests break one thing at a time.
func minimalCourse() fstest.MapFS {
	fs := fstest.MapFS{
		"lessons/index.toml": {Data: []byte("[[group]]\nid = \"basics\"\nlessons = [\"intro\"]\n")},
		"lessons/intro/lesson.toml": {Data: []byte(`sections = ["a", "b", "c", "d"]
glossary = ["dx"]
roles = ["cto"]
[facts]
pay = { usd = 256604, source = "survey" }
day = { date = 2022-04-26, source = "survey" }
[[quiz]]
id = "q1"
options = 2
answer = 1
[[quiz]]
id = "q2"
options = 2
answer = 0
[[quiz]]
id = "q3"
options = 2
answer = 0
`)},
		"glossary/terms.toml": {Data: []byte(`order = ["dx"]`)},
		"sources/sources.toml": {Data: []byte(`[[source]]
id = "survey"
publisher = "Salary.com"
kind = "pay-survey"
date = 2022-04-26
`)},
		"roles/index.toml": {Data: []byte(`order = ["cto"]` + "\nskills = [\"a\", \"b\", \"c\", \"d\", \"e\"]\n[superiors]\nceo = \"dx\"\n")},
		"roles/cto/role.toml": {Data: []byte(`facing = "outward"
reports-to = ["ceo"]
skills = ["a", "b", "c", "d"]
lessons = ["intro"]
`)},
		"checklist/checklist.toml": {Data: []byte(`areas = ["tech"]
[[item]]
id = "stack"
area = "tech"
lessons = ["intro"]
weights = { cto = 3 }
`)},
		"interview/questions.toml": {Data: []byte(`topics = ["vision"]
[[question]]
id = "role"
role = "cto"
topic = "vision"
points = 3
lessons = ["intro"]
`)},
	}
	for _, lang := range locale.Langs {
		fs["lessons/"+lang+".toml"] = &fstest.MapFile{Data: []byte("[groups]\nbasics = \"Basics\"\n")}
		fs["interview/"+lang+".toml"] = &fstest.MapFile{Data: []byte("[topics]\nvision = \"Vision\"\n[questions.role]\nquestion = \"What is a CTO?\"\npoints = [\"1\", \"2\", \"3\"]\n")}
		fs["checklist/"+lang+".toml"] = &fstest.MapFile{Data: []byte("[areas.tech]\nname = \"Tech\"\nphrase = \"tech\"\n[items]\nstack = \"I chose a stack.\"\n")}
		fs["roles/skills/"+lang+".toml"] = &fstest.MapFile{Data: []byte("a = \"A\"\nb = \"B\"\nc = \"C\"\nd = \"D\"\ne = \"E\"\n")}
		fs["roles/cto/"+lang+".toml"] = &fstest.MapFile{Data: []byte(`name = "CTO"
title = "Chief Technology Officer"
mission = "Grow the business with technology."
responsibilities = ["1", "2", "3"]
where = "SaaS."
path = ["1", "2", "3"]
success = ["1", "2", "3"]
pressures = ["1", "2", "3"]
`)}
		fs["glossary/"+lang+".toml"] = &fstest.MapFile{Data: []byte("[dx]\nterm = \"DX\"\ndefinition = \"Change.\"\n")}
		fs["sources/"+lang+".toml"] = &fstest.MapFile{Data: []byte("[survey]\ntitle = \"CTO pay\"\nmeans = \"Base salary.\"\nnot-means = \"Not total pay.\"\n")}
		var quiz string
		for _, q := range []string{"q1", "q2", "q3"} {
			quiz += "[quiz." + q + "]\nquestion = \"Q?\"\noptions = [\"a\", \"b\"]\nfeedback = [\"no\", \"yes\"]\n"
		}
		fs["lessons/intro/"+lang+".md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"T\"\nsummary = \"S\"\nkeypoints = [\"1\", \"2\", \"3\"]\n" + quiz + "+++\n" +
			"## A {#a}\n\nPaid {{pay}} on {{day}}, see [DX](term:dx).\n\n## B {#b}\n\n- one\n- two\n\n## C {#c}\n\n### Sub\n\nText.\n\n## D {#d}\n\n| x | y |\n|---|---|\n| 1 | 2 |\n")}
	}
	return fs
}

func TestLoadReadsAValidCourse(t *testing.T) {
	c, err := Load(minimalCourse())
	if err != nil {
		t.Fatal(err)
	}
	l, ok := c.Lesson("intro")
	if !ok {
		t.Fatal("lesson intro not found")
	}
	tests := map[string]string{"en": "Paid $256,604 on 26 April 2022, see DX.", "ko": "Paid 256,604달러 on 2022년 4월 26일, see DX.", "ja": "Paid 256,604ドル on 2022年4月26日, see DX."}
	for lang, want := range tests {
		first := l.Text[lang].Body().Sections[0].Blocks[0]
		if got := locale.DropBreakHints(PlainText(first.Inlines)); got != want {
			t.Errorf("%s: facts are filled as %q, want %q", lang, got, want)
		}
		figure := Ref{Kind: SourceRef, ID: "intro--survey"}
		if pay, day := first.Inlines[1], first.Inlines[3]; pay.Kind != Link || pay.Ref != figure || day.Ref != figure {
			t.Errorf("%s: figures parsed as %+v and %+v, want links to %+v", lang, pay, day, figure)
		}
		if link := first.Inlines[5]; link.Kind != Link || link.Ref != (Ref{TermRef, "dx"}) {
			t.Errorf("%s: glossary link parsed as %+v", lang, link)
		}
	}
	secs := l.Text["en"].Body().Sections
	if secs[1].Blocks[0].Kind != BulletList || len(secs[1].Blocks[0].Items) != 2 {
		t.Errorf("list parsed as %+v", secs[1].Blocks[0])
	}
	if secs[2].Blocks[0].Kind != Subheading || secs[3].Blocks[0].Kind != Table || len(secs[3].Blocks[0].Rows) != 1 {
		t.Errorf("sub-heading or table parsed wrong: %+v %+v", secs[2].Blocks[0], secs[3].Blocks[0])
	}
}

func TestLoadNamesTheFileAndFieldOfEveryProblem(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		edit   func(string) string
		remove bool
		want   string
	}{
		{"a missing language", "lessons/intro/ja.md", nil, true, "lessons/intro/ja.md: missing"},
		{"an answer outside the options", "lessons/intro/lesson.toml", func(s string) string {
			return strings.Replace(s, "answer = 1", "answer = 2", 1)
		}, false, "lessons/intro/lesson.toml: quiz[0].answer"},
		{"an unknown glossary term", "lessons/intro/ko.md", func(s string) string {
			return strings.Replace(s, "term:dx", "term:nope", 1)
		}, false, `lessons/intro/ko.md: body: link "term:nope"`},
		{"an external link", "lessons/intro/en.md", func(s string) string {
			return strings.Replace(s, "term:dx", "https://example.com", 1)
		}, false, `lessons/intro/en.md: body: link "https://example.com"`},
		{"a duplicate heading id", "lessons/intro/en.md", func(s string) string {
			return strings.Replace(s, "## B {#b}", "## B {#a}", 1)
		}, false, `heading id "a" appears twice`},
		{"sections out of order", "lessons/intro/ja.md", func(s string) string {
			return strings.Replace(strings.Replace(s, "{#c}", "{#x}", 1), "{#d}", "{#c}", 1)
		}, false, "lessons/intro/ja.md: body: section ids"},
		{"an empty title", "lessons/intro/ko.md", func(s string) string {
			return strings.Replace(s, `title = "T"`, `title = ""`, 1)
		}, false, "lessons/intro/ko.md: title: is empty"},
		{"an extra quiz question", "lessons/intro/en.md", func(s string) string {
			return strings.Replace(s, "+++\n##", "[quiz.q9]\nquestion = \"?\"\n+++\n##", 1)
		}, false, "lessons/intro/en.md: quiz.q9: not in lesson.toml"},
		{"too few feedback lines", "lessons/intro/en.md", func(s string) string {
			return strings.Replace(s, `feedback = ["no", "yes"]`, `feedback = ["no"]`, 1)
		}, false, "lessons/intro/en.md: quiz.q1"},
		{"feedback that gives the verdict itself", "lessons/intro/ja.md", func(s string) string {
			return strings.Replace(s, `feedback = ["no", "yes"]`, `feedback = ["違います。理由", "yes"]`, 1)
		}, false, "lessons/intro/ja.md: quiz.q1.feedback[0]: starts with a verdict"},
		{"an unknown fact", "lessons/intro/ko.md", func(s string) string {
			return strings.Replace(s, "{{pay}}", "{{salary}}", 1)
		}, false, `no fact "salary"`},
		{"a fact one language forgets", "lessons/intro/ja.md", func(s string) string {
			return strings.Replace(s, "{{pay}}", "", 1)
		}, false, "lessons/intro/ja.md: facts.pay: fact is never used"},
		{"raw HTML", "lessons/intro/en.md", func(s string) string {
			return strings.Replace(s, "Text.", "<script>x</script>", 1)
		}, false, "not allowed"},
		{"a missing glossary translation", "glossary/ko.toml", func(string) string { return "" }, false, "glossary/ko.toml: dx: missing"},
		{"a Japanese term in kanji without its reading", "glossary/ja.toml", func(string) string {
			return "[dx]\nterm = \"変革\"\ndefinition = \"変わること。\"\n"
		}, false, "glossary/ja.toml: dx.reading: missing"},
		{"a reading in katakana", "glossary/ja.toml", func(string) string {
			return "[dx]\nterm = \"変革\"\nreading = \"ヘンカク\"\ndefinition = \"変わること。\"\n"
		}, false, `glossary/ja.toml: dx.reading: "ヘンカク" is not all hiragana`},
		{"a reading that starts elsewhere than its katakana term", "glossary/ja.toml", func(string) string {
			return "[dx]\nterm = \"デジタル変革\"\nreading = \"へんかく\"\ndefinition = \"変わること。\"\n"
		}, false, `glossary/ja.toml: dx.reading: "へんかく" does not start as the term "デジタル変革" does`},
		{"a reading on a term in Latin letters", "glossary/ja.toml", func(string) string {
			return "[dx]\nterm = \"DX\"\nreading = \"でぃーえっくす\"\ndefinition = \"変わること。\"\n"
		}, false, "glossary/ja.toml: dx.reading: only a Japanese term that begins with kana or kanji has a reading"},
		{"a reading on a Korean term", "glossary/ko.toml", func(string) string {
			return "[dx]\nterm = \"전환\"\nreading = \"てんかん\"\ndefinition = \"바뀜.\"\n"
		}, false, "glossary/ko.toml: dx.reading: only a Japanese term"},
		{"an unknown role", "lessons/intro/lesson.toml", func(s string) string {
			return strings.Replace(s, `roles = ["cto"]`, `roles = ["cfo"]`, 1)
		}, false, `lessons/intro/lesson.toml: roles: no role "cfo"`},
		{"an unlisted lesson folder", "lessons/stray/lesson.toml", func(string) string { return "" }, false, `lesson folder "stray" is not listed`},
		{"a group with no title in one language", "lessons/ko.toml", func(s string) string {
			return strings.Replace(s, `basics = "Basics"`, `other = "Other"`, 1)
		}, false, "lessons/ko.toml: groups.basics: missing"},
		{"a superior with no glossary term", "roles/index.toml", func(s string) string {
			return strings.Replace(s, `ceo = "dx"`, `ceo = "chief"`, 1)
		}, false, `roles/index.toml: superiors.ceo: no glossary term "chief"`},
		{"a role compared with itself", "roles/cto/role.toml", func(s string) string {
			return s + "compare-with = \"cto\"\n"
		}, false, `roles/cto/role.toml: compare-with: "cto" is not another role`},
		{"a role facing nowhere", "roles/cto/role.toml", func(s string) string {
			return strings.Replace(s, `"outward"`, `"sideways"`, 1)
		}, false, `roles/cto/role.toml: facing: "sideways"`},
		{"a role naming an unknown skill", "roles/cto/role.toml", func(s string) string {
			return strings.Replace(s, `"d"]`, `"z"]`, 1)
		}, false, `roles/cto/role.toml: skills: "z"`},
		{"a role reporting to nobody known", "roles/cto/role.toml", func(s string) string {
			return strings.Replace(s, `["ceo"]`, `["cfo"]`, 1)
		}, false, `roles/cto/role.toml: reports-to: "cfo"`},
		{"a role linking to no lesson", "roles/cto/role.toml", func(s string) string {
			return strings.Replace(s, `["intro"]`, `["nope"]`, 1)
		}, false, `roles/cto/role.toml: lessons: no lesson "nope"`},
		{"a role missing a language", "roles/cto/ko.toml", nil, true, "roles/cto/ko.toml: cannot read"},
		{"a role with an empty mission", "roles/cto/ja.toml", func(s string) string {
			return strings.Replace(s, `mission = "Grow the business with technology."`, `mission = " "`, 1)
		}, false, "roles/cto/ja.toml: mission: is empty"},
		{"a role with too few pressures", "roles/cto/en.toml", func(s string) string {
			return strings.Replace(s, `pressures = ["1", "2", "3"]`, `pressures = ["1"]`, 1)
		}, false, "roles/cto/en.toml: pressures: give 3 to 4 items, not 1"},
		{"a role field the format does not have", "roles/cto/en.toml", func(s string) string { return s + "salary = \"x\"\n" }, false, "roles/cto/en.toml: salary: unknown field"},
		{"a checklist item in no known area", "checklist/checklist.toml", func(s string) string {
			return strings.Replace(s, `area = "tech"`, `area = "art"`, 1)
		}, false, `checklist/checklist.toml: item[0].area: "art" is not one of the areas`},
		{"a checklist weight off the scale", "checklist/checklist.toml", func(s string) string {
			return strings.Replace(s, "cto = 3", "cto = 4", 1)
		}, false, "checklist/checklist.toml: item[0].weights.cto: 4 is not 0 to 3"},
		{"a checklist item missing a role's weight", "checklist/checklist.toml", func(s string) string {
			return strings.Replace(s, "cto = 3", "cfo = 3", 1)
		}, false, `checklist/checklist.toml: item[0].weights: no weight for "cto"`},
		{"a checklist item linking to no lesson", "checklist/checklist.toml", func(s string) string {
			return strings.Replace(s, `lessons = ["intro"]`, `lessons = ["nope"]`, 1)
		}, false, `checklist/checklist.toml: item[0].lessons: no lesson "nope"`},
		{"a checklist statement missing in Korean", "checklist/ko.toml", func(s string) string {
			return strings.Replace(s, `stack = "I chose a stack."`, "", 1)
		}, false, "checklist/ko.toml: items.stack: missing"},
		{"a checklist statement the structure does not have", "checklist/ja.toml", func(s string) string {
			return s + "extra = \"?\"\n"
		}, false, "checklist/ja.toml: items.extra: not an item"},
		{"an area without a phrase", "checklist/en.toml", func(s string) string {
			return strings.Replace(s, `phrase = "tech"`, "", 1)
		}, false, "checklist/en.toml: areas.tech: needs a name and a phrase"},
		{"an interview card for no known role", "interview/questions.toml", func(s string) string {
			return strings.Replace(s, `role = "cto"`, `role = "cfo"`, 1)
		}, false, `interview/questions.toml: question[0].role: "cfo" is not a role`},
		{"an interview card on no known topic", "interview/questions.toml", func(s string) string {
			return strings.Replace(s, `topic = "vision"`, `topic = "luck"`, 1)
		}, false, `interview/questions.toml: question[0].topic: "luck"`},
		{"an interview card with too few points", "interview/questions.toml", func(s string) string {
			return strings.Replace(s, "points = 3", "points = 2", 1)
		}, false, "interview/questions.toml: question[0].points: give 3 to 5, not 2"},
		{"answer points one language lacks", "interview/ja.toml", func(s string) string {
			return strings.Replace(s, `, "3"]`, "]", 1)
		}, false, "interview/ja.toml: questions.role.points: give 3 points"},
		{"an interview card missing in Korean", "interview/ko.toml", func(s string) string {
			return strings.Replace(s, "[questions.role]", "[questions.other]", 1)
		}, false, "interview/ko.toml: questions.role: missing"},
		{"an empty question", "interview/en.toml", func(s string) string {
			return strings.Replace(s, `question = "What is a CTO?"`, `question = " "`, 1)
		}, false, "interview/en.toml: questions.role.question: is empty"},
		{"a topic without a name", "interview/en.toml", func(s string) string {
			return strings.Replace(s, `vision = "Vision"`, "", 1)
		}, false, "interview/en.toml: topics.vision: missing"},
		{"a skill without a Japanese name", "roles/skills/ja.toml", func(s string) string {
			return strings.Replace(s, "e = \"E\"\n", "", 1)
		}, false, "roles/skills/ja.toml: e: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is reported", func(t *testing.T) {
			fs := minimalCourse()
			if tt.remove {
				delete(fs, tt.file)
			} else {
				var old string
				if f, ok := fs[tt.file]; ok {
					old = string(f.Data)
				}
				fs[tt.file] = &fstest.MapFile{Data: []byte(tt.edit(old))}
			}
			_, err := Load(fs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to mention %q", err, tt.want)
			}
		})
	}
}

func TestTheRolesAreComplete(t *testing.T) {
	c, err := Load(Source)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			if strings.HasPrefix(line, "roles/") {
				t.Error(line)
			}
		}
	}
	want := []string{"cto", "cio", "cdo", "ciso", "cpo", "vpoe", "techlead"}
	for _, id := range want {
		r, ok := c.Role(id)
		if !ok {
			t.Errorf("no role %s", id)
			continue
		}
		for _, lang := range locale.Langs {
			if r.Text[lang] == nil {
				t.Errorf("role %s has no %s text", id, lang)
			}
		}
	}
}

func TestTheChecklistIsComplete(t *testing.T) {
	c, err := Load(Source)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			if strings.HasPrefix(line, "checklist/") {
				t.Error(line)
			}
		}
	}
	cl := c.Checklist
	if cl == nil {
		t.Fatal("no checklist")
	}
	if n := len(cl.Items); n < 24 || n > 36 {
		t.Errorf("the checklist has %d items, want about 30", n)
	}
	columns := map[string]string{}
	for _, r := range c.Roles {
		core := 0
		var column strings.Builder
		for _, it := range cl.Items {
			if it.Weights[r.ID] == MaxWeight {
				core++
			}
			column.WriteByte(byte('0' + it.Weights[r.ID]))
		}
		if core < 5 {
			t.Errorf("only %d items are core to %s; the fit cannot tell it apart", core, r.ID)
		}
		if other, dup := columns[column.String()]; dup {
			t.Errorf("%s and %s weigh every item the same", other, r.ID)
		}
		columns[column.String()] = r.ID
	}
}

func TestTheInterviewDeckIsComplete(t *testing.T) {
	c, err := Load(Source)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			if strings.HasPrefix(line, "interview/") {
				t.Error(line)
			}
		}
	}
	iv := c.Interview
	if iv == nil {
		t.Fatal("no interview deck")
	}
	perRole := map[string]int{}
	for _, q := range iv.Questions {
		perRole[q.Role]++
	}
	if perRole["cto"] != 20 || perRole["cio"] < 10 {
		t.Errorf("%d CTO and %d CIO questions, want the twenty typical CTO ones and at least ten for the CIO", perRole["cto"], perRole["cio"])
	}
}

func TestEnglishSpellsOutSmallNumbers(t *testing.T) {
	n := func(v int) Fact { return Fact{Number: &v} }
	for _, tt := range []struct {
		fact       Fact
		lang, want string
	}{
		{n(4), "en", "four"},
		{n(9), "en", "nine"},
		{n(10), "en", "10"},
		{n(15), "en", "15"},
		{n(4), "ja", "4"},
		{n(3), "ko", "3"},
	} {
		if got := tt.fact.Format(tt.lang); got != tt.want {
			t.Errorf("%d in %s is written %q, want %q", *tt.fact.Number, tt.lang, got, tt.want)
		}
	}
}

// app.wasm carries the course's shape and none of its words: each
// language's words come back from its text file, every one in its place.
func TestTheCompiledCourseHoldsNoWordsAndTheTextFilesGiveEachBack(t *testing.T) {
	loaded, err := Load(Source)
	if err != nil {
		t.Fatal(err)
	}
	compiled := fromFile(compiledCourse)
	shipped, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ko", "ja"} {
		want := loaded.words(lang)
		if len(want) < 500 {
			t.Fatalf("%s: only %d words in the course", lang, len(want))
		}
		if got := compiled.words(lang); len(got) != len(want) || slices.ContainsFunc(got, func(w string) bool { return w != "" }) {
			t.Errorf("%s: app.wasm carries words: %q…", lang, slices.DeleteFunc(got, func(w string) bool { return w == "" })[:1])
		}
		if got := shipped.words(lang); !slices.Equal(got, want) {
			t.Errorf("%s: the text file gives back other words than the content's", lang)
		}
	}
	// Pages show a term's name in every language; it stays in app.wasm.
	if term, ok := compiled.Term("cto"); !ok || term.Text["ja"].Term == "" || term.Text["ja"].Definition != "" {
		t.Errorf("the compiled CTO term reads %+v", term.Text["ja"])
	}
	l, _ := shipped.Lesson("pay")
	want, _ := loaded.Lesson("pay")
	if !reflect.DeepEqual(l.Text["ko"].KeyPoints, want.Text["ko"].KeyPoints) || l.Text["ja"].Title != want.Text["ja"].Title {
		t.Error("the pay lesson's key points or title differ from the content's")
	}
	if !reflect.DeepEqual(shipped.Checklist.Text, loaded.Checklist.Text) || !reflect.DeepEqual(shipped.Interview.Text, loaded.Interview.Text) || !reflect.DeepEqual(shipped.SkillNames, loaded.SkillNames) {
		t.Error("the self-assessment, the interview deck or the skills' names differ from the content's")
	}
}
