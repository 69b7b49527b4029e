//go:build !wasm

package server

import "bytes"

// unindent takes out the line breaks and indentation go-app writes between
// the elements and texts of a page it renders, which the app itself never
// draws: between a Korean or Japanese word and the link or term inside it
// ("연구개발(R&D)을", 「研究開発（R&D）に」) they showed as a space before
// the app started, and the text moved when it did. go-app indents each child
// of an element with two spaces a level on a line of its own, so a line
// break and the spaces after it are layout before a tag, and before a text
// all but the odd one left over, the text's own leading space. What pre, textarea, script and style hold is
// left as written.
func unindent(page []byte) []byte {
	out := make([]byte, 0, len(page))
	for i := 0; i < len(page); {
		if end, ok := verbatimEnd(page, i); ok {
			out = append(out, page[i:end]...)
			i = end
			continue
		}
		if page[i] != '\n' {
			out = append(out, page[i])
			i++
			continue
		}
		n := 0
		for i+1+n < len(page) && page[i+1+n] == ' ' {
			n++
		}
		tag := i+1+n < len(page) && page[i+1+n] == '<' // a text never starts with "<"
		if n < 2 && !tag {
			out = append(out, page[i])
			i++
			continue
		}
		if n%2 == 1 && !tag {
			out = append(out, ' ')
		}
		i += 1 + n
	}
	return out
}

// verbatim are the elements whose content keeps its white space.
var verbatim = [][]byte{[]byte("pre"), []byte("textarea"), []byte("script"), []byte("style")}

// verbatimEnd reports, when page[i:] opens a verbatim element, where its
// closing tag ends.
func verbatimEnd(page []byte, i int) (int, bool) {
	if page[i] != '<' {
		return 0, false
	}
	for _, tag := range verbatim {
		rest := page[i+1:]
		if !bytes.HasPrefix(rest, tag) || len(rest) == len(tag) || (rest[len(tag)] != '>' && rest[len(tag)] != ' ') {
			continue
		}
		closing := append(append([]byte("</"), tag...), '>')
		if j := bytes.Index(page[i:], closing); j >= 0 {
			return i + j + len(closing), true
		}
		return len(page), true
	}
	return 0, false
}
