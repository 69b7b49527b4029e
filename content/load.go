//go:build !wasm

package content

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/cxopath/cxopath/app/locale"
)

// problems collects every error found while loading, each naming its file
// and field, so one run reports them all.
type problems []error

func (p *problems) add(file, field, format string, args ...any) {
	where := file
	if field != "" {
		where += ": " + field
	}
	*p = append(*p, fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...)))
}

// Load reads, parses and validates the course in fsys (laid out as
// content/README.md describes). The error joins every problem found.
func Load(fsys fs.FS) (*Course, error) {
	var p problems
	c := &Course{lessonByID: map[string]*Lesson{}, termByID: map[string]*Term{}, roleByID: map[string]*Role{}}
	loadGlossary(fsys, c, &p)
	loadRoles(fsys, c, &p)
	loadIndex(fsys, c, &p)
	for _, l := range c.Lessons {
		loadLesson(fsys, c, l, &p)
	}
	checkLessonDirs(fsys, c, &p)
	checkRoles(fsys, c, &p)
	loadChecklist(fsys, c, &p)
	loadInterview(fsys, c, &p)
	return c, errors.Join(p...)
}

func decodeFile(fsys fs.FS, file string, v any, p *problems) bool {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		p.add(file, "", "cannot read: %v", err)
		return false
	}
	return decodeTOML(string(data), file, v, p)
}

func decodeTOML(data, file string, v any, p *problems) bool {
	md, err := toml.Decode(data, v)
	if err != nil {
		p.add(file, "", "not valid TOML: %v", err)
		return false
	}
	for _, k := range md.Undecoded() {
		p.add(file, k.String(), "unknown field")
	}
	return true
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func checkIDs(file, field string, ids []string, p *problems) {
	seen := map[string]bool{}
	for _, id := range ids {
		if !idPattern.MatchString(id) {
			p.add(file, field, "id %q is not kebab-case", id)
		}
		if seen[id] {
			p.add(file, field, "id %q appears twice", id)
		}
		seen[id] = true
	}
}

func loadIndex(fsys fs.FS, c *Course, p *problems) {
	const file = "lessons/index.toml"
	var raw struct {
		Group []struct {
			ID      string   `toml:"id"`
			Lessons []string `toml:"lessons"`
		} `toml:"group"`
	}
	if !decodeFile(fsys, file, &raw, p) {
		return
	}
	var all, groups []string
	for i, g := range raw.Group {
		field := fmt.Sprintf("group[%d]", i)
		if g.ID == "" || len(g.Lessons) == 0 {
			p.add(file, field, "a group needs an id and lessons")
		}
		groups = append(groups, g.ID)
		c.Groups = append(c.Groups, Group{ID: g.ID, Lessons: g.Lessons})
		for _, id := range g.Lessons {
			all = append(all, id)
			l := &Lesson{ID: id, Group: g.ID, Text: map[string]*LessonText{}}
			if _, dup := c.lessonByID[id]; !dup {
				c.Lessons = append(c.Lessons, l)
				c.lessonByID[id] = l
			}
		}
	}
	checkIDs(file, "group.id", groups, p)
	checkIDs(file, "group.lessons", all, p)
	loadGroupTitles(fsys, c, p)
}

// loadGroupTitles reads each group's title in every language from
// lessons/<lang>.toml.
func loadGroupTitles(fsys fs.FS, c *Course, p *problems) {
	for i := range c.Groups {
		c.Groups[i].Title = map[string]string{}
	}
	for _, lang := range locale.Langs {
		file := "lessons/" + lang + ".toml"
		var raw struct {
			Groups map[string]string `toml:"groups"`
		}
		if !decodeFile(fsys, file, &raw, p) {
			continue
		}
		for i, g := range c.Groups {
			title := strings.TrimSpace(raw.Groups[g.ID])
			if title == "" {
				p.add(file, "groups."+g.ID, "missing: every group of lessons/index.toml needs a title")
			}
			c.Groups[i].Title[lang] = title
		}
		for id := range raw.Groups {
			if !slices.ContainsFunc(c.Groups, func(g Group) bool { return g.ID == id }) {
				p.add(file, "groups."+id, "no such group in lessons/index.toml")
			}
		}
	}
}

func checkLessonDirs(fsys fs.FS, c *Course, p *problems) {
	entries, err := fs.ReadDir(fsys, "lessons")
	if err != nil {
		p.add("lessons", "", "cannot list: %v", err)
		return
	}
	for _, e := range entries {
		if _, listed := c.lessonByID[e.Name()]; e.IsDir() && !listed {
			p.add("lessons/index.toml", "group.lessons", "lesson folder %q is not listed", e.Name())
		}
	}
}

type lessonFile struct {
	Sections []string                  `toml:"sections"`
	Glossary []string                  `toml:"glossary"`
	Roles    []string                  `toml:"roles"`
	Related  []string                  `toml:"related"`
	Facts    map[string]map[string]any `toml:"facts"`
	Quiz     []struct {
		ID      string `toml:"id"`
		Options int    `toml:"options"`
		Answer  int    `toml:"answer"`
	} `toml:"quiz"`
}

func loadLesson(fsys fs.FS, c *Course, l *Lesson, p *problems) {
	file := path.Join("lessons", l.ID, "lesson.toml")
	var lf lessonFile
	if !decodeFile(fsys, file, &lf, p) {
		return
	}
	l.Sections, l.Glossary, l.Roles, l.Related = lf.Sections, lf.Glossary, lf.Roles, lf.Related

	if n := len(l.Sections); n < 4 || n > 8 {
		p.add(file, "sections", "a lesson has 4 to 8 sections, not %d", n)
	}
	checkIDs(file, "sections", l.Sections, p)
	checkIDs(file, "glossary", l.Glossary, p)
	for _, id := range l.Glossary {
		if _, ok := c.termByID[id]; !ok {
			p.add(file, "glossary", "no glossary term %q", id)
		}
	}
	for _, id := range l.Roles {
		if _, ok := c.roleByID[id]; !ok {
			p.add(file, "roles", "no role %q", id)
		}
	}
	for _, id := range l.Related {
		if _, ok := c.lessonByID[id]; !ok || id == l.ID {
			p.add(file, "related", "no other lesson %q", id)
		}
	}

	var quizIDs []string
	for i, q := range lf.Quiz {
		field := fmt.Sprintf("quiz[%d]", i)
		quizIDs = append(quizIDs, q.ID)
		if q.Options < 2 || q.Options > 6 {
			p.add(file, field+".options", "a question has 2 to 6 options, not %d", q.Options)
		}
		if q.Answer < 0 || q.Answer >= q.Options {
			p.add(file, field+".answer", "answer %d is not one of the %d options (counted from 0)", q.Answer, q.Options)
		}
		l.Quiz = append(l.Quiz, QuizSpec{ID: q.ID, Options: q.Options, Answer: q.Answer})
	}
	if n := len(l.Quiz); n < 3 || n > 5 {
		p.add(file, "quiz", "a lesson has 3 to 5 questions, not %d", n)
	}
	checkIDs(file, "quiz.id", quizIDs, p)

	l.Facts = map[string]Fact{}
	for id, f := range lf.Facts {
		fact, err := parseFact(f)
		if err != nil {
			p.add(file, "facts."+id, "%v", err)
			continue
		}
		l.Facts[id] = fact
	}

	for _, lang := range locale.Langs {
		loadLessonText(fsys, c, l, lang, p)
	}
}

func parseFact(f map[string]any) (Fact, error) {
	if len(f) != 1 {
		return Fact{}, fmt.Errorf("a fact has exactly one of usd, percent, number, date")
	}
	var fact Fact
	for kind, v := range f {
		switch kind {
		case "usd", "number":
			n, ok := v.(int64)
			if !ok {
				return fact, fmt.Errorf("%s must be a whole number", kind)
			}
			i := int(n)
			if kind == "usd" {
				fact.USD = &i
			} else {
				fact.Number = &i
			}
		case "percent":
			var pc float64
			switch n := v.(type) {
			case int64:
				pc = float64(n)
			case float64:
				pc = n
			default:
				return fact, fmt.Errorf("percent must be a number")
			}
			fact.Percent = &pc
		case "date":
			d, ok := v.(time.Time)
			if !ok {
				return fact, fmt.Errorf("date must be a TOML date like 2022-04-26")
			}
			s := d.Format(time.DateOnly)
			fact.Date = &s
		default:
			return fact, fmt.Errorf("unknown kind %q", kind)
		}
	}
	return fact, nil
}

// Format writes the fact as lang writes it.
func (f Fact) Format(lang string) string {
	switch {
	case f.USD != nil:
		return locale.USD(lang, *f.USD)
	case f.Percent != nil:
		return locale.Percent(lang, *f.Percent)
	case f.Number != nil && lang == "en" && *f.Number > 0 && *f.Number < 10:
		// English running text spells out one to nine.
		return englishNumbers[*f.Number]
	case f.Number != nil:
		return locale.Number(lang, *f.Number)
	case f.Date != nil:
		d, _ := time.Parse(time.DateOnly, *f.Date)
		return locale.Date(lang, d)
	}
	return ""
}

var englishNumbers = [10]string{1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}

// verdict matches feedback that opens by saying right or wrong, in any of
// the languages.
var verdict = regexp.MustCompile(`^(?i:right|correct|wrong|incorrect|no|yes|not quite)[.:!,]|^(정답입니다|맞습니다|아닙니다|틀렸습니다|오답입니다)|^(正解です|違います|不正解です|誤りです)`)

var placeholder = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// fillFacts replaces every {{id}} in s with the fact formatted for lang and
// records which facts were used.
func fillFacts(s, lang, file, field string, facts map[string]Fact, used map[string]bool, p *problems) string {
	return placeholder.ReplaceAllStringFunc(s, func(m string) string {
		id := placeholder.FindStringSubmatch(m)[1]
		f, ok := facts[id]
		if !ok {
			p.add(file, field, "no fact %q in lesson.toml", id)
			return m
		}
		used[id] = true
		return f.Format(lang)
	})
}

type frontMatter struct {
	Title     string   `toml:"title"`
	Summary   string   `toml:"summary"`
	KeyPoints []string `toml:"keypoints"`
	Quiz      map[string]struct {
		Question string   `toml:"question"`
		Options  []string `toml:"options"`
		Feedback []string `toml:"feedback"`
	} `toml:"quiz"`
}

func splitFrontMatter(doc string) (front, body string, ok bool) {
	doc = strings.TrimPrefix(doc, "\ufeff")
	doc = strings.ReplaceAll(doc, "\r\n", "\n")
	if !strings.HasPrefix(doc, "+++\n") {
		return "", "", false
	}
	front, body, ok = strings.Cut(doc[4:], "\n+++\n")
	return front, body, ok
}

func loadLessonText(fsys fs.FS, c *Course, l *Lesson, lang string, p *problems) {
	file := path.Join("lessons", l.ID, lang+".md")
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		p.add(file, "", "missing: every lesson is written in %s", strings.Join(locale.Langs, ", "))
		return
	}
	front, body, ok := splitFrontMatter(string(data))
	if !ok {
		p.add(file, "", "the front matter must open and close with a line of +++")
		return
	}
	var fm frontMatter
	if !decodeTOML(front, file, &fm, p) {
		return
	}
	used := map[string]bool{}
	fill := func(field, s string) string {
		if strings.TrimSpace(s) == "" {
			p.add(file, field, "is empty")
		}
		return fillFacts(s, lang, file, field, l.Facts, used, p)
	}

	t := &LessonText{Title: fill("title", fm.Title), Summary: fill("summary", fm.Summary)}
	var b LessonBody
	if n := len(fm.KeyPoints); n < 3 || n > 5 {
		p.add(file, "keypoints", "a lesson has 3 to 5 key points, not %d", n)
	}
	for i, k := range fm.KeyPoints {
		t.KeyPoints = append(t.KeyPoints, fill(fmt.Sprintf("keypoints[%d]", i), k))
	}
	for _, spec := range l.Quiz {
		q, ok := fm.Quiz[spec.ID]
		field := "quiz." + spec.ID
		if !ok {
			p.add(file, field, "missing")
			continue
		}
		if len(q.Options) != spec.Options || len(q.Feedback) != spec.Options {
			p.add(file, field, "lesson.toml gives %d options; here are %d options and %d feedback lines",
				spec.Options, len(q.Options), len(q.Feedback))
		}
		question := Question{ID: spec.ID, Question: fill(field+".question", q.Question)}
		for i, o := range q.Options {
			question.Options = append(question.Options, fill(fmt.Sprintf("%s.options[%d]", field, i), o))
		}
		for i, f := range q.Feedback {
			ffield := fmt.Sprintf("%s.feedback[%d]", field, i)
			if verdict.MatchString(f) {
				p.add(file, ffield, "starts with a verdict; the app says right or wrong itself, the feedback only explains")
			}
			question.Feedback = append(question.Feedback, fill(ffield, f))
		}
		b.Questions = append(b.Questions, question)
	}
	for id := range fm.Quiz {
		if !slices.ContainsFunc(l.Quiz, func(q QuizSpec) bool { return q.ID == id }) {
			p.add(file, "quiz."+id, "not in lesson.toml")
		}
	}

	body = fillFacts(body, lang, file, "body", l.Facts, used, p)
	b.Intro, b.Sections = parseBody([]byte(body), file, c, p)
	var got []string
	for _, s := range b.Sections {
		got = append(got, s.ID)
	}
	if !slices.Equal(got, l.Sections) {
		p.add(file, "body", "section ids are %q; lesson.toml says %q", got, l.Sections)
	}
	for id := range l.Facts {
		if !used[id] {
			p.add(file, "facts."+id, "fact is never used in this language")
		}
	}
	t.Minutes = readingMinutes(lang, t, &b)
	t.SetBody(b)
	l.Text[lang] = t
}

func loadGlossary(fsys fs.FS, c *Course, p *problems) {
	const file = "glossary/terms.toml"
	var order struct {
		Order []string `toml:"order"`
	}
	if !decodeFile(fsys, file, &order, p) {
		return
	}
	checkIDs(file, "order", order.Order, p)
	for _, id := range order.Order {
		if _, dup := c.termByID[id]; dup {
			continue
		}
		t := &Term{ID: id, Text: map[string]TermText{}}
		c.Glossary = append(c.Glossary, t)
		c.termByID[id] = t
	}
	for _, lang := range locale.Langs {
		lfile := "glossary/" + lang + ".toml"
		var texts map[string]TermText
		if !decodeFile(fsys, lfile, &texts, p) {
			continue
		}
		for id, tt := range texts {
			t, ok := c.termByID[id]
			if !ok {
				p.add(lfile, id, "not in terms.toml")
				continue
			}
			if strings.TrimSpace(tt.Term) == "" || strings.TrimSpace(tt.Definition) == "" {
				p.add(lfile, id, "term and definition must not be empty")
			}
			t.Text[lang] = tt
		}
		for _, t := range c.Glossary {
			if _, ok := texts[t.ID]; !ok {
				p.add(lfile, t.ID, "missing")
			}
		}
	}
}

// readingMinutes estimates how long lang readers take over the lesson: words
// for English and Korean, characters for Japanese.
func readingMinutes(lang string, t *LessonText, body *LessonBody) int {
	var b bytes.Buffer
	b.WriteString(t.Title + " " + strings.Join(t.KeyPoints, " ") + " ")
	writeBlocks(&b, body.Intro)
	for _, s := range body.Sections {
		b.WriteString(PlainText(s.Title) + " ")
		writeBlocks(&b, s.Blocks)
	}
	var units, perMinute int
	switch lang {
	case "ja":
		units, perMinute = len([]rune(strings.Join(strings.Fields(b.String()), ""))), 500
	case "ko":
		units, perMinute = len(strings.Fields(b.String())), 200
	default:
		units, perMinute = len(strings.Fields(b.String())), 230
	}
	return max(1, (units+perMinute-1)/perMinute)
}

func writeBlocks(b *bytes.Buffer, blocks []Block) {
	for _, bl := range blocks {
		b.WriteString(PlainText(bl.Inlines) + " ")
		for _, item := range bl.Items {
			writeBlocks(b, item)
		}
		for _, cell := range bl.Header {
			b.WriteString(PlainText(cell) + " ")
		}
		for _, row := range bl.Rows {
			for _, cell := range row {
				b.WriteString(PlainText(cell) + " ")
			}
		}
	}
}
