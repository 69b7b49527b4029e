package content

import "sync"

// Course is the whole study material: lessons in groups and the glossary.
type Course struct {
	Groups     []Group
	Lessons    []*Lesson                    // in reading order
	Glossary   []*Term                      // in display order
	Roles      []*Role                      // in display order
	Skills     []string                     // the skill ids roles may name
	SkillNames map[string]map[string]string `text:"by-language"` // by language, then skill id
	Superiors  map[string]string            // the values of Role.ReportsTo, each named by a glossary term id
	Checklist  *Checklist                   // the self-assessment
	Interview  *Interview                   // the interview practice deck
	Sources    []*Reference                 // where the lessons' figures come from, in the order of sources.toml
	// TextVersions names, by language, the version of the file that holds
	// the lessons' bodies in that language (see TextFile).
	TextVersions map[string]string
	// TextChecks holds, by language, a checksum of that file, cheap enough
	// for a phone to verify before it uses the file (see TextCheck).
	TextChecks map[string]string

	attached   map[string]bool // languages whose bodies are attached
	lessonByID map[string]*Lesson
	termByID   map[string]*Term
	roleByID   map[string]*Role
	sourceByID map[string]*Reference
}

// Group is a titled run of lessons on the lessons index.
type Group struct {
	ID      string
	Lessons []string
	Title   map[string]string `text:"by-language"`
}

// Group returns the lesson group with the given id.
func (c *Course) Group(id string) (Group, bool) {
	for _, g := range c.Groups {
		if g.ID == id {
			return g, true
		}
	}
	return Group{}, false
}

// Lesson is one lesson: its language-neutral structure and its text per language.
type Lesson struct {
	ID       string
	Group    string
	Sections []string // ids of the body's sections, in order
	Glossary []string `json:",omitzero"` // glossary ids the lesson teaches
	Roles    []string `json:",omitzero"` // role ids the lesson is about
	Related  []string `json:",omitzero"` // other lesson ids
	Quiz     []QuizSpec
	Facts    map[string]Fact        `json:",omitzero"`
	Text     map[string]*LessonText `text:"by-language"`
}

// QuizSpec is the language-neutral part of a quiz question.
type QuizSpec struct {
	ID      string
	Options int // how many options every language gives
	Answer  int // zero-based index of the right option
}

// Fact is a figure or a dated fact written once and formatted for each
// language: exactly one of its values is set. It names the source it comes
// from, and the lessons show it as a link to that source's entry.
type Fact struct {
	USD      *int     `json:",omitzero"`
	Percent  *float64 `json:",omitzero"`
	Number   *int     `json:",omitzero"`
	Millions *float64 `json:",omitzero"` // a count in millions: 153.5 for 153,500,000
	Date     *string  `json:",omitzero"` // YYYY-MM-DD
	Year     *int     `json:",omitzero"`
	Decade   *int     `json:",omitzero"` // its first year: 1990 for the 1990s
	Source   string   // the id of its source in sources/sources.toml
	Langs    []string `json:",omitzero"` // the languages whose text shows it, when not every one
}

// LessonText is a lesson in one language: what the lists of lessons show,
// and its body, decoded when first read (see body.go).
type LessonText struct {
	Title     string
	Summary   string
	KeyPoints []Line
	Minutes   int        // estimated reading time
	Citations []Citation `json:",omitzero"` // the sources its figures come from, in the order it first cites them

	body     LessonBody
	bodyJSON []byte // the body as compiled, until first read
	hasBody  bool   // whether the body is attached (the browser fetches it)
	bodyOnce sync.Once
	bodyErr  error
}

// LessonBody is the quiz and the text of a lesson in one language.
type LessonBody struct {
	Questions []Question // in the order of Lesson.Quiz
	Intro     []Block    `json:",omitzero"` // anything before the first section
	Sections  []Section
}

// Question is a quiz question in one language.
type Question struct {
	ID       string
	Question string
	Options  []string
	Feedback []string // one per option: why it is right or wrong
	// Sources are the Sources page entries (SourceEntryID) of the figures
	// in the question, its options and feedback, in the order first used.
	Sources []string `json:",omitzero"`
}

// Section is a second-level part of a lesson body.
type Section struct {
	ID     string
	Title  []Inline
	Blocks []Block
}

// BlockKind says what a Block is.
type BlockKind int

// The kinds of block a lesson body may contain.
const (
	Paragraph BlockKind = iota
	Subheading
	BulletList
	NumberedList
	Table
)

// Block is a block of lesson text.
type Block struct {
	Kind    BlockKind    `json:",omitzero"`
	ID      string       `json:",omitzero"` // Subheading: its anchor
	Inlines []Inline     `json:",omitzero"` // Paragraph, Subheading
	Items   [][]Block    `json:",omitzero"` // BulletList, NumberedList: the blocks of each item
	Header  [][]Inline   `json:",omitzero"` // Table: the header cells
	Rows    [][][]Inline `json:",omitzero"`
}

// InlineKind says what an Inline is.
type InlineKind int

// The kinds of inline text.
const (
	Text InlineKind = iota
	Strong
	Emphasis
	Link
)

// Inline is a run of text inside a block.
type Inline struct {
	Kind     InlineKind `json:",omitzero"`
	Text     string     `json:",omitzero"` // Text
	Children []Inline   `json:",omitzero"` // Strong, Emphasis, Link
	Ref      Ref        `json:",omitzero"` // Link
}

// RefKind says what a link points to.
type RefKind string

// The things a lesson may link to.
const (
	TermRef   RefKind = "term"
	LessonRef RefKind = "lesson"
	RoleRef   RefKind = "role"
	// SourceRef is a figure's link to its entry on the Sources page; its
	// ID is the entry's (SourceEntryID). Lessons write figures as {{fact}}
	// placeholders, never as such links.
	SourceRef RefKind = "source"
)

// Ref is the target of a link inside the app.
type Ref struct {
	Kind RefKind
	ID   string
}

// Term is a glossary entry with its words per language.
type Term struct {
	ID   string
	Text map[string]TermText `text:"by-language"`
}

// TermText is a glossary entry in one language.
type TermText struct {
	Term       string `toml:"term" text:"app"` // the glossary and search match it in every language
	Definition string `toml:"definition"`
	// Reading is how a Japanese term that begins with kana or kanji is
	// read, in hiragana: the glossary's index files the term by it.
	Reading string `toml:"reading" json:",omitempty"`
}

// Lesson returns the lesson with the given id.
func (c *Course) Lesson(id string) (*Lesson, bool) {
	l, ok := c.lessonByID[id]
	return l, ok
}

// Term returns the glossary entry with the given id.
func (c *Course) Term(id string) (*Term, bool) {
	t, ok := c.termByID[id]
	return t, ok
}

// Neighbours returns the lessons before and after id in reading order; either
// may be nil.
func (c *Course) Neighbours(id string) (prev, next *Lesson) {
	for i, l := range c.Lessons {
		if l.ID != id {
			continue
		}
		if i > 0 {
			prev = c.Lessons[i-1]
		}
		if i+1 < len(c.Lessons) {
			next = c.Lessons[i+1]
		}
	}
	return prev, next
}

// PlainText returns the text of inlines without markup.
func PlainText(inlines []Inline) string {
	var s string
	for _, in := range inlines {
		if in.Kind == Text {
			s += in.Text
		} else {
			s += PlainText(in.Children)
		}
	}
	return s
}

// Score counts the questions answered and those answered right, given the
// chosen option per question id.
func (l *Lesson) Score(answers map[string]int) (correct, answered int) {
	for _, q := range l.Quiz {
		if a, ok := answers[q.ID]; ok {
			answered++
			if a == q.Answer {
				correct++
			}
		}
	}
	return correct, answered
}
