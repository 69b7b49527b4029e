package assess

import (
	"slices"
	"testing"
)

func TestARoleProfileIsTheMeanWeightOfEachAreaOverTheLargest(t *testing.T) {
	c := &Checklist{
		Areas: []string{"tech", "people", "empty"},
		Roles: []string{"cto", "cio"},
		Items: []Item{
			{ID: "a", Area: "tech", Weights: map[string]int{"cto": 3, "cio": 1}},
			{ID: "b", Area: "tech", Weights: map[string]int{"cto": 3}},
			{ID: "c", Area: "people", Weights: map[string]int{"cto": 0, "cio": 3}},
		},
	}
	if got, want := c.Profile("cto"), []float64{1, 0, 0}; !slices.Equal(got, want) {
		t.Errorf("the CTO asks %v, want %v", got, want)
	}
	if got, want := c.Profile("cio"), []float64{1.0 / 6, 1, 0}; !slices.Equal(got, want) {
		t.Errorf("the CIO asks %v, want %v", got, want)
	}
	if got := c.Profile("nobody"); !slices.Equal(got, []float64{0, 0, 0}) {
		t.Errorf("a role the checklist does not weigh asks %v", got)
	}
}

func TestExtremesNameTheHighestAndLowestAnsweredAreas(t *testing.T) {
	scores := []AreaScore{
		{Area: "tech", Score: 0.5, Answered: 2},
		{Area: "ops", Score: 1, Answered: 1},
		{Area: "people", Score: 0, Answered: 0}, // not answered: never the weakest
		{Area: "strategy", Score: 0.25, Answered: 3},
		{Area: "talk", Score: 1, Answered: 2}, // ties the strongest: the first wins
	}
	strong, weak, even := Extremes(scores)
	if strong != "ops" || weak != "strategy" || even {
		t.Errorf("got strongest %q, weakest %q, even %v; want ops, strategy, false", strong, weak, even)
	}
	if _, _, even := Extremes(scores[:1]); !even {
		t.Error("one answered area is not even with itself")
	}
	if s, w, _ := Extremes([]AreaScore{{Area: "x"}}); s != "" || w != "" {
		t.Errorf("with nothing answered, got %q and %q", s, w)
	}
}

func TestAStretchIsTheAnsweredAreaWhereTheRoleAsksMostAboveTheLearner(t *testing.T) {
	c := &Checklist{
		Areas: []string{"tech", "people", "money"},
		Roles: []string{"cto", "cio"},
		Items: []Item{
			{ID: "a", Area: "tech", Weights: map[string]int{"cto": 3, "cio": 1}},
			{ID: "b", Area: "people", Weights: map[string]int{"cto": 1, "cio": 3}},
			{ID: "c", Area: "money", Weights: map[string]int{"cto": 0, "cio": 3}},
		},
	}
	// Tech at a third, people at nothing, money not answered.
	scores := c.AreaScores(Answers{"a": 1, "b": 0})
	if s, ok := c.Stretch("cto", scores); !ok || s.Area != "tech" || s.Met || s.Asks != 1 || s.Score != 1.0/3 || s.Core != "tech" {
		t.Errorf("the CTO's stretch is %+v, want tech (asks 1, at a third), tech at its core", s)
	}
	// The CIO asks all of money, but money is not answered: people it is.
	if s, ok := c.Stretch("cio", scores); !ok || s.Area != "people" || s.Met || s.Core != "people" {
		t.Errorf("the CIO's stretch is %+v, want people", s)
	}
	// Tech rated at the top: the CTO's core is met; people is its gap.
	if s, _ := c.Stretch("cto", c.AreaScores(Answers{"a": 3, "b": 0})); s.Area != "people" || s.Core != "tech" || s.CoreAsks != 1 || s.Met {
		t.Errorf("with tech met the CTO's stretch is %+v, want people, tech at its core", s)
	}
	// Everything at the top: the role's most demanding answered area, met.
	top := c.AreaScores(Answers{"a": 3, "b": 3, "c": 3})
	if s, ok := c.Stretch("cio", top); !ok || s.Area != "people" || !s.Met || s.Score != 1 {
		t.Errorf("with every area met the CIO's stretch is %+v, want people, met", s)
	}
	if _, ok := c.Stretch("cto", c.AreaScores(Answers{})); ok {
		t.Error("a stretch is found with nothing answered")
	}
}

func TestTheHeadlinesWeakestOfTiedAreasIsTheOneTheRoleNeedsMost(t *testing.T) {
	c := &Checklist{
		Areas: []string{"tech", "people", "exec"},
		Roles: []string{"ciso"},
		Items: []Item{
			{ID: "a", Area: "tech", Weights: map[string]int{"ciso": 1}},
			{ID: "b", Area: "people", Weights: map[string]int{"ciso": 1}},
			{ID: "c", Area: "exec", Weights: map[string]int{"ciso": 3}},
		},
	}
	// People and the executive view tie for the lowest; the CISO asks
	// most of the executive view, so the headline names it, as the card does.
	scores := []AreaScore{{"tech", 0.8, 1, 1}, {"people", 0.2, 1, 1}, {"exec", 0.2, 1, 1}}
	if _, weak, _ := Extremes(scores); weak != "people" {
		t.Fatalf("Extremes names %s, want the first tied area, people", weak)
	}
	if strong, weak, even := c.ExtremesFor("ciso", scores); strong != "tech" || weak != "exec" || even {
		t.Errorf("for the CISO: %s, %s, %v; want tech, exec, false", strong, weak, even)
	}
	// Without a tie the lowest area stays the weakest, whatever the role.
	scores[2].Score = 0.4
	if _, weak, _ := c.ExtremesFor("ciso", scores); weak != "people" {
		t.Errorf("with the executive view above people, the weakest is %s", weak)
	}
}
