package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundSuggestions offers somewhere to go from an address that is no
// page: the first lessons of the course, each a card with its reading time
// (the sections of the app are in the navigation beside them).
func notFoundSuggestions(lang string) app.UI {
	course, err := content.Default()
	if err != nil {
		return nil
	}
	var cards []app.UI
	for _, l := range course.Lessons[:min(4, len(course.Lessons))] {
		if t := l.Text[lang]; t != nil {
			cards = append(cards, app.Li().Body(
				app.A().Href(LessonPath(lang, l.ID)).Text(t.Title),
				textSpan("muted", locale.N(lang, msgMinutes, t.Minutes)),
			))
		}
	}
	return app.Section().Class("not-found-suggestions").Aria("labelledby", "lost-suggestions").Body(
		app.H2().ID("lost-suggestions").Text(locale.T(lang, msgNotFoundSuggestions)),
		app.Ul().Body(cards...),
	)
}
