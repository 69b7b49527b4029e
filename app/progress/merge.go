package progress

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// Merge returns mine with theirs folded in, losing nothing either holds: a
// lesson done in either is done (since the earlier date); of two quiz
// answers, two ratings or two schedules for the same thing, this device's
// answer, the more recent self-assessment's rating and the more recently
// reviewed schedule win; two different drafts of one card are both kept,
// this device's first.
func Merge(mine, theirs *Document) *Document {
	out := mine.Clone()
	for id, t := range theirs.Lessons {
		l := out.lesson(id)
		if t.Done && (!l.Done || t.DoneOn != "" && (l.DoneOn == "" || t.DoneOn < l.DoneOn)) {
			l.Done, l.DoneOn = true, t.DoneOn
		}
		for q, a := range t.Answers {
			if _, ok := l.Answers[q]; !ok {
				if l.Answers == nil {
					l.Answers = map[string]int{}
				}
				l.Answers[q] = a
			}
		}
		if l.Section == "" {
			l.Section = t.Section
		}
		mergeReview(l, t)
	}
	a, ta := &out.Assessment, theirs.Assessment
	for item, r := range ta.Ratings {
		if _, ok := a.Ratings[item]; !ok || ta.RatedOn > a.RatedOn {
			if a.Ratings == nil {
				a.Ratings = map[string]int{}
			}
			a.Ratings[item] = r
		}
	}
	if a.Target == "" {
		a.Target = ta.Target
	}
	mergeSnapshots(a, ta.Snapshots, ta.RatedOn > a.RatedOn)
	a.RatedOn = max(a.RatedOn, ta.RatedOn)
	for id, c := range theirs.Practice.Cards {
		if have, ok := out.Practice.Cards[id]; !ok || c.LastReview.After(have.LastReview) {
			out.SetCard(id, c)
		}
	}
	for id, t := range theirs.Practice.Drafts {
		have := out.Practice.Drafts[id]
		switch {
		case strings.Contains(have, t):
		case strings.Contains(t, have):
			out.SetDraft(id, t)
		default:
			out.SetDraft(id, have+"\n\n"+t)
		}
	}
	mergeMocks(out, theirs)
	mergeStudy(out, theirs.Study)
	return out
}

// Change lists the ids of one kind that a document gains or changes, and
// those it loses.
type Change struct {
	Gained, Lost []string
}

// Changes is what would change, id by id, when one document takes the
// place of another: lessons that become done or stop being done, lessons
// whose quiz answers change, and the checklist items, cards and drafts that
// change. Only ids this version knows, with values in range, count.
type Changes struct {
	Done, Answers, Ratings, Cards, Drafts Change
}

// Compare lists what changes from before to after.
func Compare(before, after *Document, k Known) Changes {
	b, a := factsOf(before, k), factsOf(after, k)
	return Changes{
		Done:    compare(b.done, a.done),
		Answers: compare(b.answers, a.answers),
		Ratings: compare(b.ratings, a.ratings),
		Cards:   compare(b.cards, a.cards),
		Drafts:  compare(b.drafts, a.drafts),
	}
}

// facts are what a document holds that this version of the course can
// use, kind by kind: each id with a value that differs when what the id
// holds differs.
type facts struct {
	done, answers, ratings, cards, drafts map[string]string
	answered                              int // how many quiz answers
}

func factsOf(d *Document, k Known) facts {
	f := facts{map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}, 0}
	for id, l := range d.Lessons {
		if _, ok := k.Lessons[id]; !ok {
			continue
		}
		if l.Done {
			f.done[id] = ""
		}
		valid := map[string]int{}
		for q, a := range l.Answers {
			if _, ok := k.answer(id, q, a); ok {
				valid[q] = a
			}
		}
		if len(valid) > 0 {
			f.answers[id] = fingerprint(valid)
			f.answered += len(valid)
		}
	}
	for item, r := range d.Assessment.Ratings {
		if _, ok := k.rating(item, r); ok {
			f.ratings[item] = strconv.Itoa(r)
		}
	}
	for id, c := range d.Practice.Cards {
		if k.Cards[id] {
			f.cards[id] = fingerprint(c)
		}
	}
	for id, t := range d.Practice.Drafts {
		if k.Cards[id] {
			f.drafts[id] = t
		}
	}
	return f
}

// fingerprint is v as JSON, which writes maps in the order of their keys.
func fingerprint(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// compare lists the ids that now adds or holds differently from was, and
// those of was that now lacks.
func compare(was, now map[string]string) Change {
	var c Change
	for id, v := range now {
		if w, ok := was[id]; !ok || w != v {
			c.Gained = append(c.Gained, id)
		}
	}
	for id := range was {
		if _, ok := now[id]; !ok {
			c.Lost = append(c.Lost, id)
		}
	}
	slices.Sort(c.Gained)
	slices.Sort(c.Lost)
	return c
}
