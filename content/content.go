// Package content holds what the learner reads — lessons and the glossary in
// every language — and the typed model, loader and validator for it. Ids,
// order, quiz answers and figures live once in language-neutral TOML; each
// locale supplies only the words.
package content

import (
	"embed"
	"sync"
)

//go:embed lessons glossary
var files embed.FS

var (
	defaultOnce   sync.Once
	defaultCourse *Course
	defaultErr    error
)

// Default returns the embedded course, parsed and validated once. The error
// lists every problem found; the content test keeps it nil.
func Default() (*Course, error) {
	defaultOnce.Do(func() {
		defaultCourse, defaultErr = Load(files)
	})
	return defaultCourse, defaultErr
}
