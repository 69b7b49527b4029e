//go:build !wasm

package content

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/cxopath/cxopath/app/locale"
)

// loadInterview reads the interview deck; it runs after the roles and
// lessons are known.
func loadInterview(fsys fs.FS, c *Course, p *problems) {
	const file = "interview/questions.toml"
	var raw struct {
		Topics   []string `toml:"topics"`
		Question []struct {
			ID      string   `toml:"id"`
			Role    string   `toml:"role"`
			Topic   string   `toml:"topic"`
			Points  int      `toml:"points"`
			Lessons []string `toml:"lessons"`
		} `toml:"question"`
	}
	if !decodeFile(fsys, file, &raw, p) {
		return
	}
	iv := &Interview{Topics: raw.Topics, Text: map[string]*InterviewText{}}
	checkIDs(file, "topics", raw.Topics, p)
	var ids []string
	used := map[string]bool{}
	for i, q := range raw.Question {
		field := fmt.Sprintf("question[%d]", i)
		ids = append(ids, q.ID)
		if _, ok := c.roleByID[q.Role]; !ok {
			p.add(file, field+".role", "%q is not a role", q.Role)
		}
		if !slices.Contains(raw.Topics, q.Topic) {
			p.add(file, field+".topic", "%q is not one of the topics", q.Topic)
		}
		used[q.Topic] = true
		if q.Points < 3 || q.Points > 5 {
			p.add(file, field+".points", "give 3 to 5, not %d", q.Points)
		}
		if n := len(q.Lessons); n < 1 || n > 2 {
			p.add(file, field+".lessons", "give 1 or 2, not %d", n)
		}
		for _, id := range q.Lessons {
			if _, ok := c.lessonByID[id]; !ok {
				p.add(file, field+".lessons", "no lesson %q", id)
			}
		}
		iv.Questions = append(iv.Questions, InterviewQuestion{ID: q.ID, Role: q.Role, Topic: q.Topic, Points: q.Points, Lessons: q.Lessons})
	}
	checkIDs(file, "question.id", ids, p)
	for _, topic := range raw.Topics {
		if !used[topic] {
			p.add(file, "topics", "no question is about %q", topic)
		}
	}
	for _, lang := range locale.Langs {
		lfile := "interview/" + lang + ".toml"
		var t InterviewText
		if !decodeFile(fsys, lfile, &t, p) {
			continue
		}
		for _, topic := range raw.Topics {
			if strings.TrimSpace(t.Topics[topic]) == "" {
				p.add(lfile, "topics."+topic, "missing")
			}
		}
		for topic := range t.Topics {
			if !slices.Contains(raw.Topics, topic) {
				p.add(lfile, "topics."+topic, "not a topic in %s", file)
			}
		}
		for _, q := range iv.Questions {
			qt, ok := t.Questions[q.ID]
			field := "questions." + q.ID
			if !ok {
				p.add(lfile, field, "missing")
				continue
			}
			if strings.TrimSpace(qt.Question) == "" {
				p.add(lfile, field+".question", "is empty")
			}
			if len(qt.Points) != q.Points {
				p.add(lfile, field+".points", "give %d points, as %s says, not %d", q.Points, file, len(qt.Points))
			}
			for i, pt := range qt.Points {
				if strings.TrimSpace(pt) == "" {
					p.add(lfile, fmt.Sprintf("%s.points[%d]", field, i), "is empty")
				}
			}
		}
		for id := range t.Questions {
			if !slices.Contains(ids, id) {
				p.add(lfile, "questions."+id, "not a question in %s", file)
			}
		}
		iv.Text[lang] = &t
	}
	c.Interview = iv
}
