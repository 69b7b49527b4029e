package content

import (
	"encoding/json"
	"maps"
	"slices"
)

// The browser decodes the course as the app starts, on every visit, and a
// visit opens few lessons. So course.json keeps each lesson's body (its
// quiz and text, two thirds of the course) on a line of its own, and a body
// is decoded when a page first reads it.

// Body returns the quiz and text of the lesson, decoding them on the first
// call. A body that does not decode reads as empty; BodyErr tells why (the
// content tests decode every one).
func (t *LessonText) Body() *LessonBody {
	t.bodyOnce.Do(func() {
		if t.bodyJSON != nil {
			t.bodyErr = json.Unmarshal(t.bodyJSON, &t.body)
			t.bodyJSON = nil
		}
	})
	return &t.body
}

// BodyErr reports why the body did not decode, decoding it if need be.
func (t *LessonText) BodyErr() error {
	t.Body()
	return t.bodyErr
}

// SetBody gives the lesson text its body, as the course loader does.
func (t *LessonText) SetBody(b LessonBody) {
	t.bodyOnce.Do(func() {})
	t.body = b
}

// bodyOrder lists every lesson text in the order of the bodies in
// course.json: lessons in reading order, then language codes in order.
func bodyOrder(c *Course) []*LessonText {
	var texts []*LessonText
	for _, l := range c.Lessons {
		for _, lang := range slices.Sorted(maps.Keys(l.Text)) {
			texts = append(texts, l.Text[lang])
		}
	}
	return texts
}
