//go:build !wasm

package content

import (
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"
	"github.com/cxopath/cxopath/app/locale"
)

func TestASourcesProblemIsReportedWithItsFileAndField(t *testing.T) {
	tests := []struct {
		name string
		file string
		edit func(string) string
		want string
	}{
		{"a fact without a source", "lessons/intro/lesson.toml", func(s string) string {
			return strings.Replace(s, `pay = { usd = 256604, source = "survey" }`, `pay = { usd = 256604 }`, 1)
		}, `lessons/intro/lesson.toml: facts.pay: names no source`},
		{"a fact naming an unknown source", "lessons/intro/lesson.toml", func(s string) string {
			return strings.Replace(s, `source = "survey" }`, `source = "rumour" }`, 1)
		}, `lessons/intro/lesson.toml: facts.pay.source: no source "rumour" in sources/sources.toml`},
		{"a source no fact names", "sources/sources.toml", func(s string) string {
			return s + "[[source]]\nid = \"unused\"\npublisher = \"BLS\"\nkind = \"projection\"\nperiod = [2020, 2030]\n"
		}, `sources/sources.toml: source[1] (unused): no fact in any lesson.toml names this source`},
		{"a source without its Korean words", "sources/ko.toml", func(string) string { return "" }, `sources/ko.toml: survey: missing`},
		{"words for a source that does not exist", "sources/ja.toml", func(s string) string {
			return s + "[stray]\ntitle = \"T\"\nmeans = \"M\"\nnot-means = \"N\"\n"
		}, `sources/ja.toml: stray: not in sources/sources.toml`},
		{"a source that does not say what its figures do not mean", "sources/en.toml", func(s string) string {
			return strings.Replace(s, `not-means = "Not total pay."`, `not-means = " "`, 1)
		}, `sources/en.toml: survey.not-means: is empty`},
		{"a source with two dates", "sources/sources.toml", func(s string) string { return s + "year = 2022\n" },
			`sources/sources.toml: source[0] (survey): give exactly one of date, year and period`},
		{"an undated source that says nothing of its date", "sources/sources.toml", func(s string) string {
			return strings.Replace(s, "date = 2022-04-26", "undated = true", 1)
		}, `sources/en.toml: survey.date-note: is empty`},
		{"a source of no known kind", "sources/sources.toml", func(s string) string {
			return strings.Replace(s, `"pay-survey"`, `"blog"`, 1)
		}, `sources/sources.toml: source[0] (survey).kind: "blog" is not one of`},
		{"a source whose publisher is named nowhere", "sources/sources.toml", func(s string) string {
			return strings.Replace(s, `publisher = "Salary.com"`, "", 1)
		}, `sources/en.toml: survey.publisher: is empty`},
		{"a figure in a lesson's title", "lessons/intro/en.md", func(s string) string {
			return strings.Replace(s, `title = "T"`, `title = "Paid {{pay}}"`, 1)
		}, `lessons/intro/en.md: title: a figure cannot stand here`},
		{"a figure inside a link", "lessons/intro/ko.md", func(s string) string {
			return strings.Replace(s, "[DX](term:dx)", "[DX at {{pay}}](term:dx)", 1)
		}, `lessons/intro/ko.md: body: a link did not parse`},
		{"a figure in code", "lessons/intro/ja.md", func(s string) string {
			return strings.Replace(s, "{{pay}}", "`{{pay}}`", 1)
		}, `lessons/intro/ja.md: body: 1 of the body's 2 figures did not become links`},
		{"a fact in a language it is not for", "lessons/intro/lesson.toml", func(s string) string {
			return strings.Replace(s, `source = "survey" }`, `source = "survey", langs = ["en", "ja"] }`, 1)
		}, `lessons/intro/ko.md: body: fact "pay" is not shown in ko`},
		{"a hand-written figure that is not its fact", "lessons/intro/en.md", func(s string) string {
			return strings.Replace(s, "{{pay}}", "[$300,000](fact:pay)", 1)
		}, `lessons/intro/en.md: body: a figure reads "$300,000", not its fact "$256,604"`},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is reported", func(t *testing.T) {
			fs := minimalCourse()
			fs[tt.file] = &fstest.MapFile{Data: []byte(tt.edit(string(fs[tt.file].Data)))}
			_, err := Load(fs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to mention %q", err, tt.want)
			}
		})
	}
}

func TestAFactShownInSomeLanguagesOnlyIsRequiredInThoseOnly(t *testing.T) {
	fs := minimalCourse()
	lesson := string(fs["lessons/intro/lesson.toml"].Data)
	lesson = strings.Replace(lesson, "[facts]\n", "[facts]\nreport = { year = 2018, source = \"survey\", langs = [\"ja\"] }\n", 1)
	fs["lessons/intro/lesson.toml"] = &fstest.MapFile{Data: []byte(lesson)}
	ja := strings.Replace(string(fs["lessons/intro/ja.md"].Data), "Text.", "{{report}}の報告書。", 1)
	fs["lessons/intro/ja.md"] = &fstest.MapFile{Data: []byte(ja)}
	if _, err := Load(fs); err != nil {
		t.Fatalf("a fact for Japanese only, used in Japanese only: %v", err)
	}
	fs["lessons/intro/ja.md"] = &fstest.MapFile{Data: []byte(strings.Replace(ja, "{{report}}", "", 1))}
	if _, err := Load(fs); err == nil || !strings.Contains(err.Error(), "lessons/intro/ja.md: facts.report: fact is never used") {
		t.Errorf("a fact for Japanese that the Japanese text leaves out: error = %v", err)
	}
}

func TestKeyPointsAndQuizzesCiteTheSourcesOfTheirFigures(t *testing.T) {
	fs := minimalCourse()
	for _, lang := range locale.Langs {
		file := "lessons/intro/" + lang + ".md"
		s := strings.Replace(string(fs[file].Data), `keypoints = ["1"`, `keypoints = ["Paid {{pay}} in all"`, 1)
		s = strings.Replace(s, `question = "Q?"`, `question = "Paid {{pay}}?"`, 1)
		fs[file] = &fstest.MapFile{Data: []byte(s)}
	}
	c, err := Load(fs)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := c.Lesson("intro")
	text := l.Text["ko"]
	point := text.KeyPoints[0]
	if point.String() != "Paid 256,604달러 in all" || len(point) != 3 || point[1].Ref != (Ref{SourceRef, "intro--survey"}) {
		t.Errorf("the key point reads %q as %+v, want its figure linked to its source", point.String(), point)
	}
	q := text.Body().Questions
	if q[0].Question != "Paid 256,604달러?" || len(q[0].Sources) != 1 || q[0].Sources[0] != "intro--survey" {
		t.Errorf("the first question is %q citing %q, want its figure filled and its source cited", q[0].Question, q[0].Sources)
	}
	if len(q[1].Sources) != 0 {
		t.Errorf("a question without figures cites %q", q[1].Sources)
	}
	if len(text.Citations) != 1 || text.Citations[0].Source != "survey" || strings.Join(text.Citations[0].Facts, " ") != "pay day" {
		t.Errorf("the lesson cites %+v, want the survey for pay, then day", text.Citations)
	}
	if _, src, ok := c.EntrySource("intro--survey"); !ok || src.Publisher != "Salary.com" {
		t.Errorf("the entry intro--survey resolves to %+v, %v", src, ok)
	}
}

func TestNewKindsOfFactAreWrittenAsEachLanguageWritesThem(t *testing.T) {
	pc, m, y, d := 7.7, 153.5, 2009, 1990
	tests := []struct {
		fact Fact
		want map[string]string
	}{
		{Fact{Percent: &pc}, map[string]string{"en": "7.7%", "ko": "7.7%", "ja": "7.7%"}},
		{Fact{Millions: &m}, map[string]string{"en": "153.5 million", "ko": "1억 5,350만", "ja": "1億5,350万"}},
		{Fact{Year: &y}, map[string]string{"en": "2009", "ko": "2009년", "ja": "2009年"}},
		{Fact{Decade: &d}, map[string]string{"en": "1990s", "ko": "1990년대", "ja": "1990年代"}},
	}
	for _, tt := range tests {
		for lang, want := range tt.want {
			if got := tt.fact.Format(lang); got != want {
				t.Errorf("%s: %q, want %q", lang, got, want)
			}
		}
	}
}

// TestEveryFigureInTheLessonsLinksToItsSource counts the placeholders each
// lesson file writes in its key points and body, and the figures linked to
// a Sources page entry that the course shows there; a quiz question with a
// figure must cite its source.
func TestEveryFigureInTheLessonsLinksToItsSource(t *testing.T) {
	c, err := Load(Source)
	if err != nil {
		t.Fatalf("the content has problems:\n%v", err)
	}
	for _, l := range c.Lessons {
		for _, lang := range locale.Langs {
			file := path.Join("lessons", l.ID, lang+".md")
			data, err := fs.ReadFile(Source, file)
			if err != nil {
				t.Fatal(err)
			}
			front, body, _ := splitFrontMatter(string(data))
			var fm frontMatter
			if _, err := toml.Decode(front, &fm); err != nil {
				t.Fatal(err)
			}
			written := len(placeholder.FindAllString(strings.Join(fm.KeyPoints, "\n")+body, -1))
			text := l.Text[lang]
			var linked []Inline
			for _, k := range text.KeyPoints {
				linked = append(linked, figures(k)...)
			}
			b := text.Body()
			for _, s := range b.Sections {
				linked = append(linked, figures(s.Title)...)
				for _, bl := range s.Blocks {
					linked = append(linked, blockFigures(bl)...)
				}
			}
			if len(linked) != written {
				t.Errorf("%s: %d figures in the key points and text, %d of them linked to a source", file, written, len(linked))
			}
			for _, f := range linked {
				entry, src, ok := c.EntrySource(f.Ref.ID)
				if !ok || entry != l || src.Text[lang].Title == "" {
					t.Errorf("%s: the figure %q links to %q, which is no entry of this lesson", file, PlainText(f.Children), f.Ref.ID)
				}
			}
			for _, q := range b.Questions {
				raw := fm.Quiz[q.ID]
				if placeholder.MatchString(raw.Question+strings.Join(raw.Options, "")+strings.Join(raw.Feedback, "")) && len(q.Sources) == 0 {
					t.Errorf("%s: quiz.%s has figures but cites no source", file, q.ID)
				}
			}
		}
	}
}

func figures(inlines []Inline) []Inline {
	var out []Inline
	for _, in := range inlines {
		if in.Kind == Link && in.Ref.Kind == SourceRef {
			out = append(out, in)
		}
		out = append(out, figures(in.Children)...)
	}
	return out
}

func blockFigures(b Block) []Inline {
	out := figures(b.Inlines)
	for _, item := range b.Items {
		for _, ib := range item {
			out = append(out, blockFigures(ib)...)
		}
	}
	for _, cell := range b.Header {
		out = append(out, figures(cell)...)
	}
	for _, row := range b.Rows {
		for _, cell := range row {
			out = append(out, figures(cell)...)
		}
	}
	return out
}
