package content

import (
	"fmt"
	"unicode/utf8"
)

// Limits on how a quiz may give its answer away by the options' shape,
// across the course and in each language: the right option may be the
// longest in at most MaxLongestRight of the questions, and never
// TellRatio times as long as the longest wrong option or more.
const (
	MaxLongestRight = 0.35
	TellRatio       = 1.5
)

// QuizShape is how the course's quiz options look in one language.
type QuizShape struct {
	Questions      int
	LongestRight   int      // questions whose right option is the longest
	LargestRatio   float64  // the right option's length over the longest wrong one, at most
	LargestAt      string   // lesson/question of LargestRatio
	AnswerAt       []int    // how often the right answer stands at each position
	LongestRightAt []string // lesson/question of each LongestRight
}

// QuizShape measures the quizzes of every lesson in lang, in characters.
func (c *Course) QuizShape(lang string) QuizShape {
	var s QuizShape
	for _, l := range c.Lessons {
		t := l.Text[lang]
		if t == nil {
			continue
		}
		for i, q := range t.Body().Questions {
			if i >= len(l.Quiz) || l.Quiz[i].Answer >= len(q.Options) {
				continue
			}
			answer := l.Quiz[i].Answer
			for len(s.AnswerAt) <= answer {
				s.AnswerAt = append(s.AnswerAt, 0)
			}
			s.AnswerAt[answer]++
			s.Questions++
			right, other := utf8.RuneCountInString(q.Options[answer]), 0
			for j, o := range q.Options {
				if j != answer {
					other = max(other, utf8.RuneCountInString(o))
				}
			}
			at := l.ID + "/" + q.ID
			if right > other {
				s.LongestRight++
				s.LongestRightAt = append(s.LongestRightAt, at)
			}
			if ratio := float64(right) / float64(max(other, 1)); ratio > s.LargestRatio {
				s.LargestRatio, s.LargestAt = ratio, at
			}
		}
	}
	return s
}

// Problems says how the shape breaks the limits, naming the questions.
func (s QuizShape) Problems() []string {
	var out []string
	if s.Questions > 0 && float64(s.LongestRight) > MaxLongestRight*float64(s.Questions) {
		out = append(out, fmt.Sprintf("the right option is the longest in %d of %d questions (at most %.0f%%): %v",
			s.LongestRight, s.Questions, MaxLongestRight*100, s.LongestRightAt))
	}
	if s.LargestRatio >= TellRatio {
		out = append(out, fmt.Sprintf("at %s the right option is %.2f times as long as the longest wrong one (under %.1f)",
			s.LargestAt, s.LargestRatio, TellRatio))
	}
	return out
}
