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
	"unicode"
	"unicode/utf8"

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
	c := &Course{lessonByID: map[string]*Lesson{}, termByID: map[string]*Term{}, roleByID: map[string]*Role{}, sourceByID: map[string]*Reference{}}
	loadGlossary(fsys, c, &p)
	loadRoles(fsys, c, &p)
	loadSources(fsys, c, &p)
	loadIndex(fsys, c, &p)
	for _, l := range c.Lessons {
		loadLesson(fsys, c, l, &p)
	}
	checkSourcesCited(c, &p)
	checkLessonDirs(fsys, c, &p)
	checkRoles(fsys, c, &p)
	loadChecklist(fsys, c, &p)
	loadInterview(fsys, c, &p)
	keepWords(c)
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
		field := "facts." + id
		fact, err := parseFact(f)
		if err != nil {
			p.add(file, field, "%v", err)
			continue
		}
		if fact.Source == "" {
			p.add(file, field, "names no source: add source = \"<id>\" from %s", sourcesFile)
		} else if _, ok := c.sourceByID[fact.Source]; !ok {
			p.add(file, field+".source", "no source %q in %s", fact.Source, sourcesFile)
		}
		for _, lang := range fact.Langs {
			if !locale.Supported(lang) {
				p.add(file, field+".langs", "%q is not a language of the course", lang)
			}
		}
		l.Facts[id] = fact
	}

	for _, lang := range locale.Langs {
		loadLessonText(fsys, c, l, lang, p)
	}
}

func parseFact(f map[string]any) (Fact, error) {
	var fact Fact
	values := 0
	for kind, v := range f {
		switch kind {
		case "source":
			src, ok := v.(string)
			if !ok {
				return fact, fmt.Errorf("source must be the id of a source")
			}
			fact.Source = src
			continue
		case "langs":
			list, ok := v.([]any)
			for _, item := range list {
				lang, isString := item.(string)
				ok = ok && isString
				fact.Langs = append(fact.Langs, lang)
			}
			if !ok || len(list) == 0 {
				return fact, fmt.Errorf("langs must list the languages whose text shows the fact")
			}
			continue
		}
		values++
		switch kind {
		case "usd", "number", "year", "decade":
			n, ok := v.(int64)
			if !ok {
				return fact, fmt.Errorf("%s must be a whole number", kind)
			}
			i := int(n)
			switch kind {
			case "usd":
				fact.USD = &i
			case "number":
				fact.Number = &i
			case "year":
				fact.Year = &i
			default:
				if i%10 != 0 {
					return fact, fmt.Errorf("decade must be its first year, such as 1990")
				}
				fact.Decade = &i
			}
		case "percent", "millions":
			var x float64
			switch n := v.(type) {
			case int64:
				x = float64(n)
			case float64:
				x = n
			default:
				return fact, fmt.Errorf("%s must be a number", kind)
			}
			if kind == "percent" {
				fact.Percent = &x
			} else {
				fact.Millions = &x
			}
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
	if values != 1 {
		return fact, fmt.Errorf("a fact has exactly one of usd, percent, number, millions, date, year, decade")
	}
	return fact, nil
}

// verdict matches feedback that opens by saying right or wrong, in any of
// the languages.
var verdict = regexp.MustCompile(`^(?i:right|correct|wrong|incorrect|no|yes|not quite)[.:!,]|^(정답입니다|맞습니다|아닙니다|틀렸습니다|오답입니다)|^(正解です|違います|不正解です|誤りです)`)

var placeholder = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// factFiller resolves the {{id}} placeholders of one lesson text in one
// language: as plain text where no link can stand (quiz options, say), as
// figures linked to their sources in key points, and as Markdown links in
// the body, which the body parser turns into the same figures.
type factFiller struct {
	lesson     *Lesson
	lang, file string
	p          *problems
	order      []string // the facts used, in the order first used
	inBody     int      // how many figures were written into the body's Markdown
}

// each splits s into its text and its facts, reporting unknown facts and
// facts the language does not show.
func (ff *factFiller) each(s, field string, text func(string), fact func(id string, f Fact)) {
	last := 0
	for _, m := range placeholder.FindAllStringSubmatchIndex(s, -1) {
		text(s[last:m[0]])
		last = m[1]
		id := s[m[2]:m[3]]
		f, ok := ff.lesson.Facts[id]
		switch {
		case !ok:
			ff.p.add(ff.file, field, "no fact %q in lesson.toml", id)
			text(s[m[0]:m[1]])
			continue
		case f.Langs != nil && !slices.Contains(f.Langs, ff.lang):
			ff.p.add(ff.file, field, "fact %q is not shown in %s: lesson.toml gives it langs = %q", id, ff.lang, f.Langs)
		}
		if !slices.Contains(ff.order, id) {
			ff.order = append(ff.order, id)
		}
		fact(id, f)
	}
	text(s[last:])
}

// plain fills s with the facts' values.
func (ff *factFiller) plain(s, field string) string {
	var b strings.Builder
	ff.each(s, field, func(t string) { b.WriteString(t) }, func(_ string, f Fact) { b.WriteString(f.Format(ff.lang)) })
	return b.String()
}

// line fills s with figures linked to their sources.
func (ff *factFiller) line(s, field string) Line {
	var out Line
	ff.each(s, field, func(t string) {
		if t == "" {
			return
		}
		if k := len(out); k > 0 && out[k-1].Kind == Text {
			out[k-1].Text += t
			return
		}
		out = append(out, Inline{Kind: Text, Text: t})
	}, func(_ string, f Fact) { out = append(out, figure(ff.lesson.ID, f, ff.lang)) })
	return out
}

// markdown fills a Markdown body with each fact as a link, [value](fact:id).
func (ff *factFiller) markdown(s string) string {
	var b strings.Builder
	ff.each(s, "body", func(t string) { b.WriteString(t) }, func(id string, f Fact) {
		ff.inBody++
		b.WriteString("[" + markdownEscape(f.Format(ff.lang)) + "](" + factScheme + id + ")")
	})
	return b.String()
}

// factScheme is how the body's Markdown names a fact as a link's target.
const factScheme = "fact:"

// markdownEscape escapes the characters Markdown reads as markup.
func markdownEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]()<>#!|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// citations groups the facts the text used by their sources, each source
// where the text first cites it.
func (ff *factFiller) citations() []Citation {
	var out []Citation
	for _, id := range ff.order {
		src := ff.lesson.Facts[id].Source
		i := slices.IndexFunc(out, func(c Citation) bool { return c.Source == src })
		if i < 0 {
			out = append(out, Citation{Source: src})
			i = len(out) - 1
		}
		out[i].Facts = append(out[i].Facts, id)
		out[i].Figures = append(out[i].Figures, ff.lesson.Facts[id].Format(ff.lang))
	}
	return out
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
	ff := &factFiller{lesson: l, lang: lang, file: file, p: p}
	nonEmpty := func(field, s string) string {
		if strings.TrimSpace(s) == "" {
			p.add(file, field, "is empty")
		}
		return s
	}
	// A title or summary is shown where a figure could not link to its
	// source: in lists, the page's title and its description.
	unlinked := func(field, s string) string {
		if placeholder.MatchString(s) {
			p.add(file, field, "a figure cannot stand here, where it could not link to its source; put it in the key points or the text")
		}
		return ff.plain(nonEmpty(field, s), field)
	}

	t := &LessonText{Title: unlinked("title", fm.Title), Summary: unlinked("summary", fm.Summary)}
	var b LessonBody
	if n := len(fm.KeyPoints); n < 3 || n > 5 {
		p.add(file, "keypoints", "a lesson has 3 to 5 key points, not %d", n)
	}
	for i, k := range fm.KeyPoints {
		field := fmt.Sprintf("keypoints[%d]", i)
		t.KeyPoints = append(t.KeyPoints, ff.line(nonEmpty(field, k), field))
	}

	body = ff.markdown(body)
	parser := &bodyParser{src: []byte(body), file: file, course: c, lesson: l, lang: lang, p: p, ids: map[string]bool{}}
	b.Intro, b.Sections = parser.parse()
	if parser.figures != ff.inBody {
		p.add(file, "body", "%d of the body's %d figures did not become links to their sources: a {{fact}} cannot stand inside a link, code or a heading's id",
			ff.inBody-parser.figures, ff.inBody)
	}
	var got []string
	for _, s := range b.Sections {
		got = append(got, s.ID)
	}
	if !slices.Equal(got, l.Sections) {
		p.add(file, "body", "section ids are %q; lesson.toml says %q", got, l.Sections)
	}

	// The quiz comes last on the page: its figures' sources are cited after
	// those of the text.
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
		// Options are the labels of radio buttons, and feedback is joined
		// into one sentence: their figures stay text, and the question
		// lists their sources once it is answered.
		qf := &factFiller{lesson: l, lang: lang, file: file, p: p}
		question := Question{ID: spec.ID, Question: qf.plain(nonEmpty(field+".question", q.Question), field+".question")}
		for i, o := range q.Options {
			ofield := fmt.Sprintf("%s.options[%d]", field, i)
			question.Options = append(question.Options, qf.plain(nonEmpty(ofield, o), ofield))
		}
		for i, f := range q.Feedback {
			ffield := fmt.Sprintf("%s.feedback[%d]", field, i)
			if verdict.MatchString(f) {
				p.add(file, ffield, "starts with a verdict; the app says right or wrong itself, the feedback only explains")
			}
			question.Feedback = append(question.Feedback, qf.plain(nonEmpty(ffield, f), ffield))
		}
		for _, cit := range qf.citations() {
			question.Sources = append(question.Sources, SourceEntryID(l.ID, cit.Source))
		}
		for _, id := range qf.order {
			if !slices.Contains(ff.order, id) {
				ff.order = append(ff.order, id)
			}
		}
		b.Questions = append(b.Questions, question)
	}
	for id := range fm.Quiz {
		if !slices.ContainsFunc(l.Quiz, func(q QuizSpec) bool { return q.ID == id }) {
			p.add(file, "quiz."+id, "not in lesson.toml")
		}
	}

	for id, f := range l.Facts {
		if !slices.Contains(ff.order, id) && (f.Langs == nil || slices.Contains(f.Langs, lang)) {
			p.add(file, "facts."+id, "fact is never used in this language")
		}
	}
	t.Citations = ff.citations()
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
			if msg := checkReading(lang, tt); msg != "" {
				p.add(lfile, id+".reading", "%s", msg)
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

// checkReading says what is wrong with a term's reading, or "": a Japanese
// term that begins with kana or kanji needs one, in hiragana (and the
// long-vowel mark), that starts as a kana term does; no other term has one.
func checkReading(lang string, tt TermText) string {
	first, _ := utf8.DecodeRuneInString(tt.Term)
	kana := unicode.In(first, unicode.Hiragana, unicode.Katakana)
	needs := lang == "ja" && (kana || unicode.Is(unicode.Han, first))
	switch {
	case !needs && tt.Reading != "":
		return "only a Japanese term that begins with kana or kanji has a reading"
	case !needs:
		return ""
	case tt.Reading == "":
		return "missing: a term that begins with kana or kanji needs its reading in hiragana"
	case strings.IndexFunc(tt.Reading, func(r rune) bool { return r != 'ー' && !unicode.Is(unicode.Hiragana, r) }) >= 0:
		return fmt.Sprintf("%q is not all hiragana", tt.Reading)
	}
	if r, _ := utf8.DecodeRuneInString(tt.Reading); kana && r != toHiragana(first) {
		return fmt.Sprintf("%q does not start as the term %q does", tt.Reading, tt.Term)
	}
	return ""
}

// toHiragana turns a katakana letter into its hiragana; any other rune
// stays as it is.
func toHiragana(r rune) rune {
	if r >= 'ァ' && r <= 'ヶ' {
		return r - 0x60
	}
	return r
}

// readingMinutes estimates how long lang readers take over the lesson: words
// for English and Korean, characters for Japanese.
func readingMinutes(lang string, t *LessonText, body *LessonBody) int {
	var b bytes.Buffer
	b.WriteString(t.Title + " " + strings.Join(Lines(t.KeyPoints), " ") + " ")
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
	eachInlines(blocks, func(in []Inline) { b.WriteString(PlainText(in) + " ") })
}

// eachInlines calls visit with each run of text in blocks, in reading
// order: a block's own, its list items', its table's header and rows.
func eachInlines(blocks []Block, visit func([]Inline)) {
	for _, bl := range blocks {
		visit(bl.Inlines)
		for _, item := range bl.Items {
			eachInlines(item, visit)
		}
		for _, cell := range bl.Header {
			visit(cell)
		}
		for _, row := range bl.Rows {
			for _, cell := range row {
				visit(cell)
			}
		}
	}
}
