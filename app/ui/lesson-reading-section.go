package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// readingSection returns the id of the lesson section the learner is reading:
// the last whose heading has scrolled past the top third of the window. It
// is "" at the top of a lesson and outside the browser.
func readingSection() string { return lastPassed(".lesson-text section[aria-labelledby]") }

// readingPart is readingSection with the quiz as a part of its own, once
// its heading has passed the same line: what the contents mark.
func readingPart() string {
	return lastPassed(".lesson-text section[aria-labelledby], .lesson-quiz[aria-labelledby]")
}

// lastPassed returns the heading id (aria-labelledby) of the last element
// matching selector, in document order, whose top has scrolled past the
// top third of the window.
func lastPassed(selector string) string {
	if !app.IsClient {
		return ""
	}
	doc := app.Window().Get("document")
	sections := doc.Call("querySelectorAll", selector)
	limit := app.Window().Get("innerHeight").Float() / 3
	id := ""
	for i := 0; i < sections.Length(); i++ {
		s := sections.Index(i)
		if s.Call("getBoundingClientRect").Get("top").Float() > limit {
			break
		}
		id = s.Call("getAttribute", "aria-labelledby").String()
	}
	return id
}
