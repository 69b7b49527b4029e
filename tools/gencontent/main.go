// Command gencontent validates the lessons and glossary in content/ and
// compiles them into content/course.json, the form the app embeds.
// `go generate ./content` and `make content` run it; a test fails while
// course.json is stale.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cxopath/cxopath/content"
	"github.com/cxopath/cxopath/locales"
)

func main() {
	data, err := content.Compile()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gencontent: the content has problems:\n%v\n", err)
		os.Exit(1)
	}
	// The house style is checked by the content tests too, which fail on
	// it; course.json is still written, so one editor's stray word does not
	// hold up another's work.
	if err := content.CheckStyle(content.Source, locales.Files); err != nil {
		fmt.Fprintf(os.Stderr, "gencontent: %v\n", err)
	}
	// Run from content/ by go generate, or from the repository root.
	out := "course.json"
	if _, err := os.Stat("content"); err == nil {
		out = filepath.Join("content", out)
	}
	if err := os.WriteFile(out, append(data, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gencontent:", err)
		os.Exit(1)
	}
}
