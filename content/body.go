package content

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
)

// A lesson's body (its quiz and text) is two thirds of the course, and a
// visit reads it in one language, two when read side by side. So the
// bodies are compiled apart from the course (course_gen.go), into one text
// file per language (TextFile) that the browser fetches for the languages
// it shows; the native build embeds them all. Within a file each lesson's
// body is a line of JSON of its own, decoded when a page first reads it;
// the next line holds the sources' words in that language (what the
// Sources page says of each), and the rest are the course's words in that
// language, one to a line (see words.go).

// TextFile is the name of the compiled text file of lang.
func TextFile(lang string) string { return "text." + lang + ".txt" }

// TextCheck is a checksum of a compiled text file (64-bit FNV-1a): the
// browser verifies the file it fetched with it, as hashing the file with
// SHA-256 took a phone's CPU about 130 ms at start-up.
func TextCheck(data []byte) string {
	h := fnv.New64a()
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// errNoText is the body of a lesson whose language's text is not attached.
var errNoText = errors.New("the lesson's text in this language is not loaded")

// HasText reports whether the text of lang is attached: the lessons'
// bodies and the course's words in that language.
func (c *Course) HasText(lang string) bool { return c.attached[lang] }

// AttachText gives the course its words in lang, the lessons their bodies
// and the sources their words, from a compiled text file, refusing a file
// that is not the one this course was compiled with.
func (c *Course) AttachText(lang string, data []byte) error {
	if want := c.TextChecks[lang]; want == "" || TextCheck(data) != want {
		return fmt.Errorf("the %s text file is not the one this course was compiled with", lang)
	}
	var texts []*LessonText
	for _, l := range c.Lessons {
		if t := l.Text[lang]; t != nil {
			texts = append(texts, t)
		}
	}
	lines := bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n"))
	if want := len(texts) + 1 + c.wordPlaces(lang); len(lines) != want || len(data) == 0 {
		return fmt.Errorf("the %s text file has %d lines for %d lesson bodies, the sources' words and %d words", lang, len(lines), len(texts), want-len(texts)-1)
	}
	var words map[string]ReferenceText
	if err := json.Unmarshal(lines[len(texts)], &words); err != nil {
		return fmt.Errorf("the sources' words in the %s text file: %w", lang, err)
	}
	if c.attached[lang] {
		return nil
	}
	c.putWords(lang, lines[len(texts)+1:])
	for i, t := range texts {
		if !t.hasBody {
			t.bodyJSON, t.hasBody = lines[i], true
		}
	}
	for _, s := range c.Sources {
		if w, ok := words[s.ID]; ok {
			if s.Text == nil {
				s.Text = map[string]ReferenceText{}
			}
			s.Text[lang] = w
		}
	}
	c.attached[lang] = true
	return nil
}

// Body returns the quiz and text of the lesson, decoding them on the first
// call. A body that is not attached yet, or that does not decode, reads as
// empty; BodyErr tells why (the content tests decode every one).
func (t *LessonText) Body() *LessonBody {
	if !t.hasBody {
		return &t.body
	}
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
	if !t.hasBody {
		return errNoText
	}
	t.Body()
	return t.bodyErr
}

// SetBody gives the lesson text its body, as the course loader does.
func (t *LessonText) SetBody(b LessonBody) {
	t.bodyOnce.Do(func() {})
	t.body, t.hasBody = b, true
}
