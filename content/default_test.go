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
	if !ok || l.Text["ko"] == nil || len(l.Text["ko"].Sections) == 0 {
		t.Fatal("the pay lesson has no Korean sections")
	}
	if _, ok := c.Term("dx"); !ok {
		t.Error("the glossary has no dx")
	}
	if prev, next := c.Neighbours(c.Lessons[0].ID); prev != nil || next != c.Lessons[1] {
		t.Error("the first lesson's neighbours are wrong")
	}
}
