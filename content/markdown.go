//go:build !wasm

package content

import (
	"fmt"
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
	src    []byte
	file   string
	course *Course
	p      *problems
	ids    map[string]bool
}

func parseBody(src []byte, file string, c *Course, p *problems) (intro []Block, sections []Section) {
	bp := &bodyParser{src: src, file: file, course: c, p: p, ids: map[string]bool{}}
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
			out = append(out, Inline{Kind: Link, Ref: bp.ref(string(n.Destination)), Children: bp.inlines(n)})
		default:
			bp.problem("%s is not allowed in lesson text", n.Kind())
		}
	}
	return out
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
