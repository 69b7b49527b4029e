//go:build !wasm

package content

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/cxopath/cxopath/app/locale"
)

// sourcesFile lists the sources, language-neutral; sources/<lang>.toml
// gives each one's words.
const sourcesFile = "sources/sources.toml"

// loadSources reads the sources and their words in every language; it runs
// before the lessons, whose facts name them.
func loadSources(fsys fs.FS, c *Course, p *problems) {
	var raw struct {
		Source []struct {
			ID        string     `toml:"id"`
			Publisher string     `toml:"publisher"`
			Kind      string     `toml:"kind"`
			Date      *time.Time `toml:"date"`
			Year      int        `toml:"year"`
			Period    []int      `toml:"period"`
			Undated   bool       `toml:"undated"`
			Published *time.Time `toml:"published"`
		} `toml:"source"`
	}
	if !decodeFile(fsys, sourcesFile, &raw, p) {
		return
	}
	var ids []string
	for i, r := range raw.Source {
		field := fmt.Sprintf("source[%d]", i)
		if r.ID != "" {
			field += " (" + r.ID + ")"
		}
		ids = append(ids, r.ID)
		s := &Reference{ID: r.ID, Publisher: strings.TrimSpace(r.Publisher), Kind: SourceKind(r.Kind), Year: r.Year, Undated: r.Undated, Text: map[string]ReferenceText{}}
		if !slices.Contains(SourceKinds, s.Kind) {
			p.add(sourcesFile, field+".kind", "%q is not one of %q", r.Kind, SourceKinds)
		}
		when := 0
		if r.Date != nil {
			s.Date = r.Date.Format(time.DateOnly)
			when++
		}
		if r.Year != 0 {
			when++
			if r.Year < 1900 || r.Year > 2100 {
				p.add(sourcesFile, field+".year", "%d is not a year", r.Year)
			}
		}
		if r.Period != nil {
			when++
			if len(r.Period) != 2 || r.Period[0] >= r.Period[1] {
				p.add(sourcesFile, field+".period", "give the first and the last year, in order, not %v", r.Period)
			} else {
				s.Period = [2]int{r.Period[0], r.Period[1]}
			}
		}
		if r.Undated {
			when++
		}
		if when != 1 {
			p.add(sourcesFile, field, "give exactly one of date, year and period, or undated = true when the publication has no date")
		}
		if r.Published != nil {
			s.Published = r.Published.Format(time.DateOnly)
		}
		if _, dup := c.sourceByID[r.ID]; !dup {
			c.Sources = append(c.Sources, s)
			c.sourceByID[r.ID] = s
		}
	}
	checkIDs(sourcesFile, "source.id", ids, p)
	for _, lang := range locale.Langs {
		lfile := "sources/" + lang + ".toml"
		var texts map[string]ReferenceText
		if !decodeFile(fsys, lfile, &texts, p) {
			continue
		}
		for id, t := range texts {
			s, ok := c.sourceByID[id]
			if !ok {
				p.add(lfile, id, "not in %s", sourcesFile)
				continue
			}
			required := []struct{ name, value string }{{"title", t.Title}, {"means", t.Means}, {"not-means", t.NotMeans}}
			if s.Publisher == "" {
				required = append(required, struct{ name, value string }{"publisher", t.Publisher})
			}
			if s.Undated {
				required = append(required, struct{ name, value string }{"date-note", t.DateNote})
			} else if t.DateNote != "" {
				p.add(lfile, id+".date-note", "only an undated source needs a note on its date")
			}
			for _, r := range required {
				if strings.TrimSpace(r.value) == "" {
					p.add(lfile, id+"."+r.name, "is empty")
				}
			}
			t.When = s.when(lang)
			if s.Published != "" {
				d, _ := time.Parse(time.DateOnly, s.Published)
				t.PublishedOn = locale.Date(lang, d)
			}
			s.Text[lang] = t
		}
		for _, s := range c.Sources {
			if _, ok := texts[s.ID]; !ok {
				p.add(lfile, s.ID, "missing: every source is described in %s", strings.Join(locale.Langs, ", "))
			}
		}
	}
}

// checkSourcesCited reports a source no lesson's fact names: the Sources
// page would list it under no lesson.
func checkSourcesCited(c *Course, p *problems) {
	cited := map[string]bool{}
	for _, l := range c.Lessons {
		for _, f := range l.Facts {
			cited[f.Source] = true
		}
	}
	for i, s := range c.Sources {
		if !cited[s.ID] {
			p.add(sourcesFile, fmt.Sprintf("source[%d] (%s)", i, s.ID), "no fact in any lesson.toml names this source")
		}
	}
}
