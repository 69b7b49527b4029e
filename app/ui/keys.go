package ui

// Names under which the app keeps things in the browser. They are part of
// what the learner has saved: renaming one loses it.
const (
	// langKey is the localStorage key of the language the learner last used.
	langKey = "cxopath.lang"
	// langCookie is the cookie that tells the server the same language, so
	// that the site root can redirect before any script runs.
	langCookie = "lang"
)
