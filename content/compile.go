//go:build !wasm

package content

import (
	"embed"
	"encoding/json"
)

// Source is the content as written: lessons/, glossary/, roles/, checklist/
// and interview/.
//
//go:embed lessons glossary roles checklist interview
var Source embed.FS

// Compile loads and validates the course in Source and encodes it as
// course.json. It fails with every problem the validator finds.
func Compile() ([]byte, error) {
	c, err := Load(Source)
	if err != nil {
		return nil, err
	}
	return json.Marshal(courseFile{Groups: c.Groups, Lessons: c.Lessons, Glossary: c.Glossary, Roles: c.Roles, Skills: c.Skills, SkillNames: c.SkillNames, Checklist: c.Checklist, Interview: c.Interview})
}
