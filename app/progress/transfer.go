package progress

import (
	"encoding/json"
	"fmt"
	"time"
)

// MaxImport is the largest file Import reads. It is above the largest
// export the app can produce: browsers keep at most 5 Mi characters per
// site in localStorage (Chromium, the most generous), and each character
// takes at most 3 bytes in the UTF-8 of an export, indentation included.
// It is far less than would strain a phone.
const MaxImport = 16 << 20

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

// The problems of a file that is not a document of the app's.
const (
	Huge  ProblemKind = "huge"  // larger than MaxImport
	Blank ProblemKind = "blank" // holds nothing this version of the app can use
)

// Import reads an export file and checks it against the course: it returns
// the document the file holds with what Check left out or corrected, or
// the problem with it. It never touches the learner's own document.
func Import(data []byte, k Known, now time.Time) (*Document, Report, *Problem) {
	if len(data) > MaxImport {
		return nil, Report{}, &Problem{Huge, fmt.Sprintf("%d bytes is more than %d", len(data), MaxImport)}
	}
	if len(data) == 0 {
		return nil, Report{}, &Problem{Damaged, "the file is empty"}
	}
	d, problem := Decode(data)
	if problem != nil {
		return nil, Report{}, problem
	}
	r := Check(d, k, now)
	if Summarize(d, k).Empty() && !d.Study.Goal.IsSet() {
		return nil, r, &Problem{Blank, "nothing in the file is for this version of the course"}
	}
	return d, r, nil
}
