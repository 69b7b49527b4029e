//go:build !wasm

package content

import (
	"embed"
	"encoding/json"
)

// Source is the content as written: lessons/, glossary/, roles/, checklist/
// and interview/.
//
//go:embed lessons glossary roles checklist interview style
var Source embed.FS

// Compile loads and validates the course in Source and encodes it as
// course.json: a first line with everything but the lessons' bodies, then
// one line per body, lesson by lesson in reading order and, within a lesson,
// by language code. It fails with every problem the validator finds.
func Compile() ([]byte, error) {
	c, err := Load(Source)
	if err != nil {
		return nil, err
	}
	out, err := json.Marshal(courseFile{Groups: c.Groups, Lessons: c.Lessons, Glossary: c.Glossary, Roles: c.Roles, Skills: c.Skills, SkillNames: c.SkillNames, Checklist: c.Checklist, Interview: c.Interview})
	if err != nil {
		return nil, err
	}
	for _, t := range bodyOrder(c) {
		body, err := json.Marshal(t.Body())
		if err != nil {
			return nil, err
		}
		out = append(append(out, '\n'), body...)
	}
	return out, nil
}
