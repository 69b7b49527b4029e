//go:build wasm

package content

// builtInText returns nothing in the browser: app.wasm carries no lesson
// text, the app fetches each language's file as it needs it.
func builtInText() map[string][]byte { return nil }

// shippedCourse returns the compiled course itself: the app attaches its
// words in place.
func shippedCourse() courseFile { return compiledCourse }
