package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// SourcesPage lists where the lessons' figures and dated facts come from,
// lesson by lesson in reading order: for each source its publisher, title,
// date and kind, the lesson's figures it backs, what they mean and do not
// mean, and where they disagree with the publisher's own. Every figure in
// a lesson links to its entry here.
type SourcesPage struct {
	app.Compo

	Lang string

	target  string // the entry the address points to, if any
	arrived int    // stateCourseText: redraws when a language's text arrives
}

// OnMount redraws the page when the words of the sources arrive: they come
// with the language's lesson text, which the browser fetches.
func (p *SourcesPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCourseText, &p.arrived)
}

// OnNav sets the document's language, title and description, and brings the
// entry the address names into view with the focus on it, so the keyboard
// and screen readers arrive where the figure's link pointed.
func (p *SourcesPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgSources), locale.T(p.Lang, msgSourcesDescription))
	p.target = ctx.Page().URL().Fragment
	ensureText(ctx, p.Lang)
	if !app.IsClient || p.target == "" {
		return
	}
	id := p.target
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			// go-app scrolls to the fragment itself after navigating.
			el.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}

// sourcesGroupID is the id of a lesson's group on the Sources page.
func sourcesGroupID(lessonID string) string { return "sources-" + lessonID }

// Render lists the sources lesson by lesson.
func (p *SourcesPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(SourcesPath(lang))
	course, err := content.Default()
	if err != nil {
		return page.Content(contentError(lang))
	}
	intro := []app.UI{
		app.H1().Text(locale.T(lang, msgSources)),
		textP("lead", locale.T(lang, msgSourcesDescription)),
	}
	if !course.HasText(lang) {
		if textFailedIn(lang) {
			return page.Content(append(intro, app.P().Class("notice is-warning").Attr("role", "alert").Text(locale.T(lang, msgSourcesUnavailable)))...)
		}
		return page.Content(append(intro, app.P().Class("notice").Attr("role", "status").Text(locale.T(lang, msgSourcesLoading)))...)
	}
	var groups []app.UI
	for _, l := range course.Lessons {
		if t := l.Text[lang]; t != nil && len(t.Citations) > 0 {
			groups = append(groups, p.group(course, l, t))
		}
	}
	return page.Content(append(intro,
		app.Div().Class("sources").Body(groups...),
		textP("muted", locale.T(lang, msgSourcesUnlisted)),
	)...)
}

// group is one lesson's sources, titled with the lesson, which it links to.
func (p *SourcesPage) group(course *content.Course, l *content.Lesson, t *content.LessonText) app.UI {
	heading := sourcesGroupID(l.ID)
	entries := make([]app.UI, 0, len(t.Citations))
	for _, c := range t.Citations {
		if src, ok := course.Source(c.Source); ok {
			entries = append(entries, p.entry(l, src, c))
		}
	}
	return app.Section().Class("sources-lesson").Aria("labelledby", heading).Body(
		app.H2().ID(heading).Body(app.A().Href(LessonPath(p.Lang, l.ID)).Text(t.Title)),
		app.Div().Class("source-entries").Body(entries...),
	)
}

// entry is one source as the lesson cites it.
func (p *SourcesPage) entry(l *content.Lesson, src *content.Reference, c content.Citation) app.UI {
	lang := p.Lang
	words := src.Text[lang]
	id := content.SourceEntryID(l.ID, src.ID)
	title := id + "-title"

	date, when := msgSourceDate, []app.UI{app.Text(words.When)}
	switch {
	case src.Period != [2]int{}:
		date = msgSourcePeriod
	case words.When == "":
		when = []app.UI{app.Text(locale.T(lang, msgSourceUndated)), textSpan("source-date-note", words.DateNote)}
	}
	figures := make([]app.UI, len(c.Figures))
	for i, f := range c.Figures {
		figures[i] = app.Li().Text(f)
	}
	details := []app.UI{
		sourceDetail(lang, msgSourcePublisher, app.Text(src.PublisherName(lang))),
		sourceDetail(lang, date, when...),
	}
	if words.PublishedOn != "" {
		details = append(details, sourceDetail(lang, msgSourcePublished, app.Text(words.PublishedOn)))
	}
	details = append(details,
		sourceDetail(lang, msgSourceKind, app.Text(locale.T(lang, sourceKindNames[src.Kind]))),
		sourceDetail(lang, msgSourceFigures, app.Ul().Class("source-figures").Body(figures...)),
	)
	body := []app.UI{
		app.H3().ID(title).Text(words.Title),
		app.Dl().Class("source-details").Body(details...),
		app.Dl().Class("source-reading").Body(
			app.Dt().Text(locale.T(lang, msgSourceMeans)), app.Dd().Text(words.Means),
			app.Dt().Text(locale.T(lang, msgSourceNotMeans)), app.Dd().Text(words.NotMeans),
		),
	}
	if words.Conflict != "" {
		conflict := locale.T(lang, msgSourceConflict)
		body = append(body, app.Aside().Class("source-conflict").Aria("label", conflict).Body(
			textP("source-conflict-title", conflict),
			app.P().Text(words.Conflict),
		))
	}
	class := "source-entry"
	if p.target == id {
		class += " is-target"
	}
	return app.Article().Class(class).ID(id).TabIndex(-1).Aria("labelledby", title).Body(body...)
}

// sourceDetail is one labelled line of an entry's details.
func sourceDetail(lang string, label *i18n.Message, value ...app.UI) app.UI {
	return app.Div().Body(app.Dt().Text(locale.T(lang, label)), app.Dd().Body(value...))
}
