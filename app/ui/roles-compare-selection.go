package ui

import (
	"slices"
	"strings"

	"github.com/cxopath/cxopath/content"
)

// compareNote says how a role selection from an address was corrected.
type compareNote int

// The corrections a selection may need.
const (
	noteUnknown   compareNote = iota + 1 // ids that are no role were left out
	noteDuplicate                        // a role named twice is shown once
	noteTooMany                          // only the first four are shown
	noteTooFew                           // a second role was added
)

// Bounds of a comparison, and the one shown when nothing is chosen.
const (
	minCompare = 2
	maxCompare = 4
)

// defaultCompare is the comparison shown when none is chosen: the course's
// first role beside the role it is most often compared with.
func defaultCompare(c *content.Course) []string {
	if len(c.Roles) == 0 || c.Roles[0].Partner == "" {
		return nil
	}
	return []string{c.Roles[0].ID, c.Roles[0].Partner}
}

// parseSelection turns the roles parameter of a compare address
// ("cto,cio,vpoe") into 2 to 4 known, distinct role ids, with notes on what
// had to be corrected, filling up from defaults. It never fails: junk gives
// the defaults.
func parseSelection(raw string, known, defaults []string) (ids []string, notes []compareNote) {
	note := func(n compareNote) {
		if !slices.Contains(notes, n) {
			notes = append(notes, n)
		}
	}
	if len(raw) > 200 {
		raw = raw[:200]
		note(noteUnknown)
	}
	for _, part := range strings.Split(raw, ",") {
		id := strings.ToLower(strings.TrimSpace(part))
		switch {
		case id == "":
		case !slices.Contains(known, id):
			note(noteUnknown)
		case slices.Contains(ids, id):
			note(noteDuplicate)
		case len(ids) == maxCompare:
			note(noteTooMany)
		default:
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 && len(notes) == 0 {
		return slices.Clone(defaults), nil
	}
	for _, d := range defaults {
		if len(ids) >= minCompare {
			break
		}
		if !slices.Contains(ids, d) {
			ids = append(ids, d)
			note(noteTooFew)
		}
	}
	return ids, notes
}
