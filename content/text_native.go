//go:build !wasm

package content

import (
	"embed"
	"encoding/json"
)

// texts are the compiled text files, one per language.
//
//go:embed text.*.txt
var texts embed.FS

// builtInText returns every language's compiled text file: the server and
// the tests have the whole course.
func builtInText() map[string][]byte {
	out := map[string][]byte{}
	entries, _ := texts.ReadDir(".")
	for _, e := range entries {
		data, err := texts.ReadFile(e.Name())
		if err == nil {
			lang := e.Name()[len("text.") : len(e.Name())-len(".txt")]
			out[lang] = data
		}
	}
	return out
}

// shippedCourse returns a copy of the compiled course: attaching the text
// files fills in its words, and compiledCourse stays as compiled, for the
// tests that compare it with the content.
func shippedCourse() courseFile {
	data, err := json.Marshal(compiledCourse)
	if err != nil {
		panic(err)
	}
	f, err := decodeCourseFile(data)
	if err != nil {
		panic(err)
	}
	return f
}
