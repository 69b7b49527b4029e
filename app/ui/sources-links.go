package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// citation names a source briefly: its publisher and when its figures stand.
func citation(lang string, s *content.Reference) string {
	when := s.Text[lang].When
	if when == "" {
		return s.PublisherName(lang)
	}
	return locale.T(lang, msgSourceCitation, map[string]any{"Publisher": s.PublisherName(lang), "When": when})
}

// figureLink is a figure in a lesson: the figure itself, linked to its
// source's entry on the Sources page, and read out with the source's name.
func figureLink(lang string, course *content.Course, entryID string, figure []app.UI) app.UI {
	_, src, ok := course.EntrySource(entryID)
	if !ok {
		return app.Span().Body(figure...)
	}
	label := textSpan("visually-hidden", locale.T(lang, msgFigureSource, map[string]any{"Source": citation(lang, src)}))
	return app.A().Class("figure").Href(SourceEntryPath(lang, entryID)).Body(append(figure, label)...)
}

// quizSources lists, under an answered quiz question, the sources of the
// figures in it: its options are the labels of the answers, where a link
// cannot stand.
func quizSources(lang string, entryIDs []string) app.UI {
	course, err := content.Default()
	if err != nil || len(entryIDs) == 0 {
		return nil
	}
	items := make([]app.UI, 0, len(entryIDs))
	for _, id := range entryIDs {
		if _, src, ok := course.EntrySource(id); ok {
			items = append(items, app.Li().Body(app.A().Href(SourceEntryPath(lang, id)).Text(citation(lang, src))))
		}
	}
	return app.Div().Class("quiz-sources").Body(
		app.P().Text(locale.T(lang, msgQuizSources)),
		app.Ul().Body(items...),
	)
}
