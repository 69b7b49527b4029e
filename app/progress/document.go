// Package progress is everything the learner saves: one versioned document,
// its migrations from older versions, the store that writes it without losing
// another tab's work, the checks on imported files, and the guards around
// browser storage. Saved data that is damaged, foreign or from a newer
// version never crashes the app and is never thrown away: damaged or foreign
// data is kept aside and reported, and a newer version's document is never
// written over.
package progress

import (
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	"github.com/cxopath/cxopath/app/practice"
)

const (
	// Schema is the version of the document this build writes.
	Schema = 3
	// Marker says a document is CxO Path's own.
	Marker = "cxopath-progress"
)

// Document is the learner's saved state. App, Version and Revision are its
// envelope: whose it is, the schema it follows, and how many times it has
// been saved, which tells a tab that another one wrote since it last read.
type Document struct {
	App      string             `json:"app"`
	Version  int                `json:"version"`
	Revision int64              `json:"revision,omitempty"`
	Lessons  map[string]*Lesson `json:"lessons,omitempty"`
	// Assessment is the learner's self-assessment, from version 2.
	Assessment Assessment `json:"assessment,omitzero"`
	// Practice is the learner's interview practice, from version 2.
	Practice Practice `json:"practice,omitzero"`
	// Study is the learner's daily loop, from version 3.
	Study Study `json:"study,omitzero"`
}

// Study is the learner's daily loop: the goal they set and what they did
// on each day.
type Study struct {
	Goal Goal           `json:"goal,omitzero"`
	Days map[string]Day `json:"days,omitempty"` // the device's local date, YYYY-MM-DD → that day's study
}

// Goal is what the learner means to do each day: minutes of study or cards
// practised (at most one is set; neither means no goal yet).
type Goal struct {
	Minutes int `json:"minutes,omitempty"`
	Cards   int `json:"cards,omitempty"`
}

// Day is what the learner did on one day.
type Day struct {
	Seconds   int `json:"seconds,omitempty"`   // time spent reading and practising
	Cards     int `json:"cards,omitempty"`     // interview cards rated
	Questions int `json:"questions,omitempty"` // quiz questions answered
	Lessons   int `json:"lessons,omitempty"`   // lessons finished
	Mocks     int `json:"mocks,omitempty"`     // mock interviews finished
	// Met says the day met the daily goal in force at the time: a goal
	// changed later never changes a day that has passed.
	Met bool `json:"met,omitempty"`
	// Zone is the device's distance from UTC, in minutes, when the day was
	// last studied: it tells a day cut short by a trip east from one the
	// learner skipped.
	Zone int `json:"zone,omitempty"`
}

// Snapshot is the self-assessment as it stood on one day.
type Snapshot struct {
	On      string         `json:"on"`      // the device's local date, YYYY-MM-DD
	Ratings map[string]int `json:"ratings"` // checklist item id → rating
}

// Mock is one finished mock interview.
type Mock struct {
	At      string       `json:"at"`               // when it started, RFC 3339
	Role    string       `json:"role,omitempty"`   // the role it drilled; none means every role
	Topics  []string     `json:"topics,omitempty"` // the topics it drilled; none means every topic
	Answers []MockAnswer `json:"answers"`          // one per question, in the order asked
}

// MockAnswer is one question of a mock interview as the learner answered it.
type MockAnswer struct {
	Card    string `json:"card"`              // interview card id
	Seconds int    `json:"seconds"`           // time taken to answer
	Covered []int  `json:"covered,omitempty"` // indexes of the answer points the learner covered
}

// Practice is the learner's interview practice: each card's schedule and
// draft answer.
type Practice struct {
	Cards  map[string]practice.Card `json:"cards,omitempty"`  // card id → schedule
	Drafts map[string]string        `json:"drafts,omitempty"` // card id → the learner's draft answer
	Mocks  []Mock                   `json:"mocks,omitempty"`  // finished mock interviews, oldest first, from version 3
}

// Lesson is what the learner did in one lesson.
type Lesson struct {
	Done    bool           `json:"done,omitempty"`
	DoneOn  string         `json:"doneOn,omitempty"`  // the device's local date, YYYY-MM-DD
	Answers map[string]int `json:"answers,omitempty"` // quiz question id → chosen option
	Section string         `json:"section,omitempty"` // the section last read
	// Review schedules the quiz questions once answered wrong, so that they
	// come back (question id → schedule), from version 3.
	Review map[string]practice.Card `json:"review,omitempty"`
}

// Assessment is the learner's self-assessment.
type Assessment struct {
	Ratings map[string]int `json:"ratings,omitempty"` // checklist item id → rating
	Target  string         `json:"target,omitempty"`  // the role the learner measures gaps against; none means the best fit
	RatedOn string         `json:"ratedOn,omitempty"` // the device's local date of the last rating, YYYY-MM-DD
	// Snapshots are the ratings as they stood on the days the learner
	// viewed the results, one per day at most, oldest first, from version 3.
	Snapshots []Snapshot `json:"snapshots,omitempty"`
}

// New returns an empty document of the current schema.
func New() *Document {
	return &Document{App: Marker, Version: Schema, Lessons: map[string]*Lesson{}}
}

// ProblemKind says what was wrong with saved data.
type ProblemKind string

// The ways saved data can be unusable.
const (
	Damaged ProblemKind = "damaged" // not readable as a document
	Foreign ProblemKind = "foreign" // readable, but not CxO Path's
	Future  ProblemKind = "future"  // written by a newer version of the app
)

// Problem describes saved data that could not be used as it was.
type Problem struct {
	Kind   ProblemKind
	Detail string
}

func (p *Problem) Error() string { return string(p.Kind) + ": " + p.Detail }

// migration upgrades a raw document by one version, in place.
type migration func(doc map[string]any) error

// migrations[i] upgrades version i+1 to i+2. Append one for every schema
// change; never edit or remove one that has shipped.
var migrations = []migration{
	// Version 2 adds the self-assessment and interview practice. A version
	// 1 document has neither, so it needs no change; the version number
	// stops an older app, which would drop both when it saves, from using
	// the document.
	func(map[string]any) error { return nil },
	// Version 3 adds the daily loop (goal and days), quiz questions due
	// again, assessment snapshots and mock interviews. None is in a version
	// 2 document; the version number stops an older app from dropping them.
	func(map[string]any) error { return nil },
}

// Decode reads saved data. It always returns a usable document: when the data
// cannot be used, a new one with the problem, so the caller can keep the data
// aside and tell the learner.
func Decode(raw []byte) (*Document, *Problem) {
	return decode(raw, Schema, migrations)
}

func decode(raw []byte, current int, migrations []migration) (*Document, *Problem) {
	if len(raw) == 0 {
		return New(), nil
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil || doc == nil {
		return New(), &Problem{Damaged, fmt.Sprintf("not a JSON object (%v)", err)}
	}
	if doc["app"] != Marker {
		return New(), &Problem{Foreign, fmt.Sprintf("app is %v", doc["app"])}
	}
	v, ok := doc["version"].(float64)
	if !ok || v < 1 || v != float64(int(v)) {
		return New(), &Problem{Damaged, fmt.Sprintf("version is %v", doc["version"])}
	}
	version := int(v)
	if version > current {
		return New(), &Problem{Future, fmt.Sprintf("version %d is newer than %d", version, current)}
	}
	for ; version < current; version++ {
		if version-1 >= len(migrations) {
			return New(), &Problem{Damaged, fmt.Sprintf("no migration from version %d", version)}
		}
		if err := migrations[version-1](doc); err != nil {
			return New(), &Problem{Damaged, fmt.Sprintf("migrating from version %d: %v", version, err)}
		}
		doc["version"] = float64(version + 1)
	}
	upgraded, err := json.Marshal(doc)
	if err != nil {
		return New(), &Problem{Damaged, err.Error()}
	}
	d := New()
	if err := json.Unmarshal(upgraded, d); err != nil {
		return New(), &Problem{Damaged, err.Error()}
	}
	if d.Lessons == nil {
		d.Lessons = map[string]*Lesson{}
	}
	for id, l := range d.Lessons {
		if l == nil {
			delete(d.Lessons, id)
		}
	}
	return d, nil
}

// Encode writes the document as it is saved.
func (d *Document) Encode() ([]byte, error) {
	return json.Marshal(d)
}

func (d *Document) lesson(id string) *Lesson {
	l := d.Lessons[id]
	if l == nil {
		l = &Lesson{}
		d.Lessons[id] = l
	}
	return l
}

// Lesson returns what the learner did in a lesson (zero if nothing).
func (d *Document) Lesson(id string) Lesson {
	if l := d.Lessons[id]; l != nil {
		return *l
	}
	return Lesson{}
}

// SetDone marks a lesson done on the given local date, or not done.
func (d *Document) SetDone(id string, done bool, today string) {
	l := d.lesson(id)
	l.Done = done
	l.DoneOn = ""
	if done {
		l.DoneOn = today
	}
}

// Answer records the option chosen for a quiz question.
func (d *Document) Answer(lessonID, questionID string, option int) {
	l := d.lesson(lessonID)
	if l.Answers == nil {
		l.Answers = map[string]int{}
	}
	l.Answers[questionID] = option
}

// SetSection records the section of a lesson the learner is reading.
func (d *Document) SetSection(lessonID, section string) {
	d.lesson(lessonID).Section = section
}

// ResetQuiz forgets a lesson's quiz answers.
func (d *Document) ResetQuiz(lessonID string) {
	if l := d.Lessons[lessonID]; l != nil {
		l.Answers = nil
	}
}

// Rate records the learner's rating of a checklist item on the given local
// date.
func (d *Document) Rate(itemID string, rating int, today string) {
	if d.Assessment.Ratings == nil {
		d.Assessment.Ratings = map[string]int{}
	}
	d.Assessment.Ratings[itemID] = rating
	d.Assessment.RatedOn = today
}

// SetTarget sets the role the learner measures gaps against; "" goes back to
// the best fit.
func (d *Document) SetTarget(role string) { d.Assessment.Target = role }

// ReplaceRatings replaces every rating with ratings, as when the learner
// imports shared results.
func (d *Document) ReplaceRatings(ratings map[string]int, today string) {
	d.Assessment.Ratings = maps.Clone(ratings)
	d.Assessment.RatedOn = today
}

// ResetAssessment forgets the ratings and the chosen role, so the learner
// can rate afresh. The snapshots stay: they are dated records of earlier
// days, and the results page compares the next ratings with them.
func (d *Document) ResetAssessment() {
	d.Assessment = Assessment{Snapshots: d.Assessment.Snapshots}
}

// SetCard records a card's schedule after the learner rated it.
func (d *Document) SetCard(id string, c practice.Card) {
	if d.Practice.Cards == nil {
		d.Practice.Cards = map[string]practice.Card{}
	}
	d.Practice.Cards[id] = c
}

// SetDraft keeps the learner's draft answer to a card; an empty draft is
// forgotten.
func (d *Document) SetDraft(id, text string) {
	if strings.TrimSpace(text) == "" {
		delete(d.Practice.Drafts, id)
		return
	}
	if d.Practice.Drafts == nil {
		d.Practice.Drafts = map[string]string{}
	}
	d.Practice.Drafts[id] = text
}

// ResetSchedules forgets every card's schedule; drafts are kept.
func (d *Document) ResetSchedules() { d.Practice.Cards = nil }

// DoneCount returns how many of the given lessons are done.
func (d *Document) DoneCount(ids []string) int {
	n := 0
	for _, id := range ids {
		if d.Lesson(id).Done {
			n++
		}
	}
	return n
}

// Clone returns a deep copy, so observers never share a mutable document.
func (d *Document) Clone() *Document {
	b, _ := d.Encode()
	c := New()
	json.Unmarshal(b, c)
	if c.Lessons == nil {
		c.Lessons = map[string]*Lesson{}
	}
	return c
}
