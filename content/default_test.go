package content

import "testing"

// This test runs natively and, compiled to WASM, inside the browser.
func TestTheShippedCourseDecodes(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Lessons) < 12 || len(c.Glossary) < 30 {
		t.Fatalf("%d lessons and %d terms", len(c.Lessons), len(c.Glossary))
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
	if _, ok := c.Term("dx"); !ok {
		t.Error("the glossary has no dx")
	}
	if prev, next := c.Neighbours(c.Lessons[0].ID); prev != nil || next != c.Lessons[1] {
		t.Error("the first lesson's neighbours are wrong")
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

func TestADamagedCourseIsRefused(t *testing.T) {
	for name, data := range map[string]string{
		"no bodies":       `{"Lessons":[{"ID":"a","Text":{"en":{"Title":"A"}}}]}`,
		"too many bodies": "{\"Lessons\":[{\"ID\":\"a\",\"Text\":{\"en\":{}}}]}\n{}\n{}",
		"not JSON at all": "<html>",
	} {
		if _, err := decode([]byte(data)); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	c, err := decode([]byte("{\"Lessons\":[{\"ID\":\"a\",\"Text\":{\"en\":{},\"ja\":{}}}]}\n{\"Sections\":[{\"ID\":\"en\"}]}\n{\"Sections\":7}\n"))
	if err != nil {
		t.Fatal(err)
	}
	l, _ := c.Lesson("a")
	if en := l.Text["en"]; en.BodyErr() != nil || en.Body().Sections[0].ID != "en" {
		t.Errorf("the English body reads %+v, %v", en.Body(), en.BodyErr())
	}
	if ja := l.Text["ja"]; ja.BodyErr() == nil || ja.Body().Sections != nil {
		t.Error("a body that does not decode reads as set, or without an error")
	}
}

func BenchmarkDecodeCourse(b *testing.B) {
	for b.Loop() {
		if _, err := decode(compiled); err != nil {
			b.Fatal(err)
		}
	}
}
