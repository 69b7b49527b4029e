package ui

// Names under which the app keeps things: browser storage keys are part of
// what the learner has saved (renaming one loses it), and each starts with
// progress.Namespace, so that starting over removes them all; state names
// connect components.
const (
	// langKey is the localStorage key of the language the learner last used.
	langKey = "cxopath.lang"
	// langCookie is the cookie that tells the server the same language, so
	// that the site root can redirect before any script runs.
	langCookie = "lang"
	// themeKey is the localStorage key of the theme the learner chose
	// ("light" or "dark"; none means the system's). web/js/theme.js reads it
	// too, before the page is painted.
	themeKey = "cxopath.theme"
	// mockKey is the sessionStorage key of the mock interview in progress
	// in this tab (see mockSession).
	mockKey = "cxopath.mock"

	// stateProgress holds the learner's progress.Document.
	stateProgress = "progress"
	// stateStorage holds the progress.Status of saving.
	stateStorage = "progress-status"
	// stateTheme holds the theme the learner chose, so every switcher on
	// the page shows it.
	stateTheme = "theme"
	// stateOpenTip holds the key of the glossary term tip that is open on
	// the page ("" for none): opening one closes the others.
	stateOpenTip = "open-term-tip"
	// stateCourseText changes when a language's lesson text arrives (see
	// course-text.go), so pages that show lesson text redraw.
	stateCourseText = "course-text"
	// stateCheer holds the latest moment of recognition (a lesson done, the
	// day's goal met, a mock interview finished), which any page shows.
	stateCheer = "study-cheer"
)
