package assess

import (
	"reflect"
	"testing"
)

func TestAreaChanges(t *testing.T) {
	tests := []struct {
		name     string
		from, to Answers
		want     []AreaChange
	}{
		{"the same answers change nothing", Answers{"stack": 2, "governance": 1, "hiring": 0}, Answers{"stack": 2, "governance": 1, "hiring": 0}, []AreaChange{
			{"tech", 0, true}, {"risk", 0, true}, {"people", 0, true},
		}},
		{"a rise and a fall are in whole points of the scores shown", Answers{"stack": 1, "debt": 1, "governance": 3, "hiring": 0}, Answers{"stack": 2, "debt": 1, "governance": 2, "hiring": 3}, []AreaChange{
			// tech 33 % → 50 %, risk 100 % → 67 %, people 0 % → 100 %
			{"tech", 17, true}, {"risk", -33, true}, {"people", 100, true},
		}},
		{"rounding follows the figures shown, not the exact scores", Answers{"stack": 1, "debt": 0}, Answers{"stack": 1, "debt": 1}, []AreaChange{
			// 16.67 % shows as 17 %, 33.33 % as 33 %: 16 points, not 16.67 rounded to 17
			{"tech", 16, true}, {"risk", 0, false}, {"people", 0, false},
		}},
		{"an area answered on one side only has no change to tell", Answers{"hiring": 1}, Answers{"stack": 3, "hiring": 1}, []AreaChange{
			{"tech", 0, false}, {"risk", 0, false}, {"people", 0, true},
		}},
		{"ratings off the scale count as unanswered", Answers{"stack": 9}, Answers{"stack": 3}, []AreaChange{
			{"tech", 0, false}, {"risk", 0, false}, {"people", 0, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sample.AreaChanges(tt.from, tt.to); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestOverall(t *testing.T) {
	tests := []struct {
		name     string
		answers  Answers
		score    float64
		answered int
	}{
		{"nothing answered scores zero", Answers{}, 0, 0},
		{"the mean of every answered item over the top rating", Answers{"stack": 3, "debt": 0, "hiring": 2}, 5.0 / 9, 3},
		{"unknown items and ratings off the scale are left out", Answers{"stack": 3, "other": 1, "debt": 4}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			score, answered := sample.Overall(tt.answers)
			if !near(score, tt.score) || answered != tt.answered {
				t.Errorf("got %v of %d, want %v of %d", score, answered, tt.score, tt.answered)
			}
		})
	}
}
