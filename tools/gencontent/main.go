// Command gencontent validates the content in content/ and compiles it into
// content/course_gen.go, the course as a Go value the app is built with, and
// content/text.<lang>.txt,
// each language's text (embedded natively, fetched by the
// browser). `go generate ./content` and `make content` run it; a test fails
// while any of them is stale.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cxopath/cxopath/content"
	"github.com/cxopath/cxopath/locales"
)

func main() {
	course, texts, err := content.Compile()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gencontent: the content has problems:\n%v\n", err)
		os.Exit(1)
	}
	source, err := content.GoSource(course)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencontent:", err)
		os.Exit(1)
	}
	// The house style is checked by the content tests too, which fail on
	// it; the course is still written, so one editor's stray word does not
	// hold up another's work.
	if err := content.CheckStyle(content.Source, locales.Files); err != nil {
		fmt.Fprintf(os.Stderr, "gencontent: %v\n", err)
	}
	// Run from content/ by go generate, or from the repository root.
	dir := "."
	if _, err := os.Stat("content"); err == nil {
		dir = "content"
	}
	files := map[string][]byte{"course_gen.go": source}
	for lang, data := range texts {
		files[content.TextFile(lang)] = data
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gencontent:", err)
			os.Exit(1)
		}
	}
}
