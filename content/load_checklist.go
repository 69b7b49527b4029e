//go:build !wasm

package content

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/cxopath/cxopath/app/locale"
)

// loadChecklist reads the self-assessment; it runs after the roles and
// lessons are known.
func loadChecklist(fsys fs.FS, c *Course, p *problems) {
	const file = "checklist/checklist.toml"
	var raw struct {
		Areas []string `toml:"areas"`
		Item  []struct {
			ID      string         `toml:"id"`
			Area    string         `toml:"area"`
			Lessons []string       `toml:"lessons"`
			Weights map[string]int `toml:"weights"`
		} `toml:"item"`
	}
	if !decodeFile(fsys, file, &raw, p) {
		return
	}
	cl := &Checklist{Areas: raw.Areas, Text: map[string]*ChecklistText{}}
	checkIDs(file, "areas", raw.Areas, p)
	var ids []string
	perArea := map[string]int{}
	perRole := map[string]int{}
	for i, it := range raw.Item {
		field := fmt.Sprintf("item[%d]", i)
		ids = append(ids, it.ID)
		if !slices.Contains(raw.Areas, it.Area) {
			p.add(file, field+".area", "%q is not one of the areas", it.Area)
		}
		perArea[it.Area]++
		if n := len(it.Lessons); n < 1 || n > 2 {
			p.add(file, field+".lessons", "give 1 or 2, not %d", n)
		}
		for _, id := range it.Lessons {
			if _, ok := c.lessonByID[id]; !ok {
				p.add(file, field+".lessons", "no lesson %q", id)
			}
		}
		for _, r := range c.Roles {
			w, ok := it.Weights[r.ID]
			if !ok {
				p.add(file, field+".weights", "no weight for %q", r.ID)
			}
			if w < 0 || w > MaxWeight {
				p.add(file, field+".weights."+r.ID, "%d is not 0 to %d", w, MaxWeight)
			}
			perRole[r.ID] += w
		}
		for role := range it.Weights {
			if _, ok := c.roleByID[role]; !ok {
				p.add(file, field+".weights", "%q is not a role", role)
			}
		}
		cl.Items = append(cl.Items, ChecklistItem{ID: it.ID, Area: it.Area, Weights: it.Weights, Lessons: it.Lessons})
	}
	checkIDs(file, "item.id", ids, p)
	for _, a := range raw.Areas {
		if perArea[a] == 0 {
			p.add(file, "areas", "area %q has no items", a)
		}
	}
	for _, r := range c.Roles {
		if perRole[r.ID] == 0 {
			p.add(file, "item.weights", "no item matters to %q", r.ID)
		}
	}
	for _, lang := range locale.Langs {
		lfile := "checklist/" + lang + ".toml"
		var t ChecklistText
		if !decodeFile(fsys, lfile, &t, p) {
			continue
		}
		for _, a := range raw.Areas {
			at := t.Areas[a]
			if strings.TrimSpace(at.Name) == "" || strings.TrimSpace(at.Phrase) == "" {
				p.add(lfile, "areas."+a, "needs a name and a phrase")
			}
		}
		for a := range t.Areas {
			if !slices.Contains(raw.Areas, a) {
				p.add(lfile, "areas."+a, "not an area in %s", file)
			}
		}
		for _, id := range ids {
			if strings.TrimSpace(t.Items[id]) == "" {
				p.add(lfile, "items."+id, "missing")
			}
		}
		for id := range t.Items {
			if !slices.Contains(ids, id) {
				p.add(lfile, "items."+id, "not an item in %s", file)
			}
		}
		cl.Text[lang] = &t
	}
	c.Checklist = cl
}
