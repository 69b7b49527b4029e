// Package search finds lessons, glossary terms, roles and interview
// questions in one language, offline, as the learner types. Korean and
// Japanese do not separate words with spaces, so a query in their scripts
// matches anywhere inside the text; a query in Latin letters matches at the
// start of a word and marks the whole word ("CTO" finds and marks "CTOs",
// never the "cto" inside "director"). English matches ignore case and
// simple plurals. Matching works on runes, so every match can be
// highlighted in the original text. It is pure logic, with no browser.
package search

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/cxopath/cxopath/app/locale"
)

// Kind says what a document is.
type Kind int

// The kinds of document, in the order that breaks ties between equal scores.
const (
	Lesson Kind = iota
	Term
	Role
	Question
)

// Field is a piece of a document's text and how much a match in it counts.
type Field struct {
	Text   string
	Weight int
}

// Doc is one thing the learner can find.
type Doc struct {
	Kind   Kind
	ID     string
	Title  string
	Fields []Field // besides the title, which weighs the most
}

// titleWeight is how much a match in a title counts.
const titleWeight = 8

// Index holds documents prepared for searching.
type Index struct {
	docs []prepared
}

type prepared struct {
	doc    Doc
	fields []text // the title first
}

// text is a field's runes as written and folded for matching, the same
// length so that positions carry over.
type text struct {
	orig, norm []rune
	weight     int
}

// fold makes a rune comparable: lower case, full-width Latin letters and
// digits (common in Japanese text) as their ASCII forms, and hiragana as
// katakana (ろーどまっぷ finds ロードマップ), and curly quotes as straight
// ones (CTO's finds CTO’s). One rune stays one rune, so positions in folded
// text are positions in the original.
func fold(r rune) rune {
	switch {
	case r == '’' || r == '‘':
		return '\''
	case r == '“' || r == '”':
		return '"'

	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r >= 0x3041 && r <= 0x3096:
		r += 0x60
	}
	return unicode.ToLower(r)
}

// halfWidthKana are the half-width katakana U+FF66 to U+FF9D as full-width
// ones.
const halfWidthKana = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"

// widenKana writes half-width katakana (ｸﾗｳﾄﾞ, from older input methods and
// forms) as full-width, joining a voiced or semi-voiced mark to its kana.
func widenKana(query string) string {
	if !strings.ContainsFunc(query, func(r rune) bool { return r >= 0xFF66 && r <= 0xFF9F }) {
		return query
	}
	full := []rune(halfWidthKana)
	var out []rune
	for _, r := range query {
		n := len(out)
		switch {
		case r >= 0xFF66 && r <= 0xFF9D:
			out = append(out, full[r-0xFF66])
		case r == 0xFF9E && n > 0 && out[n-1] == 'ウ':
			out[n-1] = 'ヴ'
		case r == 0xFF9E && n > 0 && strings.ContainsRune("カキクケコサシスセソタチツテトハヒフヘホ", out[n-1]):
			out[n-1]++
		case r == 0xFF9F && n > 0 && strings.ContainsRune("ハヒフヘホ", out[n-1]):
			out[n-1] += 2
		case r == 0xFF9E:
			out = append(out, '゛')
		case r == 0xFF9F:
			out = append(out, '゜')
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// prepare readies a field for searching, without the marks that keep a
// word on one line (locale.KeepWords), which no query holds.
func prepare(s string, weight int) text {
	orig := []rune(locale.DropBreakHints(s))
	norm := make([]rune, len(orig))
	for i, r := range orig {
		norm[i] = fold(r)
	}
	return text{orig, norm, weight}
}

// New prepares docs for searching.
func New(docs []Doc) *Index {
	idx := &Index{docs: make([]prepared, len(docs))}
	for i, d := range docs {
		p := prepared{doc: d, fields: []text{prepare(d.Title, titleWeight)}}
		for _, f := range d.Fields {
			p.fields = append(p.fields, prepare(f.Text, f.Weight))
		}
		idx.docs[i] = p
	}
	return idx
}

// MaxQuery is how many characters of a query count: more than any title or
// phrase the course has, and short enough to keep in an address.
const MaxQuery = 100

// Clip cuts a query to MaxQuery characters.
func Clip(query string) string {
	if runes := []rune(query); len(runes) > MaxQuery {
		return string(runes[:MaxQuery])
	}
	return query
}

// term is one word of a query, as the forms a match may take: the word, and
// for an English plural its singular too.
type term [][]rune

// Terms splits a query into the words every result must contain, folded,
// each English plural with its singular ("budgets" also finds "budget",
// "companies" also "company").
func Terms(query string) []term {
	var terms []term
	for _, w := range strings.FieldsFunc(widenKana(Clip(query)), unicode.IsSpace) {
		word := []rune(w)
		for i, r := range word {
			word[i] = fold(r)
		}
		t := term{word}
		if s := singular(word); s != nil {
			t = append(t, s)
		}
		if !slices.ContainsFunc(terms, func(o term) bool { return slices.Equal(o[0], word) }) {
			terms = append(terms, t)
		}
	}
	return terms
}

// singular is the singular of an English plural, or nil: a stem shorter than
// three letters ("lies" to "ly") would match nearly everything, so none is
// made.
func singular(w []rune) []rune {
	if !latin(w) || len(w) < 4 {
		return nil
	}
	s := string(w)
	var stem string
	switch {
	case strings.HasSuffix(s, "ies"):
		stem = s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"), strings.HasSuffix(s, "ches"), strings.HasSuffix(s, "shes"), strings.HasSuffix(s, "xes"):
		stem = s[:len(s)-2]
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "us") && !strings.HasSuffix(s, "is"):
		stem = s[:len(s)-1]
	}
	if len(stem) < 3 {
		return nil
	}
	return []rune(stem)
}

func latin(w []rune) bool {
	for _, r := range w {
		if r > unicode.MaxLatin1 {
			return false
		}
	}
	return true
}

// find returns where any form of t occurs in s, in order of position. A
// form in Latin letters counts only where a word starts, and its match runs
// on to the end of that word; any other form (Korean, Japanese) matches
// anywhere.
func find(s []rune, t term) []Span {
	var at []Span
	for i := range s {
		for _, form := range t {
			if i+len(form) <= len(s) && s[i] == form[0] && slices.Equal(s[i:i+len(form)], form) {
				end := i + len(form)
				if wordRune(form[0]) {
					if i > 0 && wordRune(s[i-1]) {
						continue
					}
					for end < len(s) && wordRune(s[end]) {
						end++
					}
				}
				at = append(at, Span{i, end})
				break
			}
		}
	}
	return at
}

// wordRune reports whether r is a Latin letter or digit: part of a word
// that spaces or punctuation delimit.
func wordRune(r rune) bool {
	return r <= unicode.MaxLatin1 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// Span marks a match: runes [Start, End) of a title or snippet.
type Span struct{ Start, End int }

// Result is a document that matches, with where.
type Result struct {
	Doc        Doc
	Score      int
	TitleMarks []Span
	Snippet    string // a passage around the first match outside the title
	Marks      []Span // the matches in Snippet
}

// snippetRadius is how many runes a snippet shows on each side of a match.
const snippetRadius = 36

// Search returns every document that contains every term of query, best
// first: matches in titles count most, then in weightier fields, with a
// little for repeats and for matches that start a word. Equal scores keep
// kind order, then index order.
func (idx *Index) Search(query string) []Result {
	terms := Terms(query)
	if len(terms) == 0 {
		return nil
	}
	var results []Result
	for _, p := range idx.docs {
		score, ok := 0, true
		for _, term := range terms {
			best := 0
			for _, f := range p.fields {
				at := find(f.norm, term)
				if len(at) == 0 {
					continue
				}
				s := f.weight*10 + min(len(at), 5)
				if startsWord(f.norm, at[0].Start) {
					s += f.weight * 3
				}
				best = max(best, s)
			}
			if best == 0 {
				ok = false
				break
			}
			score += best
		}
		if !ok {
			continue
		}
		r := Result{Doc: p.doc, Score: score, TitleMarks: marks(p.fields[0].norm, terms, 0, len(p.fields[0].norm))}
		r.Snippet, r.Marks = snippet(p.fields[1:], terms)
		results = append(results, r)
	}
	slices.SortStableFunc(results, func(a, b Result) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Doc.Kind, b.Doc.Kind))
	})
	return results
}

// startsWord reports whether a match at i begins a word: at the start, or
// after a character that is not a letter or digit. Korean and Japanese
// matches count as starting one only at the start of a run of text.
func startsWord(s []rune, i int) bool {
	return i == 0 || !(unicode.IsLetter(s[i-1]) || unicode.IsDigit(s[i-1]))
}

// marks returns every match of the terms in s[from:to], relative to from,
// in order and without overlaps.
func marks(s []rune, terms []term, from, to int) []Span {
	var spans []Span
	for _, term := range terms {
		spans = append(spans, find(s[from:to], term)...)
	}
	slices.SortFunc(spans, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End)) })
	var merged []Span
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.Start < merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// snippet cuts a passage around the first match in the weightiest field
// that has one, or else the opening of the weightiest field, with "…"
// where text is cut. The cuts fall between words
// (after a space or a punctuation mark) wherever one is near enough, so a
// passage never opens or closes on half a word.
func snippet(fields []text, terms []term) (string, []Span) {
	order := make([]int, len(fields))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(fields[b].weight, fields[a].weight) })
	for _, i := range order {
		f := fields[i]
		first := Span{-1, -1}
		for _, term := range terms {
			if at := find(f.norm, term); len(at) > 0 && (first.Start < 0 || at[0].Start < first.Start) {
				first = at[0]
			}
		}
		if first.Start < 0 {
			continue
		}
		from := cutBefore(f.orig, max(0, first.Start-snippetRadius), first.Start)
		to := cutAfter(f.orig, min(len(f.orig), first.Start+snippetRadius*2), first.End)
		s, spans := joinLines(f.orig[from:to], marks(f.norm, terms, from, to))
		if from > 0 {
			s = "…" + s
			for j := range spans {
				spans[j].Start++
				spans[j].End++
			}
		}
		if to < len(f.orig) {
			s = strings.TrimRight(s, ",;:、，") + "…"
		}
		return s, spans
	}
	// Found by its title alone: the passage is the opening of its weightiest
	// field, so every result says a line about what it is.
	for _, i := range order {
		if f := fields[i]; len(f.orig) > 0 {
			to := cutAfter(f.orig, min(len(f.orig), snippetRadius*2), 0)
			s, _ := joinLines(f.orig[:to], nil)
			if to < len(f.orig) {
				s = strings.TrimRight(s, ",;:、，") + "…"
			}
			return s, nil
		}
	}
	return "", nil
}

// lineJoin stands between the lines of a field (a role's list of
// responsibilities, a card's answer points) where a snippet runs on across
// them: a line break would read as a mere space. A word joiner and a
// no-break space hold the dot to the line before, even one that ends in a
// space, so a line never starts with it.
const lineJoin = "\u2060\u00a0· "

// joinLines returns s with its line breaks as lineJoin, and spans, which
// count runes of s, moved to where they fall then.
func joinLines(s []rune, spans []Span) (string, []Span) {
	var b strings.Builder
	shift := make([]int, len(s)+1) // runes added before each rune of s
	added := 0
	for i, r := range s {
		shift[i] = added
		if r == '\n' {
			b.WriteString(lineJoin)
			added += len([]rune(lineJoin)) - 1
			continue
		}
		b.WriteRune(r)
	}
	shift[len(s)] = added
	for i := range spans {
		spans[i].Start += shift[spans[i].Start]
		spans[i].End += shift[spans[i].End]
	}
	return b.String(), spans
}

// cutBefore is where a passage of s that should start near from, and no
// later than match, starts: the first place from there on that starts a
// word, with any spaces skipped. Text with no such place (Japanese runs on
// without spaces for a whole sentence) is cut at from.
func cutBefore(s []rune, from, match int) int {
	if from == 0 {
		return 0
	}
	for i := from; i <= match; i++ {
		if breaksAt(s, i) {
			for i < match && unicode.IsSpace(s[i]) {
				i++
			}
			return i
		}
	}
	return from
}

// cutAfter is where a passage of s that should end near to, and no sooner
// than match, ends: the last place back from there that ends a word, with
// any spaces dropped.
func cutAfter(s []rune, to, match int) int {
	if to >= len(s) {
		return len(s)
	}
	for i := to; i >= match; i-- {
		if breaksAt(s, i) {
			for i > match && unicode.IsSpace(s[i-1]) {
				i--
			}
			return i
		}
	}
	return to
}

// breaksAt reports whether s may be cut before s[i] without splitting a
// word: next to a space, after a mark that closes a phrase (。、·,;:!?) or
// a closing bracket, or before an opening bracket. An apostrophe or hyphen
// inside a word (CTO's, in-house) is part of it. The marks are listed here
// rather than taken from Unicode's punctuation tables, which would add
// kilobytes to the browser's download for marks the course never uses.
func breaksAt(s []rune, i int) bool {
	prev, next := s[i-1], s[i]
	return unicode.IsSpace(prev) || unicode.IsSpace(next) ||
		strings.ContainsRune(opening, next) || strings.ContainsRune(closing, prev)
}

const (
	// opening are the brackets and quotation marks that open a phrase.
	opening = "([{“‘「『（【〈《〔［"
	// closing are the marks after which a phrase ends.
	closing = ".,;:!?)]}”…·。、，．：；！？）】〉》〕」』］・"
)
