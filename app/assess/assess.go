// Package assess scores the self-assessment: how far the learner has come in
// each area, how closely their answers fit each role, which gaps matter most
// for a role, and the share fragment that carries answers in a link. It is
// pure logic, with no browser and no go-app.
package assess

import (
	"cmp"
	"math"
	"slices"
)

// Levels is how many ratings the scale has: 0 not yet, 1 learning, 2 can do,
// 3 can teach.
const Levels = 4

// top is the highest rating, "Can teach"; canDo, the one below it,
// "Can do": the learner does it unaided.
const (
	top   = Levels - 1
	canDo = top - 1
)

// Item is one checklist statement: its area, how much it matters to each
// role (0 to 3), and the lessons that build it.
type Item struct {
	ID      string
	Area    string
	Weights map[string]int
	Lessons []string
}

// Checklist is the whole self-assessment, in display order.
type Checklist struct {
	Areas []string
	Roles []string
	Items []Item
}

// Answers maps an item id to its rating, 0 to Levels-1; an item not in the map
// is unanswered.
type Answers map[string]int

// valid reports whether r is a rating on the scale.
func valid(r int) bool { return r >= 0 && r < Levels }

// Answered counts the checklist items that have a valid rating.
func (c *Checklist) Answered(a Answers) int {
	n := 0
	for _, it := range c.Items {
		if r, ok := a[it.ID]; ok && valid(r) {
			n++
		}
	}
	return n
}

// AreaScore is how far the learner has come in one area.
type AreaScore struct {
	Area     string
	Score    float64 // 0 to 1: the mean rating of the answered items over the top rating
	Answered int
	Total    int
}

// AreaScores scores every area, in checklist order. An area with no answers
// scores 0 and says so with Answered == 0.
func (c *Checklist) AreaScores(a Answers) []AreaScore {
	scores := make([]AreaScore, len(c.Areas))
	index := map[string]int{}
	for i, id := range c.Areas {
		scores[i].Area = id
		index[id] = i
	}
	sums := make([]int, len(c.Areas))
	for _, it := range c.Items {
		i, ok := index[it.Area]
		if !ok {
			continue
		}
		scores[i].Total++
		if r, ok := a[it.ID]; ok && valid(r) {
			scores[i].Answered++
			sums[i] += r
		}
	}
	for i := range scores {
		if scores[i].Answered > 0 {
			scores[i].Score = float64(sums[i]) / float64(scores[i].Answered*top)
		}
	}
	return scores
}

// Fit is how closely the answers match one role, and why.
type Fit struct {
	Role  string
	Score float64 // 0 to 1: the answered ratings, weighted by what the role needs
	// Best reports that the role fits best, alone or tied with others (in
	// whole percent, as the scores are shown).
	Best bool
	// Strong is the area the role leans on where the learner's area score
	// (as the results table shows it) is highest, and Light the one where it
	// is lowest. Strong is set only when it scores above Light or every such
	// area is at the top; Light only below the top. So a reason never calls
	// an area strong that scores no better than another it names or shows.
	Strong, Light string
}

// leanWeight is the mean weight (0 to 3) from which a role leans on an area.
const leanWeight = 1.5

// Fits ranks the roles by how closely the answers match them, best first;
// roles that tie keep checklist order. Only answered items count. It returns
// nil when nothing is answered.
func (c *Checklist) Fits(a Answers) []Fit {
	if c.Answered(a) == 0 {
		return nil
	}
	scores := c.AreaScores(a)
	fits := make([]Fit, 0, len(c.Roles))
	for _, role := range c.Roles {
		weights := map[string]float64{} // by area: the role's weights of the answered items
		counts := map[string]int{}
		var got, possible float64
		for _, it := range c.Items {
			r, ok := a[it.ID]
			w := float64(it.Weights[role])
			if !ok || !valid(r) {
				continue
			}
			weights[it.Area] += w
			counts[it.Area]++
			got += w * float64(r) / top
			possible += w
		}
		f := Fit{Role: role}
		if possible > 0 {
			f.Score = got / possible
		}
		f.Strong, f.Light = strongAndLight(scores, func(area string) float64 {
			if counts[area] == 0 {
				return 0
			}
			return weights[area] / float64(counts[area])
		})
		fits = append(fits, f)
	}
	slices.SortStableFunc(fits, func(x, y Fit) int { return cmp.Compare(y.Score, x.Score) })
	for i := range fits {
		fits[i].Best = math.Round(fits[i].Score*100) == math.Round(fits[0].Score*100)
	}
	return fits
}

// strongAndLight picks, among the answered areas a role leans on (all the
// answered areas it weighs at all, when it leans on none), the highest and
// the lowest scoring; ties go to the area listed first.
func strongAndLight(scores []AreaScore, lean func(area string) float64) (strong, light string) {
	var leaned []AreaScore
	for _, min := range []float64{leanWeight, math.SmallestNonzeroFloat64} {
		for _, s := range scores {
			if s.Answered > 0 && lean(s.Area) >= min {
				leaned = append(leaned, s)
			}
		}
		if len(leaned) > 0 {
			break
		}
	}
	if len(leaned) == 0 {
		return "", ""
	}
	hi, lo := leaned[0], leaned[0]
	for _, s := range leaned[1:] {
		if s.Score > hi.Score {
			hi = s
		}
		if s.Score < lo.Score {
			lo = s
		}
	}
	if hi.Score > lo.Score || hi.Score == 1 {
		strong = hi.Area
	}
	if lo.Score < 1 && lo.Area != strong {
		light = lo.Area
	}
	return strong, light
}

// Gap is an answered item where the learner is short of what a role needs.
type Gap struct {
	Item   Item
	Rating int
	Weight int // what the role needs of it, 1 to 3
}

// Gaps returns up to n items where the learner falls furthest short of what
// role needs: the missing rating times the role's weight, largest first;
// equal gaps keep checklist order. Items the role does not need, items the
// learner can already do (rated "Can do" or above) and unanswered items are
// never gaps: a lesson is not worth recommending for what one can do.
func (c *Checklist) Gaps(a Answers, role string, n int) []Gap {
	var gaps []Gap
	for _, it := range c.Items {
		r, ok := a[it.ID]
		w := it.Weights[role]
		if !ok || !valid(r) || r >= canDo || w <= 0 {
			continue
		}
		gaps = append(gaps, Gap{Item: it, Rating: r, Weight: w})
	}
	short := func(g Gap) int { return (top - g.Rating) * g.Weight }
	slices.SortStableFunc(gaps, func(x, y Gap) int { return cmp.Compare(short(y), short(x)) })
	if len(gaps) > n {
		gaps = gaps[:n]
	}
	return gaps
}
