package assess

import (
	"errors"
	"math"
	"reflect"
	"testing"
)

// sample is a small checklist whose weights make the expected results easy
// to work out by hand.
var sample = Checklist{
	Areas: []string{"tech", "risk", "people"},
	Roles: []string{"cto", "cio", "vpoe"},
	Items: []Item{
		{ID: "stack", Area: "tech", Weights: map[string]int{"cto": 3, "cio": 1, "vpoe": 1}, Lessons: []string{"l1"}},
		{ID: "debt", Area: "tech", Weights: map[string]int{"cto": 3, "cio": 0, "vpoe": 2}, Lessons: []string{"l2"}},
		{ID: "governance", Area: "risk", Weights: map[string]int{"cto": 1, "cio": 3, "vpoe": 0}, Lessons: []string{"l3"}},
		{ID: "incident", Area: "risk", Weights: map[string]int{"cto": 2, "cio": 3, "vpoe": 1}, Lessons: []string{"l3"}},
		{ID: "hiring", Area: "people", Weights: map[string]int{"cto": 2, "cio": 1, "vpoe": 3}, Lessons: []string{"l4"}},
	},
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestAreaScores(t *testing.T) {
	tests := []struct {
		name    string
		answers Answers
		want    []AreaScore
	}{
		{"nothing answered scores zero with no answers", Answers{}, []AreaScore{
			{"tech", 0, 0, 2}, {"risk", 0, 0, 2}, {"people", 0, 0, 1},
		}},
		{"an area is the mean of its answered items", Answers{"stack": 3, "debt": 0, "governance": 2}, []AreaScore{
			{"tech", 0.5, 2, 2}, {"risk", 2.0 / 3, 1, 2}, {"people", 0, 0, 1},
		}},
		{"ratings off the scale and unknown items are ignored", Answers{"stack": 7, "debt": -1, "other": 3, "hiring": 3}, []AreaScore{
			{"tech", 0, 0, 2}, {"risk", 0, 0, 2}, {"people", 1, 1, 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sample.AreaScores(tt.answers)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d areas, want %d", len(got), len(tt.want))
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Area != w.Area || !near(g.Score, w.Score) || g.Answered != w.Answered || g.Total != w.Total {
					t.Errorf("area %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestFits(t *testing.T) {
	t.Run("nothing answered ranks nothing", func(t *testing.T) {
		if got := sample.Fits(Answers{}); got != nil {
			t.Errorf("got %v", got)
		}
	})
	t.Run("strong on risk, short on technology is closest to the CIO", func(t *testing.T) {
		got := sample.Fits(Answers{"stack": 0, "debt": 1, "governance": 3, "incident": 3, "hiring": 1})
		roles := []string{got[0].Role, got[1].Role, got[2].Role}
		if !reflect.DeepEqual(roles, []string{"cio", "cto", "vpoe"}) {
			t.Fatalf("ranking = %v", roles)
		}
		// CIO: weights 1,0,3,3,1 → (0 + 0 + 3 + 3 + 1/3) / 8.
		if want := (3 + 3 + 1.0/3) / 8; !near(got[0].Score, want) {
			t.Errorf("CIO fit = %v, want %v", got[0].Score, want)
		}
		// The CIO leans on risk alone (mean weights: tech 0.5, risk 3,
		// people 1), which is at the top: strong there, nothing light.
		if got[0].Strong != "risk" || got[0].Light != "" {
			t.Errorf("CIO reason = strong %q, light %q; want risk, nothing", got[0].Strong, got[0].Light)
		}
		// The CTO leans on all three: risk 100 %, people 33 %, tech 17 %.
		if got[1].Strong != "risk" || got[1].Light != "tech" {
			t.Errorf("CTO reason = strong %q, light %q; want risk, tech", got[1].Strong, got[1].Light)
		}
	})
	t.Run("only answered items count", func(t *testing.T) {
		got := sample.Fits(Answers{"hiring": 3})
		for _, f := range got {
			if !near(f.Score, 1) || f.Strong != "people" || f.Light != "" {
				t.Errorf("%+v, want a full fit, strong on people, nothing light", f)
			}
		}
		if got[0].Role != "cto" || got[2].Role != "vpoe" {
			t.Errorf("equal fits should keep checklist order, got %v", got)
		}
	})
	t.Run("a tie for the best fit marks every role in it", func(t *testing.T) {
		got := sample.Fits(Answers{"hiring": 3})
		for _, f := range got {
			if !f.Best {
				t.Errorf("%s ties at 100 %% but is not marked best", f.Role)
			}
		}
		got = sample.Fits(Answers{"stack": 0, "debt": 1, "governance": 3, "incident": 3, "hiring": 1})
		if !got[0].Best || got[1].Best || got[2].Best {
			t.Errorf("only the CIO fits best: %+v", got)
		}
	})
	t.Run("an area called strong scores above the one called light, and is never the weakest of the table", func(t *testing.T) {
		// The ratings a tester gave in turn, 0 3 2 1 0 3 …, left technology
		// joint lowest while the reason called it strong.
		answers := Answers{}
		for seed := 0; seed < 500; seed++ {
			for i, it := range sample.Items {
				answers[it.ID] = (seed/(1<<(2*i)) + i*seed) % Levels
				if seed == 0 {
					answers[it.ID] = []int{0, 3, 2, 1}[i%4]
				}
			}
			scores := map[string]float64{}
			lowest := 1.0
			for _, s := range sample.AreaScores(answers) {
				scores[s.Area] = s.Score
				lowest = math.Min(lowest, s.Score)
			}
			for _, f := range sample.Fits(answers) {
				if f.Strong != "" && f.Light != "" && scores[f.Strong] <= scores[f.Light] {
					t.Fatalf("%v: %s strong on %s (%v), light on %s (%v)", answers, f.Role, f.Strong, scores[f.Strong], f.Light, scores[f.Light])
				}
				if f.Strong != "" && scores[f.Strong] == lowest && lowest < 1 {
					t.Fatalf("%v: %s strong on %s, the table's lowest (%v)", answers, f.Role, f.Strong, lowest)
				}
			}
		}
	})
	t.Run("nothing to be strong on", func(t *testing.T) {
		got := sample.Fits(Answers{"stack": 0, "debt": 0, "governance": 0, "incident": 0, "hiring": 0})
		for _, f := range got {
			if f.Score != 0 || f.Strong != "" || f.Light == "" {
				t.Errorf("%+v, want zero, no strong area, a light one", f)
			}
		}
	})
}

func TestGaps(t *testing.T) {
	answers := Answers{"stack": 1, "debt": 2, "governance": 0, "incident": 3, "hiring": 0}
	tests := []struct {
		role string
		n    int
		want []string
	}{
		// CTO: stack 2×3=6, hiring 3×2=6, governance 3×1=3; debt is rated
		// "Can do" and incident at the top.
		{"cto", 3, []string{"stack", "hiring", "governance"}},
		// CIO: governance 3×3=9, hiring 3×1=3, stack 2×1=2.
		{"cio", 10, []string{"governance", "hiring", "stack"}},
		{"vpoe", 1, []string{"hiring"}},
		{"nobody", 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.role, func(t *testing.T) {
			var got []string
			for _, g := range sample.Gaps(answers, tt.role, tt.n) {
				got = append(got, g.Item.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("gaps = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestShareRoundTrip(t *testing.T) {
	for _, a := range []Answers{
		{},
		{"stack": 0, "debt": 1, "governance": 2, "incident": 3, "hiring": 0},
		{"incident": 2},
	} {
		frag := sample.Encode(a)
		got, err := sample.Decode("#" + frag)
		if err != nil {
			t.Fatalf("decoding %q: %v", frag, err)
		}
		if !reflect.DeepEqual(got, a) {
			t.Errorf("%q decoded to %v, want %v", frag, got, a)
		}
	}
}

func TestShareProblems(t *testing.T) {
	good := sample.Encode(Answers{"stack": 3, "debt": 2})
	other := Checklist{Items: append([]Item{{ID: "extra"}}, sample.Items...)}
	tests := []struct {
		name     string
		fragment string
		want     ShareProblem
	}{
		{"truncated", good[:len(good)-3], ShareDamaged},
		{"cut inside the ratings", good[:12], ShareDamaged},
		{"a rating altered", alter(good, 13), ShareDamaged},
		{"empty", "", ShareForeign},
		{"another site's fragment", "section-2", ShareForeign},
		{"a lesson anchor", "#definition", ShareForeign},
		{"a version that is not a number", "ax.0000.33.00000000", ShareForeign},
		{"huge", "a1." + string(make([]byte, 5000)), ShareForeign},
		{"from a newer version", "a2." + good[3:], ShareFuture},
		{"made for another checklist", other.Encode(Answers{"extra": 1}), ShareOutdated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := sample.Decode(tt.fragment)
			var se *ShareError
			if !errors.As(err, &se) || se.Problem != tt.want {
				t.Fatalf("Decode(%q) = %v, %v; want a %s problem", tt.fragment, a, err, tt.want)
			}
			if a != nil {
				t.Errorf("answers %v returned with an error", a)
			}
		})
	}
}

// alter changes the character at i to another valid rating.
func alter(s string, i int) string {
	b := []byte(s)
	if b[i] == '0' {
		b[i] = '1'
	} else {
		b[i] = '0'
	}
	return string(b)
}

func FuzzDecode(f *testing.F) {
	f.Add(sample.Encode(Answers{"stack": 3}))
	f.Add("#a1.0000.-----.00000000")
	f.Add("a9.")
	f.Add("")
	f.Fuzz(func(t *testing.T, fragment string) {
		a, err := sample.Decode(fragment)
		if err != nil {
			if a != nil {
				t.Fatalf("answers with an error")
			}
			return
		}
		for id, r := range a {
			if !valid(r) {
				t.Fatalf("rating %d for %q is off the scale", r, id)
			}
		}
		if again, _ := sample.Decode(sample.Encode(a)); !reflect.DeepEqual(again, a) {
			t.Fatalf("%q: re-encoding changed %v to %v", fragment, a, again)
		}
	})
}
