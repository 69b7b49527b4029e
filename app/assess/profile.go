package assess

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
