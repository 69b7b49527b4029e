//go:build !wasm

package content

import (
	"embed"
	"encoding/json"
	"maps"
	"slices"
)

// Source is the content as written: lessons/, glossary/, roles/, checklist/
// and interview/.
//
//go:embed lessons glossary roles checklist interview style
var Source embed.FS

// Compile loads and validates the course in Source and encodes it as
// course.json, with everything but the lessons' bodies, and one text file
// per language (TextFile) with one line per body, lesson by lesson in
// reading order. It fails with every problem the validator finds.
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
		texts[lang] = append(texts[lang], '\n')
		versions[lang] = TextVersion(texts[lang])
		checks[lang] = TextCheck(texts[lang])
	}
	course, err = json.Marshal(courseFile{Groups: c.Groups, Lessons: c.Lessons, Glossary: c.Glossary, Roles: c.Roles, Skills: c.Skills,
		SkillNames: c.SkillNames, Checklist: c.Checklist, Interview: c.Interview, TextVersions: versions, TextChecks: checks})
	return append(course, '\n'), texts, err
}
