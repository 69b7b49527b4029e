//go:build !wasm

package content

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/cxopath/cxopath/app/locale"
)

func loadRoles(fsys fs.FS, c *Course, p *problems) {
	const file = "roles/index.toml"
	var index struct {
		Order     []string          `toml:"order"`
		Skills    []string          `toml:"skills"`
		Superiors map[string]string `toml:"superiors"`
	}
	if !decodeFile(fsys, file, &index, p) {
		return
	}
	checkIDs(file, "order", index.Order, p)
	checkIDs(file, "skills", index.Skills, p)
	c.Skills = index.Skills
	c.Superiors = index.Superiors
	if len(c.Superiors) == 0 {
		p.add(file, "superiors", "missing: name the glossary term for each value of reports-to")
	}
	for id, term := range c.Superiors {
		if _, ok := c.termByID[term]; !ok {
			p.add(file, "superiors."+id, "no glossary term %q", term)
		}
	}
	c.SkillNames = map[string]map[string]string{}
	for _, lang := range locale.Langs {
		sfile := "roles/skills/" + lang + ".toml"
		var names map[string]string
		if !decodeFile(fsys, sfile, &names, p) {
			continue
		}
		for _, id := range index.Skills {
			if strings.TrimSpace(names[id]) == "" {
				p.add(sfile, id, "missing")
			}
		}
		for id := range names {
			if !slices.Contains(index.Skills, id) {
				p.add(sfile, id, "not a skill in roles/index.toml")
			}
		}
		c.SkillNames[lang] = names
	}
	for _, id := range index.Order {
		if _, dup := c.roleByID[id]; dup {
			continue
		}
		r := &Role{ID: id, Text: map[string]*RoleText{}}
		c.Roles = append(c.Roles, r)
		c.roleByID[id] = r
	}
	entries, _ := fs.ReadDir(fsys, "roles")
	for _, e := range entries {
		if _, listed := c.roleByID[e.Name()]; e.IsDir() && e.Name() != "skills" && !listed {
			p.add(file, "order", "role folder %q is not listed", e.Name())
		}
	}
}

// checkRoles reads each role's files; it runs after the lessons are known.
func checkRoles(fsys fs.FS, c *Course, p *problems) {
	for _, r := range c.Roles {
		loadRole(fsys, c, r, p)
	}
}

func loadRole(fsys fs.FS, c *Course, r *Role, p *problems) {
	file := path.Join("roles", r.ID, "role.toml")
	var rf struct {
		Facing    string   `toml:"facing"`
		ReportsTo []string `toml:"reports-to"`
		Skills    []string `toml:"skills"`
		Lessons   []string `toml:"lessons"`
		Compare   string   `toml:"compare-with"`
	}
	if !decodeFile(fsys, file, &rf, p) {
		return
	}
	r.Facing, r.ReportsTo, r.Skills, r.Lessons, r.Partner = rf.Facing, rf.ReportsTo, rf.Skills, rf.Lessons, rf.Compare
	if _, ok := c.roleByID[r.Partner]; r.Partner != "" && (!ok || r.Partner == r.ID) {
		p.add(file, "compare-with", "%q is not another role of roles/index.toml", r.Partner)
	}
	if !slices.Contains(Facings, r.Facing) {
		p.add(file, "facing", "%q is not one of %q", r.Facing, Facings)
	}
	if n := len(r.ReportsTo); n < 1 || n > 2 {
		p.add(file, "reports-to", "give 1 or 2, not %d", n)
	}
	for _, id := range r.ReportsTo {
		if _, ok := c.Superiors[id]; !ok {
			p.add(file, "reports-to", "%q is not one of the superiors in roles/index.toml", id)
		}
	}
	if n := len(r.Skills); n < 4 || n > 6 {
		p.add(file, "skills", "give 4 to 6, not %d", n)
	}
	checkIDs(file, "skills", r.Skills, p)
	for _, id := range r.Skills {
		if !slices.Contains(c.Skills, id) {
			p.add(file, "skills", "%q is not a skill in roles/index.toml", id)
		}
	}
	if n := len(r.Lessons); n < 1 || n > 4 {
		p.add(file, "lessons", "give 1 to 4, not %d", n)
	}
	for _, id := range r.Lessons {
		if _, ok := c.lessonByID[id]; !ok {
			p.add(file, "lessons", "no lesson %q", id)
		}
	}
	for _, lang := range locale.Langs {
		lfile := path.Join("roles", r.ID, lang+".toml")
		var t RoleText
		if !decodeFile(fsys, lfile, &t, p) {
			continue
		}
		for field, v := range map[string]string{"name": t.Name, "title": t.Title, "mission": t.Mission, "where": t.Where} {
			if strings.TrimSpace(v) == "" {
				p.add(lfile, field, "is empty")
			}
		}
		lists := []struct {
			field    string
			items    []string
			min, max int
		}{
			{"responsibilities", t.Responsibilities, 3, 5},
			{"path", t.Path, 3, 5},
			{"success", t.Success, 3, 4},
			{"pressures", t.Pressures, 3, 4},
		}
		for _, l := range lists {
			if len(l.items) < l.min || len(l.items) > l.max {
				p.add(lfile, l.field, "give %d to %d items, not %d", l.min, l.max, len(l.items))
			}
			for i, item := range l.items {
				if strings.TrimSpace(item) == "" {
					p.add(lfile, fmt.Sprintf("%s[%d]", l.field, i), "is empty")
				}
			}
		}
		r.Text[lang] = &t
	}
}
