package progress

import (
	"encoding/json"
	"fmt"
	"time"
)

// MaxImport is the largest file Import reads: far more than years of study
// produce, far less than would strain a phone.
const MaxImport = 2 << 20

// exported is the form of an export file: the document with the app's
// version and the time of export beside it.
type exported struct {
	*Document
	AppVersion string `json:"appVersion"`
	ExportedAt string `json:"exportedAt"`
}

// Export writes everything the learner saved as one JSON file, marked with
// the schema version (inside the document), the app's version and the time.
func Export(d *Document, appVersion string, now time.Time) ([]byte, error) {
	return json.MarshalIndent(exported{Document: d, AppVersion: appVersion, ExportedAt: now.UTC().Format(time.RFC3339)}, "", "  ")
}

// Huge is the problem of a file larger than MaxImport.
const Huge ProblemKind = "huge"

// Import reads an export file. It returns the document the file holds, or
// the problem with it; it never touches the learner's own document.
func Import(data []byte) (*Document, *Problem) {
	if len(data) > MaxImport {
		return nil, &Problem{Huge, fmt.Sprintf("%d bytes is more than %d", len(data), MaxImport)}
	}
	if len(data) == 0 {
		return nil, &Problem{Damaged, "the file is empty"}
	}
	d, problem := Decode(data)
	if problem != nil {
		return nil, problem
	}
	return d, nil
}

// Summary counts what a document holds, to show what an import would change.
type Summary struct {
	LessonsDone  int
	QuizAnswers  int
	Ratings      int
	CardsStudied int
	Drafts       int
}

// Summarize counts what d holds.
func (d *Document) Summarize() Summary {
	var s Summary
	for _, l := range d.Lessons {
		if l.Done {
			s.LessonsDone++
		}
		s.QuizAnswers += len(l.Answers)
	}
	s.Ratings = len(d.Assessment.Ratings)
	s.CardsStudied = len(d.Practice.Cards)
	s.Drafts = len(d.Practice.Drafts)
	return s
}

// Empty reports whether nothing is saved.
func (s Summary) Empty() bool { return s == Summary{} }
