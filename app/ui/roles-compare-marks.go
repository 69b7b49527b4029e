package ui

// differing says which of values stand out from the rest: where most of
// them agree (one value held by more than any other, and by at least two),
// the ones that differ from it; where none prevails, all of them; where
// all agree, none.
func differing(values []string) []bool {
	count := map[string]int{}
	for _, v := range values {
		count[v]++
	}
	top, best, tie := "", 0, false
	for _, v := range values {
		switch n := count[v]; {
		case n > best:
			top, best, tie = v, n, false
		case n == best && v != top:
			tie = true
		}
	}
	out := make([]bool, len(values))
	for i, v := range values {
		out[i] = len(count) > 1 && (tie || best < 2 || v != top)
	}
	return out
}
