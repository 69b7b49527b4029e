package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The rule of the ≠ marks, as the key above the table states it: a mark
// sits only on the short facts (which way a role faces, whom it reports
// to), on the roles whose answer differs from the others'. Descriptions
// (mission, responsibilities, where it matters) are each role's own, so
// marking them would mark every cell: they carry none.
var msgDiffersKey = &i18n.Message{
	ID:          "DiffersKey",
	Description: "Key to the sign (≠) on the compare page: it marks, on the short facts only (direction, reports to), the roles whose answer differs from the others'; descriptions are each role's own and carry no mark.",
	Other:       "Differs from the others, on the short facts (direction, reports to); descriptions are each role’s own and are not marked.",
}

// differing says which of values stand out from the rest: where most of
// them agree (one value held by more than any other, and by at least two),
// the ones that differ from it. Where none prevails, every cell differs
// from every other and a mark on each would say nothing the row does not:
// none is marked, as where all agree.
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
		out[i] = !tie && best >= 2 && v != top
	}
	return out
}
