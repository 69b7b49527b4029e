package content

// Checklist is the self-assessment: areas and items in display order, each
// item's weight toward every role, and the words per language.
type Checklist struct {
	Areas []string
	Items []ChecklistItem
	Text  map[string]*ChecklistText `text:"by-language"`
}

// ChecklistItem is one statement the learner rates.
type ChecklistItem struct {
	ID      string
	Area    string
	Weights map[string]int // by role id: 0 (not needed) to 3 (core)
	Lessons []string       // the lessons that build the ability
}

// ChecklistText is the self-assessment in one language.
type ChecklistText struct {
	Areas map[string]AreaText `toml:"areas"`
	Items map[string]string   `toml:"items"`
}

// AreaText names an area of the self-assessment.
type AreaText struct {
	Name   string `toml:"name"`   // as a heading or label
	Phrase string `toml:"phrase"` // as it reads inside a sentence
}

// MaxWeight is the largest weight an item gives a role.
const MaxWeight = 3
