package progress

import (
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

// Known is what the ids in a document can refer to in this version of the
// course. A document may hold ids it does not list (from another version of
// the course): they are kept but neither counted nor used.
type Known struct {
	Lessons map[string]map[string]int // lesson id → quiz question id → how many options it has
	Items   map[string]bool           // checklist item ids
	Levels  int                       // ratings go from 0 to Levels-1
	Cards   map[string]bool           // interview card ids
	Points  map[string]int            // interview card id → how many answer points it has
}

func (k Known) answer(lesson, question string, option int) (known, valid bool) {
	options, ok := k.Lessons[lesson][question]
	return ok, ok && option >= 0 && option < options
}

func (k Known) rating(item string, r int) (known, valid bool) {
	ok := k.Items[item]
	return ok, ok && r >= 0 && r < k.Levels
}

// Report says what Check left out of a document or corrected, each count
// for entries of this version of the course, and how many entries it holds
// for ids this version does not have.
type Report struct {
	Answers int // quiz answers that are not one of their question's options: left out
	Ratings int // ratings outside the scale: left out
	Dates   int // dates that are not dates or lie in the future: left out (a lesson stays done)
	Cards   int // card schedules that cannot be right: the cards start again
	Mocks   int // mock interviews with a date that cannot be right, no answers or answer points the card lacks: left out or corrected
	Study   int // a daily goal, days of study or quiz questions' review schedules that cannot be right: left out
	Unknown int // entries for lessons, questions, items or cards this version does not have: kept, not used

	// Snapshots are snapshots of the self-assessment that are undated,
	// dated in the future or twice, or rate nothing: left out.
	Snapshots int
}

// slack is how far in the future a date may lie: the device that wrote it
// may be a time zone ahead.
const slack = 36 * time.Hour

// longest is the longest interval the scheduler gives a card (FSRS's
// maximum of 36,500 days).
const longest = 36500 * 24 * time.Hour

// Check makes d fit this version of the course, as when it comes from a
// file: each value the app cannot use is left out or corrected, and
// counted. Entries for ids it does not know are kept as they are.
func Check(d *Document, k Known, now time.Time) Report {
	var r Report
	future := now.Add(slack)
	date := func(s *string) {
		if *s == "" {
			return
		}
		if t, err := time.Parse(time.DateOnly, *s); err != nil || t.After(future) {
			*s = ""
			r.Dates++
		}
	}
	for id, l := range d.Lessons {
		if _, ok := k.Lessons[id]; !ok {
			r.Unknown++
			continue
		}
		date(&l.DoneOn)
		if !l.Done {
			l.DoneOn = ""
		}
		for q, a := range l.Answers {
			switch known, valid := k.answer(id, q, a); {
			case !known:
				r.Unknown++
			case !valid:
				delete(l.Answers, q)
				r.Answers++
			}
		}
		checkReview(l, k.Lessons[id], now, &r)
	}
	for item, rating := range d.Assessment.Ratings {
		switch known, valid := k.rating(item, rating); {
		case !known:
			r.Unknown++
		case !valid:
			delete(d.Assessment.Ratings, item)
			r.Ratings++
		}
	}
	date(&d.Assessment.RatedOn)
	checkSnapshots(&d.Assessment, k, future, &r)
	for id, c := range d.Practice.Cards {
		switch {
		case !k.Cards[id]:
			r.Unknown++
		case c != (practice.Card{}) && (c.Sane() == (practice.Card{}) || c.LastReview.After(future) || c.Due.After(c.LastReview.Add(longest+slack))):
			delete(d.Practice.Cards, id)
			r.Cards++
		}
	}
	for id := range d.Practice.Drafts {
		if !k.Cards[id] {
			r.Unknown++
		}
	}
	checkMocks(d, k, now, &r)
	checkStudy(d, now, &r)
	return r
}

// Summary counts what a document holds that this version of the course
// can use.
type Summary struct {
	LessonsDone  int
	QuizAnswers  int
	Ratings      int
	CardsStudied int
	Drafts       int
	StudyDays    int // days with study recorded
	Snapshots    int // dated snapshots of the self-assessment
	Mocks        int // mock interviews finished
}

// Summarize counts what d holds for the ids k knows, with values in range.
func Summarize(d *Document, k Known) Summary {
	f := factsOf(d, k)
	return Summary{len(f.done), f.answered, len(f.ratings), len(f.cards), len(f.drafts),
		len(d.Study.Days), len(d.Assessment.Snapshots), len(d.Practice.Mocks)}
}

// Counts are the counts in the order of the fields.
func (s Summary) Counts() [8]int {
	return [8]int{s.LessonsDone, s.QuizAnswers, s.Ratings, s.CardsStudied, s.Drafts, s.StudyDays, s.Snapshots, s.Mocks}
}

// Empty reports whether nothing is saved.
func (s Summary) Empty() bool { return s == Summary{} }
