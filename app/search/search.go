// Package search finds lessons, glossary terms, roles and interview
// questions in one language, offline, as the learner types. Korean and
// Japanese do not separate words with spaces, so a query matches anywhere
// inside the text, not only at word boundaries; English matches ignore case
// and simple plurals. Matching works on runes, so every match can be
// highlighted in the original text. It is pure logic, with no browser.
package search

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
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

// fold makes a rune comparable: lower case, and full-width Latin letters and
// digits (common in Japanese text) as their ASCII forms.
func fold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	return unicode.ToLower(r)
}

func prepare(s string, weight int) text {
	orig := []rune(s)
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

// Terms splits a query into the terms every result must contain: folded,
// and English plurals reduced to their stem ("budgets" finds "budget").
func Terms(query string) [][]rune {
	var terms [][]rune
	for _, w := range strings.FieldsFunc(query, unicode.IsSpace) {
		t := []rune(w)
		for i, r := range t {
			t[i] = fold(r)
		}
		t = stem(t)
		if len(t) > 0 && !slices.ContainsFunc(terms, func(o []rune) bool { return slices.Equal(o, t) }) {
			terms = append(terms, t)
		}
	}
	return terms
}

// stem drops a plural ending from a Latin word. Matching is by substring,
// so a stem that cuts a singular short ("status" to "statu") still finds it.
func stem(w []rune) []rune {
	if !latin(w) || len(w) < 4 {
		return w
	}
	s := string(w)
	switch {
	case strings.HasSuffix(s, "ies"):
		return []rune(s[:len(s)-3] + "y")
	case strings.HasSuffix(s, "sses"), strings.HasSuffix(s, "ches"), strings.HasSuffix(s, "shes"), strings.HasSuffix(s, "xes"):
		return []rune(s[:len(s)-2])
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return []rune(s[:len(s)-1])
	}
	return w
}

func latin(w []rune) bool {
	for _, r := range w {
		if r > unicode.MaxLatin1 {
			return false
		}
	}
	return true
}

// index returns the positions where term occurs in s.
func index(s, term []rune) []int {
	var at []int
	for i := 0; i+len(term) <= len(s); i++ {
		if s[i] == term[0] && slices.Equal(s[i:i+len(term)], term) {
			at = append(at, i)
		}
	}
	return at
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

// Search returns up to limit documents that contain every term of query,
// best first: matches in titles count most, then in weightier fields, with
// a little for repeats and for matches that start a word. Equal scores keep
// kind order, then index order.
func (idx *Index) Search(query string, limit int) []Result {
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
				at := index(f.norm, term)
				if len(at) == 0 {
					continue
				}
				s := f.weight*10 + min(len(at), 5)
				if startsWord(f.norm, at[0]) {
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
	if len(results) > limit {
		results = results[:limit]
	}
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
func marks(s []rune, terms [][]rune, from, to int) []Span {
	var spans []Span
	for _, term := range terms {
		for _, at := range index(s[from:to], term) {
			spans = append(spans, Span{at, at + len(term)})
		}
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
// that has one, on whole runes, with "…" where text is cut.
func snippet(fields []text, terms [][]rune) (string, []Span) {
	order := make([]int, len(fields))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(fields[b].weight, fields[a].weight) })
	for _, i := range order {
		f := fields[i]
		first := -1
		for _, term := range terms {
			if at := index(f.norm, term); len(at) > 0 && (first < 0 || at[0] < first) {
				first = at[0]
			}
		}
		if first < 0 {
			continue
		}
		from, to := max(0, first-snippetRadius), min(len(f.orig), first+snippetRadius*2)
		spans := marks(f.norm, terms, from, to)
		s := string(f.orig[from:to])
		if from > 0 {
			s = "…" + s
			for j := range spans {
				spans[j].Start++
				spans[j].End++
			}
		}
		if to < len(f.orig) {
			s += "…"
		}
		return s, spans
	}
	return "", nil
}
