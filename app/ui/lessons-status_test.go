package ui

import (
	"testing"

	"github.com/cxopath/cxopath/app/progress"
)

func TestALessonsStatusFollowsWhatIsSavedForIt(t *testing.T) {
	tests := []struct {
		name   string
		saved  progress.Lesson
		status lessonStatus
	}{
		{"nothing saved is not started", progress.Lesson{}, notStarted},
		{"a reading position means reading", progress.Lesson{Section: "history"}, reading},
		{"a quiz answer means reading", progress.Lesson{Answers: map[string]int{"q1": 2}}, reading},
		{"an answered quiz put back to no answers is not started", progress.Lesson{Answers: map[string]int{}}, notStarted},
		{"marked done is done, whatever else is saved", progress.Lesson{Done: true, Section: "history"}, finished},
		{"done without reading anything is done", progress.Lesson{Done: true}, finished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := statusOf(tt.saved); got != tt.status {
				t.Errorf("statusOf(%+v) = %d, want %d", tt.saved, got, tt.status)
			}
		})
	}
}

func TestAGroupCountsOnlyItsOwnLessonsMarkedDone(t *testing.T) {
	doc := progress.New()
	doc.SetDone("a", true, "2026-12-01")
	doc.SetSection("b", "intro")
	doc.SetDone("elsewhere", true, "2026-12-01")
	if got := groupDone(*doc, []string{"a", "b", "c"}); got != 1 {
		t.Errorf("a group with one lesson done and one begun counts %d done, want 1", got)
	}
}
