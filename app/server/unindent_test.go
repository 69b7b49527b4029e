//go:build !wasm

package server

import "testing"

func TestThePageReadsAsTheAppDrawsItWithoutTheRenderersIndentation(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a Korean particle stays on its term",
			"<p>\n  <span class=\"term-tip\">\n    <button>연구개발(R&amp;D)</button>\n  </span>\n  을 책임지는 임원입니다.\n</p>",
			"<p><span class=\"term-tip\"><button>연구개발(R&amp;D)</button></span>을 책임지는 임원입니다.</p>"},
		{"a text's own leading space stays",
			"<li>\n    <strong>Who surveyed?</strong>\n     A salary firm or a poll.\n</li>",
			"<li><strong>Who surveyed?</strong> A salary firm or a poll.</li>"},
		{"a space before an element stays",
			"<p>\n  Read \n  <a href=\"/en/glossary\">the glossary</a>\n</p>",
			"<p>Read <a href=\"/en/glossary\">the glossary</a></p>"},
		{"a line break inside a text stays",
			"<p>one\ntwo</p>",
			"<p>one\ntwo</p>"},
		{"scripts, styles, pre and textarea keep their lines",
			"<div>\n  <script>\n    let a = 1;\n  </script>\n  <pre>\n  x\n</pre>\n  <textarea>\n    draft</textarea>\n  <style>\n  p {}\n</style>\n</div>",
			"<div><script>\n    let a = 1;\n  </script><pre>\n  x\n</pre><textarea>\n    draft</textarea><style>\n  p {}\n</style></div>"},
		{"an unclosed script keeps the rest", "<script>\n  a\n", "<script>\n  a\n"},
		{"a tag that only starts like one is not verbatim", "<prefix>\n  a\n</prefix>", "<prefix>a</prefix>"},
	}
	for _, tt := range tests {
		if got := string(unindent([]byte(tt.in))); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
