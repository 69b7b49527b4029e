package assess

import "slices"

// maxWeight is the most an item can matter to a role.
const maxWeight = 3

// Profile is what a role asks in each area, in checklist order: the mean
// weight the role gives the area's items over the largest weight, from 0
// (the role needs none of it) to 1 (all of it is core). Drawn beside the
// learner's area scores, it shows where the two differ. An area without
// items, or a role the checklist does not weigh, asks 0.
func (c *Checklist) Profile(role string) []float64 {
	sums := make([]int, len(c.Areas))
	counts := make([]int, len(c.Areas))
	index := map[string]int{}
	for i, id := range c.Areas {
		index[id] = i
	}
	for _, it := range c.Items {
		i, ok := index[it.Area]
		if !ok {
			continue
		}
		sums[i] += it.Weights[role]
		counts[i]++
	}
	profile := make([]float64, len(c.Areas))
	for i := range profile {
		if counts[i] > 0 {
			profile[i] = float64(sums[i]) / float64(counts[i]*maxWeight)
		}
	}
	return profile
}

// Extremes are the answered areas where the learner scores highest and
// lowest, the first in checklist order on a tie; Even reports that every
// answered area scores the same, and both are "" when none is answered.
func Extremes(scores []AreaScore) (strongest, weakest string, even bool) {
	var hi, lo *AreaScore
	for i := range scores {
		s := &scores[i]
		if s.Answered == 0 {
			continue
		}
		if hi == nil || s.Score > hi.Score {
			hi = s
		}
		if lo == nil || s.Score < lo.Score {
			lo = s
		}
	}
	if hi == nil {
		return "", "", false
	}
	return hi.Area, lo.Area, hi.Score == lo.Score
}

// Stretch sets a role's profile against the learner's area scores: the
// area where the role asks most beyond where the learner stands, and the
// area it asks most of. Together they tell one role's next step from
// another's.
type Stretch struct {
	Area  string
	Asks  float64 // what the role asks there, 0 to 1 (see Profile)
	Score float64 // the learner's area score there
	// Met reports that the learner reaches what the role asks in every
	// answered area; Area is then the core.
	Met bool
	// Core is the answered area the role asks most of, and CoreAsks what
	// it asks there.
	Core     string
	CoreAsks float64
}

// Stretch finds, among the answered areas, the one where role asks most
// above the learner's score, and the one it asks most of; ties go to the
// area listed first. When the learner meets the role everywhere, the
// stretch is the core, and Met is set. ok is false when no area is
// answered.
func (c *Checklist) Stretch(role string, scores []AreaScore) (s Stretch, ok bool) {
	profile := c.Profile(role)
	gap := 0.0
	for i, a := range scores {
		if a.Answered == 0 || i >= len(profile) {
			continue
		}
		if !ok || profile[i] > s.CoreAsks {
			s.Core, s.CoreAsks, ok = a.Area, profile[i], true
		}
		if d := profile[i] - a.Score; d > gap {
			gap, s.Area, s.Asks, s.Score = d, a.Area, profile[i], a.Score
		}
	}
	if ok && gap == 0 {
		s.Area, s.Asks, s.Met = s.Core, s.CoreAsks, true
		s.Score = scores[slices.IndexFunc(scores, func(a AreaScore) bool { return a.Area == s.Core })].Score
	}
	return s, ok
}

// ExtremesFor is Extremes as the results say it beside role's card: among
// the areas tied for the lowest score, the weakest is the one where role
// asks most beyond the learner (its Stretch), so the headline and the card
// below it name one area for one shortfall.
func (c *Checklist) ExtremesFor(role string, scores []AreaScore) (strongest, weakest string, even bool) {
	strongest, weakest, even = Extremes(scores)
	s, ok := c.Stretch(role, scores)
	if !ok || s.Met || even {
		return strongest, weakest, even
	}
	if i := slices.IndexFunc(scores, func(a AreaScore) bool { return a.Area == weakest }); i >= 0 && scores[i].Score == s.Score {
		weakest = s.Area
	}
	return strongest, weakest, even
}
