//go:build !wasm

package content

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Source is the content as written: lessons/, glossary/, roles/, checklist/,
// interview/ and sources/.
//
//go:embed lessons glossary roles checklist interview sources style
var Source embed.FS

// Compile loads and validates the course in Source and encodes it as
// JSON (which GoSource turns into course_gen.go), with the course's shape
// but none of its words, and one text file per language (TextFile) with one
// line per body, lesson by lesson in reading order, then a line of the
// sources' words, then a line for each of the course's words in that
// language (see words.go). It fails with every problem the validator finds.
func Compile() (course []byte, texts map[string][]byte, err error) {
	c, err := Load(Source)
	if err != nil {
		return nil, nil, err
	}
	texts = map[string][]byte{}
	versions, checks := map[string]string{}, map[string]string{}
	for _, l := range c.Lessons {
		for _, lang := range slices.Sorted(maps.Keys(l.Text)) {
			body, err := json.Marshal(l.Text[lang].Body())
			if err != nil {
				return nil, nil, err
			}
			if len(texts[lang]) > 0 {
				texts[lang] = append(texts[lang], '\n')
			}
			texts[lang] = append(texts[lang], body...)
		}
	}
	for lang := range texts {
		words := map[string]ReferenceText{}
		for _, s := range c.Sources {
			words[s.ID] = s.Text[lang]
		}
		line, err := json.Marshal(words)
		if err != nil {
			return nil, nil, err
		}
		texts[lang] = append(append(append(texts[lang], '\n'), line...), '\n')
		for _, w := range c.words(lang) {
			if strings.Contains(w, "\n") {
				return nil, nil, fmt.Errorf("a word in %s holds a line break, which its text file cannot: %q", lang, w)
			}
			texts[lang] = append(append(texts[lang], w...), '\n')
		}
		versions[lang] = TextVersion(texts[lang])
		checks[lang] = TextCheck(texts[lang])
	}
	for lang := range texts {
		c.clearWords(lang)
	}
	course, err = json.Marshal(courseFile{Groups: c.Groups, Lessons: c.Lessons, Glossary: c.Glossary, Roles: c.Roles, Skills: c.Skills,
		SkillNames: c.SkillNames, Superiors: c.Superiors, Checklist: c.Checklist, Interview: c.Interview, Sources: c.Sources, TextVersions: versions, TextChecks: checks})
	return append(course, '\n'), texts, err
}

// TextVersion names the content of a compiled text file: the same version
// the server gives the file's address. Only the build that compiles the
// course needs it, so the browser's build links no SHA-256.
func TextVersion(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:12])
}
