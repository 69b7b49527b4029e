package practice

import "time"

// Mock interviews: which cards a session asks, how the answer points the
// learner covered rate a card, and where the session was weakest.

// MockSizes are the numbers of questions a mock interview can ask.
var MockSizes = []int{3, 5, 10}

// Pick chooses up to n different cards among ids for a mock interview at
// now: first the cards that are due or were never studied, then the others,
// each group in an order shuffled by seed, so that one seed always picks the
// same questions in the same order. An id given twice counts once.
func Pick(ids []string, cards map[string]Card, now time.Time, n int, seed uint64) []string {
	seen := map[string]bool{}
	var first, rest []string
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if c := cards[id].Sane(); c.State == New || c.IsDue(now) {
			first = append(first, id)
		} else {
			rest = append(rest, id)
		}
	}
	rng := splitmix(seed)
	shuffle(first, &rng)
	shuffle(rest, &rng)
	picked := append(first, rest...)
	return picked[:max(0, min(n, len(picked)))]
}

// splitmix is a small pseudo-random generator (SplitMix64): unlike
// math/rand's, its sequence for a seed is fixed here, whatever the Go
// version, so a seed picks the same cards in every build.
type splitmix uint64

func (s *splitmix) next() uint64 {
	*s += 0x9e3779b97f4a7c15
	z := uint64(*s)
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// shuffle puts ids in a random order (Fisher–Yates).
func shuffle(ids []string, rng *splitmix) {
	for i := len(ids) - 1; i > 0; i-- {
		j := int(rng.next() % uint64(i+1))
		ids[i], ids[j] = ids[j], ids[i]
	}
}

// CoverageRating is the recall rating an answer earns by the share of the
// card's answer points it covered: under 40 % Again, under 70 % Hard, short
// of all of them Good, and all of them Easy. A card with no points to cover
// counts as recalled (Good).
func CoverageRating(covered, points int) Rating {
	covered = max(0, min(covered, points))
	switch {
	case points <= 0:
		return Good
	case covered*100 < 40*points:
		return Again
	case covered*100 < 70*points:
		return Hard
	case covered < points:
		return Good
	}
	return Easy
}

// Coverage is one answered question of a mock interview: its topic, how
// many answer points it has and how many the learner covered.
type Coverage struct {
	Topic           string
	Covered, Points int
}

// Total adds up the points covered and the points there were.
func Total(answers []Coverage) (covered, points int) {
	for _, a := range answers {
		covered += max(0, min(a.Covered, a.Points))
		points += max(0, a.Points)
	}
	return covered, points
}

// Weakest is the topic whose answers covered the smallest share of their
// points, the one asked first among equals, with its points covered and
// its points. ok is false when nothing was missed: every point of every
// answer was covered, or there was nothing to cover.
func Weakest(answers []Coverage) (topic string, covered, points int, ok bool) {
	var order []string
	byTopic := map[string][]Coverage{}
	for _, a := range answers {
		if _, seen := byTopic[a.Topic]; !seen {
			order = append(order, a.Topic)
		}
		byTopic[a.Topic] = append(byTopic[a.Topic], a)
	}
	for _, t := range order {
		c, p := Total(byTopic[t])
		if c == p {
			continue
		}
		// c/p < covered/points, without dividing.
		if !ok || c*points < covered*p {
			topic, covered, points, ok = t, c, p, true
		}
	}
	return topic, covered, points, ok
}
