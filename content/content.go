// Package content holds what the learner reads — lessons, the glossary, the
// roles, the self-assessment checklist and the interview deck, in every
// language — and the typed model, loader and validator for it. Ids,
// order, quiz answers and figures live once in language-neutral TOML; each
// locale supplies only the words.
//
// The Markdown and TOML are parsed once, at build time: `go generate`
// compiles them into course_gen.go, the course's shape as a Go value the
// app is built with, so it starts without parsing or decoding anything,
// and into one text file per language (TextFile) with that language's
// words and lessons' bodies, which the browser fetches (see words.go and
// body.go). That keeps the Markdown and TOML parsers (1.4 MB) and the words
// of the languages a page does not show out of the WASM; a test fails
// while any of these files is stale.
package content

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
)

//go:generate go run ../tools/gencontent

var (
	defaultOnce   sync.Once
	defaultCourse *Course
	defaultErr    error
)

// Default returns the course the app ships. A native build
// holds every language's text as well; in the browser each language's text
// (its words and the lessons' bodies) is a file of its own (TextFile),
// which the app fetches and attaches with AttachText, so app.wasm carries
// none of it.
func Default() (*Course, error) {
	defaultOnce.Do(func() {
		defaultCourse = fromFile(shippedCourse())
		for lang, data := range builtInText() {
			if defaultErr == nil {
				defaultErr = defaultCourse.AttachText(lang, data)
			}
		}
	})
	return defaultCourse, defaultErr
}

// courseFile is the compiled course: course_gen.go as Go, and JSON
// between Compile and GoSource.
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

// mapData is a map of the compiled course as course_gen.go writes it: its
// keys and the value of each, data the compiler lays out in the binary.
type mapData[V any] struct {
	keys   []string
	values []V
}

// build makes the map. Not inlined: course_gen.go calls it for dozens of
// maps, and one copy of it is smaller.
//
//go:noinline
func (d mapData[V]) build() map[string]V {
	m := make(map[string]V, len(d.keys))
	for i, k := range d.keys {
		m[k] = d.values[i]
	}
	return m
}

// mapRow is a map and where it goes.
type mapRow[V any] struct {
	at *map[string]V
	mapData[V]
}

// putMaps puts the maps of rows in place.
//
//go:noinline
func putMaps[V any](rows []mapRow[V]) {
	for _, r := range rows {
		*r.at = r.build()
	}
}

// decode reads a course compiled as JSON.
func decode(data []byte) (*Course, error) {
	f, err := decodeCourseFile(data)
	if err != nil {
		return nil, err
	}
	return fromFile(f), nil
}

func decodeCourseFile(data []byte) (courseFile, error) {
	var f courseFile
	if err := json.Unmarshal(bytes.TrimSpace(data), &f); err != nil {
		return f, fmt.Errorf("decoding the compiled course: %w", err)
	}
	return f, nil
}

func fromFile(f courseFile) *Course {
	c := &Course{Groups: f.Groups, Lessons: f.Lessons, Glossary: f.Glossary, Roles: f.Roles, Skills: f.Skills,
		SkillNames: f.SkillNames, Superiors: f.Superiors, Checklist: f.Checklist, Interview: f.Interview, Sources: f.Sources, TextVersions: f.TextVersions, TextChecks: f.TextChecks, attached: map[string]bool{}}
	c.index()
	return c
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
