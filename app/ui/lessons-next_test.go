package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/study"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

func TestTheNextLessonIsTheHalfReadOneElseTheFirstNotDone(t *testing.T) {
	c := withText(t)
	first, second, third := c.Lessons[0], c.Lessons[1], c.Lessons[2]
	laterSection := third.Text["en"].Body().Sections[2]
	tests := []struct {
		name    string
		save    func(d *progress.Document)
		want    *content.Lesson
		section string
		begun   bool
	}{
		{"nothing saved starts at the first lesson", func(*progress.Document) {}, first, "", false},
		{"the first lesson done leads to the second", func(d *progress.Document) { d.SetDone(first.ID, true, "2026-12-01") }, second, "", true},
		{"a lesson read past its first section is picked up where it stopped", func(d *progress.Document) {
			d.SetSection(third.ID, laterSection.ID)
		}, third, laterSection.ID, true},
		{"a lesson stopped in its first section counts as not begun", func(d *progress.Document) {
			d.SetSection(third.ID, third.Text["en"].Body().Sections[0].ID)
		}, first, "", false},
		{"a half-read lesson marked done is not offered again", func(d *progress.Document) {
			d.SetSection(third.ID, laterSection.ID)
			d.SetDone(third.ID, true, "2026-12-01")
		}, first, "", true},
		{"every lesson done leaves nothing to go on with", func(d *progress.Document) {
			for _, l := range c.Lessons {
				d.SetDone(l.ID, true, "2026-12-01")
			}
		}, nil, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := progress.New()
			tt.save(doc)
			next, section, begun := nextInCourse(c, doc, "en")
			if next != tt.want {
				t.Errorf("next lesson = %v, want %v", lessonID(next), lessonID(tt.want))
			}
			if got := ""; section != nil {
				got = section.ID
				if got != tt.section {
					t.Errorf("section = %q, want %q", got, tt.section)
				}
			} else if tt.section != "" {
				t.Errorf("no section, want %q", tt.section)
			}
			if begun != tt.begun {
				t.Errorf("begun = %v, want %v", begun, tt.begun)
			}
		})
	}
}

// shown is a component that renders a given tree, to test a function that
// builds one.
type shown struct {
	app.Compo
	ui app.UI
}

func (s *shown) Render() app.UI { return s.ui }

func lessonID(l *content.Lesson) string {
	if l == nil {
		return "none"
	}
	return l.ID
}

func TestTheContinueCardOffersTheNextLessonWithTheDaysGoalAndStreak(t *testing.T) {
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := progress.New()
	doc.SetDone(c.Lessons[0].ID, true, "2026-12-01")
	next, section, begun := nextInCourse(c, doc, "en")
	st := study.Status{Goal: progress.Goal{Minutes: 20}, Today: progress.Day{Seconds: 12 * 60}, Streak: 4}
	page := renderedPage(t, &shown{ui: continueCard("en", c, next, section, begun, st, true)})
	links := findAll(page, func(n *html.Node) bool { return n.Data == "a" && hasClass(n, "button") })
	if len(links) != 1 || attr(links[0], "href") != LessonPath("en", c.Lessons[1].ID) {
		t.Fatalf("the card's action leads to %v, want the second lesson", links)
	}
	text := textOf(page)
	for _, want := range []string{c.Lessons[1].Text["en"].Title, "Next lesson", "4-day streak", "12 of 20 minutes today"} {
		if !strings.Contains(text, want) {
			t.Errorf("the card says %q, without %q", text, want)
		}
	}

	t.Run("the server, which knows no one's day, shows no streak", func(t *testing.T) {
		page := renderedPage(t, &shown{ui: continueCard("en", c, next, section, begun, st, false)})
		if text := textOf(page); strings.Contains(text, "streak") {
			t.Errorf("the pre-rendered card says %q", text)
		}
	})
	t.Run("without a goal it offers to choose one", func(t *testing.T) {
		page := renderedPage(t, &shown{ui: continueCard("en", c, next, section, begun, study.DayStatus(doc.Study, time.Now()), true)})
		goal := findAll(page, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == TodayPath("en") })
		if len(goal) != 1 {
			t.Errorf("no link to choose a goal in %q", textOf(page))
		}
	})
}

func TestThePathMarksTheNextLessonAndShowsQuizScores(t *testing.T) {
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	first, second := c.Lessons[0], c.Lessons[1]
	doc := progress.New()
	doc.SetDone(first.ID, true, "2026-12-01")
	answers := map[string]int{}
	for i, q := range first.Quiz {
		answers[q.ID] = q.Answer
		if i == 0 {
			answers[q.ID] = q.Answer + 1 // one wrong
		}
	}
	doc.Lessons[first.ID].Answers = answers
	p := newCourseOutline().Lang("en").Course(c).Top(true)
	p.doc = *doc
	page := renderedPage(t, p)
	if paths := findAll(page, func(n *html.Node) bool { return hasClass(n, "is-path") }); len(paths) != 1 {
		t.Errorf("the Lessons page's outline is not drawn as a path")
	}
	stops := findAll(page, func(n *html.Node) bool { return n.Data == "li" && hasClass(n, "lesson-card") })
	if len(stops) != len(c.Lessons) {
		t.Fatalf("%d stops on the path, want one per lesson (%d)", len(stops), len(c.Lessons))
	}
	for i, s := range stops {
		if next := hasClass(s, "is-next"); next != (i == 1) {
			t.Errorf("stop %d (%s) is-next = %v; only the second lesson is next", i+1, c.Lessons[i].ID, next)
		}
	}
	if !hasClass(stops[0], "is-done") {
		t.Errorf("the finished first lesson is not marked done")
	}
	score := "Quiz " + itoa(len(first.Quiz)-1) + "/" + itoa(len(first.Quiz))
	if got := textOf(stops[0]); !strings.Contains(got, score) {
		t.Errorf("the first stop says %q, without its quiz score %q", got, score)
	}
	if got := textOf(stops[1]); !strings.Contains(got, "Read next") || strings.Contains(got, "Quiz") {
		t.Errorf("the next stop says %q; want it marked to read next, with no score", got)
	}
	if got := textOf(stops[1]); !strings.Contains(got, second.Text["en"].Title) {
		t.Errorf("the second stop says %q", got)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
