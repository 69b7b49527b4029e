package content

import (
	"runtime"
	"slices"
	"testing"
)

// This test runs natively and, compiled to WASM, inside the browser.
func TestTheShippedCourseDecodes(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Lessons) < 12 || len(c.Glossary) < 30 {
		t.Fatalf("%d lessons and %d terms", len(c.Lessons), len(c.Glossary))
	}
	if _, ok := c.Term("dx"); !ok {
		t.Error("the glossary has no dx")
	}
	if prev, next := c.Neighbours(c.Lessons[0].ID); prev != nil || next != c.Lessons[1] {
		t.Error("the first lesson's neighbours are wrong")
	}
	if runtime.GOARCH == "wasm" {
		// The browser fetches each language's text: app.wasm carries none.
		for _, lang := range []string{"en", "ko", "ja"} {
			if c.HasText(lang) || c.TextVersions[lang] == "" {
				t.Errorf("%s: text built into the WASM (%v), or no version to fetch (%q)", lang, c.HasText(lang), c.TextVersions[lang])
			}
		}
		return
	}
	l, ok := c.Lesson("pay")
	if !ok || l.Text["ko"] == nil || len(l.Text["ko"].Body().Sections) == 0 {
		t.Fatal("the pay lesson has no Korean sections")
	}
	for _, l := range c.Lessons {
		for lang, text := range l.Text {
			if err := text.BodyErr(); err != nil || len(text.Body().Sections) != len(l.Sections) {
				t.Errorf("%s in %s: the body does not decode (%v) or lacks sections", l.ID, lang, err)
			}
		}
	}
}

func TestScore(t *testing.T) {
	l := &Lesson{Quiz: []QuizSpec{{ID: "a", Options: 3, Answer: 1}, {ID: "b", Options: 2, Answer: 0}, {ID: "c", Options: 4, Answer: 3}}}
	tests := []struct {
		name              string
		answers           map[string]int
		correct, answered int
	}{
		{"nothing answered", nil, 0, 0},
		{"all right", map[string]int{"a": 1, "b": 0, "c": 3}, 3, 3},
		{"all wrong", map[string]int{"a": 0, "b": 1, "c": 0}, 0, 3},
		{"some answered", map[string]int{"a": 1, "c": 2}, 1, 2},
		{"answers to questions that no longer exist are ignored", map[string]int{"a": 1, "gone": 0}, 1, 1},
		{"an option out of range counts as wrong", map[string]int{"b": 7}, 0, 1},
	}
	for _, tt := range tests {
		if c, a := l.Score(tt.answers); c != tt.correct || a != tt.answered {
			t.Errorf("%s: %d of %d, want %d of %d", tt.name, c, a, tt.correct, tt.answered)
		}
	}
}

func TestADamagedCourseOrTextFileIsRefused(t *testing.T) {
	if _, err := decode([]byte("<html>")); err == nil {
		t.Error("a course that is not JSON decoded")
	}
	// Two bodies, the sources' words, then a line for each of the course's
	// words: each lesson's title and summary.
	words := "What a CTO does\nThe role in brief\nCTO or CIO\n\n"
	text := []byte("{\"Sections\":[{\"ID\":\"en\"}]}\n{\"Sections\":7}\n{\"survey\":{\"Title\":\"CTO pay\"}}\n" + words)
	courseFor := func(text []byte) *Course {
		c, err := decode([]byte(`{"Lessons":[{"ID":"a","Text":{"en":{}}},{"ID":"b","Text":{"en":{}}}],"Sources":[{"ID":"survey"}],"TextChecks":{"en":"` + TextCheck(text) + `"}}`))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	course := func() *Course { return courseFor(text) }
	badWords := []byte("{}\n{}\n[\"not\", \"words\"]\n" + words)
	if err := courseFor(badWords).AttachText("en", badWords); err == nil {
		t.Error("a text file whose sources' words do not decode attached")
	}
	c := course()
	a, _ := c.Lesson("a")
	if c.HasText("en") || a.Text["en"].BodyErr() == nil || a.Text["en"].Body().Sections != nil {
		t.Error("a body reads as there before its text file is attached")
	}
	if a.Text["en"].Title != "" {
		t.Errorf("a title reads %q before its text file is attached", a.Text["en"].Title)
	}
	for name, data := range map[string][]byte{
		"another version": []byte("{}\n{}\n"),
		"too few bodies":  []byte("{}\n"),
		"empty":           nil,
		// The right number of lines, checked against the wrong file.
		"without its words": []byte("{}\n{}\n{}\nWhat a CTO does\nThe role in brief\nCTO or CIO\n"),
		"a word too many":   append(slices.Clip(text), "Extra\n"...),
	} {
		if err := courseFor(data).AttachText("en", data); err == nil {
			t.Errorf("%s: attached", name)
		}
		if err := course().AttachText("en", data); err == nil {
			t.Errorf("%s: attached in place of the right file", name)
		}
	}
	if err := c.AttachText("en", text); err != nil {
		t.Fatal(err)
	}
	if s, _ := c.Source("survey"); s.Text["en"].Title != "CTO pay" {
		t.Errorf("the source's words read %+v after attaching", s.Text)
	}
	b, _ := c.Lesson("b")
	if a.Text["en"].Title != "What a CTO does" || a.Text["en"].Summary != "The role in brief" || b.Text["en"].Title != "CTO or CIO" || b.Text["en"].Summary != "" {
		t.Errorf("the words read %q and %q after attaching", a.Text["en"].Title+" · "+a.Text["en"].Summary, b.Text["en"].Title+" · "+b.Text["en"].Summary)
	}
	if en := a.Text["en"]; !c.HasText("en") || en.BodyErr() != nil || en.Body().Sections[0].ID != "en" {
		t.Errorf("the first body reads %+v, %v", en.Body(), en.BodyErr())
	}
	if en := b.Text["en"]; en.BodyErr() == nil || en.Body().Sections != nil {
		t.Error("a body that does not decode reads as set, or without an error")
	}
	if err := c.AttachText("ja", text); err == nil {
		t.Error("a text file attached to a language the course has no version for")
	}
}

// BenchmarkStartCourse measures what the app does with the course as it
// starts: it indexes the value compiled into it, and decodes nothing.
func BenchmarkStartCourse(b *testing.B) {
	for b.Loop() {
		fromFile(compiledCourse)
	}
}

func TestTheCompiledCourseNamesWhomEachRoleReportsTo(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Roles {
		for _, id := range r.ReportsTo {
			if _, ok := c.Term(c.Superiors[id]); !ok {
				t.Errorf("%s reports to %q, which the compiled course does not name", r.ID, id)
			}
		}
	}
}
