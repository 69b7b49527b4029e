//go:build !wasm

package content

import "embed"

// texts are the compiled lessons' bodies, one file per language.
//
//go:embed bodies.*.json
var texts embed.FS

// builtInText returns every language's compiled text file: the server and
// the tests have the whole course.
func builtInText() map[string][]byte {
	out := map[string][]byte{}
	entries, _ := texts.ReadDir(".")
	for _, e := range entries {
		data, err := texts.ReadFile(e.Name())
		if err == nil {
			lang := e.Name()[len("bodies.") : len(e.Name())-len(".json")]
			out[lang] = data
		}
	}
	return out
}
