// Package content holds what the learner reads — lessons, the glossary, the
// roles, the self-assessment checklist and the interview deck, in every
// language — and the typed model, loader and validator for it. Ids,
// order, quiz answers and figures live once in language-neutral TOML; each
// locale supplies only the words.
//
// The Markdown and TOML are parsed once, at build time: `go generate`
// compiles them into course.json, which the app embeds and decodes. That
// keeps the Markdown and TOML parsers (1.4 MB) out of the WASM; a test fails
// while course.json is stale.
package content

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

//go:generate go run ../tools/gencontent

//go:embed course.json
var compiled []byte

var (
	defaultOnce   sync.Once
	defaultCourse *Course
	defaultErr    error
)

// Default returns the course the app ships, decoded once. A native build
// holds every lesson's text as well; in the browser each language's text
// is a file of its own (TextFile), which the app fetches and attaches with
// AttachText, so app.wasm carries none of it.
func Default() (*Course, error) {
	defaultOnce.Do(func() {
		defaultCourse, defaultErr = decode(compiled)
		for lang, data := range builtInText() {
			if defaultErr == nil {
				defaultErr = defaultCourse.AttachText(lang, data)
			}
		}
	})
	return defaultCourse, defaultErr
}

// courseFile is the form of course.json.
type courseFile struct {
	Groups       []Group
	Lessons      []*Lesson
	Glossary     []*Term
	Roles        []*Role
	Skills       []string
	SkillNames   map[string]map[string]string
	Superiors    map[string]string
	Checklist    *Checklist
	Interview    *Interview
	Sources      []*Reference
	TextVersions map[string]string
	TextChecks   map[string]string
}

func decode(data []byte) (*Course, error) {
	var f courseFile
	if err := json.Unmarshal(bytes.TrimSpace(data), &f); err != nil {
		return nil, fmt.Errorf("decoding the compiled course: %w", err)
	}
	c := &Course{Groups: f.Groups, Lessons: f.Lessons, Glossary: f.Glossary, Roles: f.Roles, Skills: f.Skills,
		SkillNames: f.SkillNames, Superiors: f.Superiors, Checklist: f.Checklist, Interview: f.Interview, Sources: f.Sources, TextVersions: f.TextVersions, TextChecks: f.TextChecks, attached: map[string]bool{}}
	c.index()
	return c, nil
}

func (c *Course) index() {
	c.lessonByID = map[string]*Lesson{}
	c.termByID = map[string]*Term{}
	c.roleByID = map[string]*Role{}
	c.sourceByID = map[string]*Reference{}
	for _, s := range c.Sources {
		c.sourceByID[s.ID] = s
	}
	for _, r := range c.Roles {
		c.roleByID[r.ID] = r
	}
	for _, l := range c.Lessons {
		c.lessonByID[l.ID] = l
	}
	for _, t := range c.Glossary {
		c.termByID[t.ID] = t
	}
}
