package assess

import "math"

// AreaChange is how an area's score moved from one set of answers to
// another, in whole percentage points of the scores as the results show
// them (so that the change is always the difference of the two figures the
// learner sees).
type AreaChange struct {
	Area   string
	Points int // to's score minus from's, -100 to 100
	// Compared is false when either set answers nothing in the area: there
	// is no change to tell.
	Compared bool
}

// AreaChanges compares every area's score in from with the same area's in
// to, in checklist order.
func (c *Checklist) AreaChanges(from, to Answers) []AreaChange {
	was, now := c.AreaScores(from), c.AreaScores(to)
	changes := make([]AreaChange, len(now))
	for i, s := range now {
		changes[i] = AreaChange{Area: s.Area}
		if s.Answered > 0 && was[i].Answered > 0 {
			changes[i].Points = wholePercent(s.Score) - wholePercent(was[i].Score)
			changes[i].Compared = true
		}
	}
	return changes
}

// Overall is how far the learner has come over the whole checklist: the
// mean rating of the answered items over the top rating, 0 to 1, with how
// many items are answered.
func (c *Checklist) Overall(a Answers) (score float64, answered int) {
	sum := 0
	for _, it := range c.Items {
		if r, ok := a[it.ID]; ok && valid(r) {
			sum += r
			answered++
		}
	}
	if answered == 0 {
		return 0, 0
	}
	return float64(sum) / float64(answered*top), answered
}

// wholePercent is a 0-to-1 score in whole percent, as the results show it.
func wholePercent(score float64) int { return int(math.Round(score * 100)) }
