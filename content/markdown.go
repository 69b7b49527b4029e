//go:build !wasm

package content

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

var markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// bodyParser turns a Markdown lesson body into sections of typed blocks,
// reporting anything the format does not allow.
type bodyParser struct {
	src     []byte
	file    string
	course  *Course
	lesson  *Lesson // whose facts the body's figures are
	lang    string
	p       *problems
	ids     map[string]bool
	figures int // figures parsed, each linked to its source
}

// parse reads the body: anything before the first ## heading, then the
// sections.
func (bp *bodyParser) parse() (intro []Block, sections []Section) {
	src := bp.src
	doc := markdown.Parser().Parse(text.NewReader(src))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 {
			id := bp.headingID(h)
			if id == "" {
				bp.problem("a ## heading needs an {#id}: %q", string(h.Lines().Value(src)))
			}
			title := bp.inlines(h)
			if strings.TrimSpace(PlainText(title)) == "" {
				bp.problem("section %q has an empty heading", id)
			}
			sections = append(sections, Section{ID: id, Title: title})
			continue
		}
		b, ok := bp.block(n, len(sections))
		if !ok {
			continue
		}
		if len(sections) == 0 {
			intro = append(intro, b)
		} else {
			s := &sections[len(sections)-1]
			s.Blocks = append(s.Blocks, b)
		}
	}
	for _, s := range sections {
		if len(s.Blocks) == 0 {
			bp.problem("section %q has no text", s.ID)
		}
	}
	return intro, sections
}

func (bp *bodyParser) problem(format string, args ...any) {
	bp.p.add(bp.file, "body", format, args...)
}

func (bp *bodyParser) headingID(h *ast.Heading) string {
	v, ok := h.AttributeString("id")
	if !ok {
		return ""
	}
	var id string
	switch v := v.(type) {
	case []byte:
		id = string(v)
	case string:
		id = v
	}
	if bp.ids[id] {
		bp.problem("heading id %q appears twice", id)
	}
	bp.ids[id] = true
	return id
}

func (bp *bodyParser) block(n ast.Node, section int) (Block, bool) {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return Block{Kind: Paragraph, Inlines: bp.inlines(n)}, true
	case *ast.Heading:
		if n.Level != 3 {
			bp.problem("only ## and ### headings are allowed, not level %d", n.Level)
			return Block{}, false
		}
		id := bp.headingID(n)
		if id == "" {
			id = fmt.Sprintf("s%d-%d", section, len(bp.ids))
			bp.ids[id] = true
		}
		return Block{Kind: Subheading, ID: id, Inlines: bp.inlines(n)}, true
	case *ast.List:
		b := Block{Kind: BulletList}
		if n.IsOrdered() {
			b.Kind = NumberedList
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			var blocks []Block
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				if cb, ok := bp.block(c, section); ok {
					blocks = append(blocks, cb)
				}
			}
			b.Items = append(b.Items, blocks)
		}
		return b, true
	case *east.Table:
		b := Block{Kind: Table}
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			var cells [][]Inline
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				cells = append(cells, bp.inlines(cell))
			}
			if _, isHeader := row.(*east.TableHeader); isHeader {
				b.Header = cells
			} else {
				b.Rows = append(b.Rows, cells)
			}
		}
		return b, true
	}
	bp.problem("%s is not allowed in a lesson", n.Kind())
	return Block{}, false
}

func (bp *bodyParser) inlines(parent ast.Node) []Inline {
	var out []Inline
	appendText := func(s string) {
		if k := len(out); k > 0 && out[k-1].Kind == Text {
			out[k-1].Text += s
			return
		}
		out = append(out, Inline{Kind: Text, Text: s})
	}
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Text:
			appendText(string(n.Segment.Value(bp.src)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				appendText(" ")
			}
		case *ast.String:
			appendText(string(n.Value))
		case *ast.CodeSpan:
			appendText(PlainText(bp.inlines(n)))
		case *ast.Emphasis:
			kind := Emphasis
			if n.Level == 2 {
				kind = Strong
			}
			out = append(out, Inline{Kind: kind, Children: bp.inlines(n)})
		case *ast.Link:
			dest := string(n.Destination)
			if id, ok := strings.CutPrefix(dest, factScheme); ok {
				out = append(out, bp.figure(id, PlainText(bp.inlines(n))))
				continue
			}
			out = append(out, Inline{Kind: Link, Ref: bp.ref(dest), Children: bp.inlines(n)})
		default:
			bp.problem("%s is not allowed in lesson text", n.Kind())
		}
	}
	for _, in := range out {
		if in.Kind == Text && unparsedLink.MatchString(in.Text) {
			bp.problem("a link did not parse, and its Markdown shows as text: %q (a {{fact}} cannot stand inside a link's text)", in.Text)
		}
	}
	return out
}

// unparsedLink is what is left of a link that Markdown did not read as one,
// as when a link's text holds another link.
var unparsedLink = regexp.MustCompile(`\]\((term|lesson|role|fact|source):`)

// figure is a fact the body names, [value](fact:id), as the loader writes
// each {{id}}: its value linked to its source's entry.
func (bp *bodyParser) figure(id, label string) Inline {
	f, ok := bp.lesson.Facts[id]
	if !ok {
		bp.problem("link %q does not point to a fact in lesson.toml", factScheme+id)
		return Inline{Kind: Text, Text: label}
	}
	if label != f.Format(bp.lang) {
		bp.problem("a figure reads %q, not its fact %q: write {{%s}}", label, f.Format(bp.lang), id)
	}
	bp.figures++
	return figure(bp.lesson.ID, f, bp.lang)
}

func (bp *bodyParser) ref(dest string) Ref {
	kind, id, _ := strings.Cut(dest, ":")
	r := Ref{Kind: RefKind(kind), ID: id}
	var ok bool
	switch r.Kind {
	case TermRef:
		_, ok = bp.course.termByID[id]
	case LessonRef:
		_, ok = bp.course.lessonByID[id]
	case RoleRef:
		_, ok = bp.course.roleByID[id]
	}
	if !ok {
		bp.problem("link %q does not point to a glossary term, lesson or role", dest)
	}
	return r
}
