package ui

import (
	"slices"
	"testing"
)

func TestTheCellsThatStandOutFromTheOthersAreMarked(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		want   []bool
	}{
		{"all the same: none", []string{"out", "out", "out"}, []bool{false, false, false}},
		{"three agree, one differs: that one", []string{"out", "in", "out", "out"}, []bool{false, true, false, false}},
		{"two roles that differ: both", []string{"out", "in"}, []bool{true, true}},
		{"all different: all", []string{"a", "b", "c"}, []bool{true, true, true}},
		{"two against two: all", []string{"a", "b", "b", "a"}, []bool{true, true, true, true}},
		{"two agree, two differ from them and each other: the two", []string{"a", "b", "a", "c"}, []bool{false, true, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := differing(tt.values); !slices.Equal(got, tt.want) {
				t.Errorf("differing(%q) = %v, want %v", tt.values, got, tt.want)
			}
		})
	}
}
