package content

import "strings"

// Reference is a source of the lessons' figures or dated facts: one claim
// of one publication (a pay survey's figures for a day, a projection, an
// announcement), with the words that say what it means in each language.
// Each fact of a lesson names its source; the Sources page lists the
// sources lesson by lesson. (The type is not called Source: that is the
// content as written.)
type Reference struct {
	ID string
	// Publisher is the publisher's own name, as it writes it; empty when
	// the publication does not name one (the words then describe it).
	Publisher string `json:",omitzero"`
	Kind      SourceKind
	// When the figures stand: exactly one of Date, Year and Period is set,
	// or Undated says that the publication gives no date.
	Date    string `json:",omitzero"` // YYYY-MM-DD: the day the figures describe
	Year    int    `json:",omitzero"`
	Period  [2]int `json:",omitzero"` // the first and last year a projection covers
	Undated bool   `json:",omitzero"`
	// Published is the day the publication came out (YYYY-MM-DD), when it
	// is known and is not Date.
	Published string `json:",omitzero"`
	// Text holds the words by language. The compiled course leaves them out: they
	// travel in each language's text file, with the lessons' bodies (see
	// AttachText), so app.wasm carries none of them.
	Text map[string]ReferenceText `json:"-"`
}

// ReferenceText is a source in one language.
type ReferenceText struct {
	// Publisher is how the language names the publisher, where that is not
	// its own name (미국 노동통계국 for the US Bureau of Labor Statistics).
	Publisher string `toml:"publisher" json:",omitzero"`
	Title     string `toml:"title"` // the publication's title, or what it is
	// DateNote says what is known of an undated publication's date.
	DateNote string `toml:"date-note" json:",omitzero"`
	Means    string `toml:"means"`     // what the figures measure
	NotMeans string `toml:"not-means"` // how they must not be read
	// Conflict says plainly where the lessons' source reads a figure
	// differently from its publisher's own.
	Conflict string `toml:"conflict" json:",omitzero"`

	// When and PublishedOn are the source's date, year or period and the
	// day it came out, as the language writes them: the loader fills them
	// in, as it formats the lessons' figures.
	When        string `toml:"-" json:",omitzero"`
	PublishedOn string `toml:"-" json:",omitzero"`
}

// SourceKind says what kind of publication a source is.
type SourceKind string

// The kinds of publication the lessons cite.
const (
	PaySurvey        SourceKind = "pay-survey"
	Projection       SourceKind = "projection"
	Announcement     SourceKind = "announcement"
	Explainer        SourceKind = "explainer"
	CareerGuide      SourceKind = "career-guide"
	GovernmentReport SourceKind = "government-report"
)

// SourceKinds lists every kind of source, in the order they are described.
var SourceKinds = []SourceKind{PaySurvey, Projection, Announcement, Explainer, CareerGuide, GovernmentReport}

// PublisherName is the publisher as lang names it.
func (s *Reference) PublisherName(lang string) string {
	if t := s.Text[lang].Publisher; t != "" {
		return t
	}
	return s.Publisher
}

// Citation is one source a lesson text cites and the facts of the lesson it
// backs there, in the order the text first uses them, with each fact's
// value as the text writes it.
type Citation struct {
	Source  string
	Facts   []string
	Figures []string
}

// Line is a short run of text that is not Markdown, such as a key point: its
// text and the links of the figures in it.
type Line []Inline

// String is the line without markup.
func (l Line) String() string { return PlainText(l) }

// Lines returns each line without markup.
func Lines(lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.String()
	}
	return out
}

// entrySep joins a lesson's id and a source's id into an entry's id; ids are
// kebab-case, so it cannot stand inside either.
const entrySep = "--"

// SourceEntryID is the id of a source's entry under a lesson on the Sources
// page: its anchor, and the ID of a figure's SourceRef.
func SourceEntryID(lessonID, sourceID string) string { return lessonID + entrySep + sourceID }

// Source returns the source with the given id.
func (c *Course) Source(id string) (*Reference, bool) {
	s, ok := c.sourceByID[id]
	return s, ok
}

// EntrySource returns the lesson and the source of an entry on the Sources
// page, given its id.
func (c *Course) EntrySource(entryID string) (*Lesson, *Reference, bool) {
	lessonID, sourceID, ok := strings.Cut(entryID, entrySep)
	if !ok {
		return nil, nil, false
	}
	l, okL := c.lessonByID[lessonID]
	s, okS := c.sourceByID[sourceID]
	return l, s, okL && okS
}
