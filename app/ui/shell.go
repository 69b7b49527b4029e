package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// shell is the frame around every page: skip link, header with the product
// name and the language switcher, the page's content, and the footer.
type shell struct {
	app.Compo

	ILang    string
	IPath    string
	IWith    string
	IContent []app.UI
	ITimed   bool // the page is study: its time counts toward the daily goal

	storage  progress.Status
	stopKeys func() // stops listening for "/"
}

func newShell() *shell { return &shell{} }

// Lang sets the language the page is in.
func (s *shell) Lang(v string) *shell { s.ILang = v; return s }

// Path sets the page's address, so the switcher can offer it in other languages.
func (s *shell) Path(v string) *shell { s.IPath = v; return s }

// With sets the language the page shows beside its own, if any.
func (s *shell) With(v string) *shell { s.IWith = v; return s }

// Content sets what the page shows.
func (s *shell) Content(v ...app.UI) *shell { s.IContent = app.FilterUIElems(v...); return s }

// Timed says the page is study (a lesson, interview practice), whose time
// counts toward the daily goal.
func (s *shell) Timed(v bool) *shell { s.ITimed = v; return s }

// OnMount marks the document as run by the app, not only pre-rendered
// (styles and tests can tell the two apart), and listens for "/", which
// opens search from any page.
func (s *shell) OnMount(ctx app.Context) {
	ctx.ObserveState(stateStorage, &s.storage)
	publishProgress(ctx)
	if !app.IsClient {
		return
	}
	// After the first frame: every component mounted with the shell has
	// drawn what it read on mounting (the saved theme, say).
	ctx.Defer(func(app.Context) {
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "running")
	})
	prefetchText(ctx)
	s.stopKeys = handle(app.Window(), "keydown", false, func(e app.Value) {
		if e.Get("key").String() != "/" || typing(e) {
			return
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) {
			if box := app.Window().GetElementByID("search-box"); box.Truthy() {
				box.Call("focus")
				return
			}
			ctx.Navigate(SearchPath(s.ILang, ""))
		})
	})
}

// OnDismount stops listening for the keyboard.
func (s *shell) OnDismount() {
	if s.stopKeys != nil {
		s.stopKeys()
		s.stopKeys = nil
	}
}

// searchIcon is a magnifying glass, drawn in the text's colour.
func searchIcon() app.UI {
	return svg("svg").Class("search-icon").Attr("viewBox", "0 0 24 24").Attr("width", 20).Attr("height", 20).Aria("hidden", "true").Attr("focusable", "false").Body(
		svg("circle").Attr("cx", 10.5).Attr("cy", 10.5).Attr("r", 6.5),
		svg("line").Attr("x1", 15.5).Attr("y1", 15.5).Attr("x2", 21).Attr("y2", 21),
	)
}

func (s *shell) Render() app.UI {
	lang := s.ILang
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#main").Text(locale.T(lang, msgSkipToContent)),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(HomePath(lang)).Body(
				app.Img().Class("brand-mark").Src("/web/icons/icon.svg").Alt("").Attr("role", "presentation").Width(28).Height(28),
				app.Span().Text(locale.T(lang, msgAppName)),
			),
			s.mainNav(),
			app.A().Class("search-link").Href(SearchPath(lang, "")).Aria("label", locale.T(lang, msgSearch)).Title(locale.T(lang, msgSearchShortcut)).Body(
				searchIcon(),
				app.Span().Class("search-link-text").Aria("hidden", "true").Text(locale.T(lang, msgSearch)),
			),
			newLangSwitcher().Lang(lang).Path(s.IPath),
		),
		newStorageNotice().Lang(lang).Status(s.storage),
		newAppStatus().Lang(lang).Outdated(s.storage.Hold == progress.Newer),
		app.Main().ID("main").Class("page").TabIndex(-1).Body(s.IContent...),
		newStudyLoop().Lang(lang).Timed(s.ITimed),
		app.Footer().Class("site-footer").Body(
			app.P().Body(
				app.Text(locale.T(lang, msgFooter)+" "),
				// The two links keep to one line, so neither is left alone on one.
				app.Span().Class("footer-links").Body(
					app.A().Href(DataPath(lang)).Text(locale.T(lang, msgMyData)),
					app.Text(" · "),
					app.A().Href(SourcesPath(lang)).Text(locale.T(lang, msgSources)),
				),
			),
			// My data has the theme among its own sections: once is enough.
			app.If(s.IPath != DataPath(lang), func() app.UI { return newThemeSwitcher().Lang(lang).ID("theme-footer") }),
		),
		textPreload(lang),
		app.If(s.IWith != "", func() app.UI { return textPreload(s.IWith) }),
	)
}

// mainNav links to the app's sections, marking the one the page is in.
func (s *shell) mainNav() app.UI {
	lang := s.ILang
	// Each section has an icon (web/icons/ui), shown over the label in the
	// phone's tab bar.
	links := []struct {
		path, prefix, icon string
		label              *i18n.Message
	}{
		{HomePath(lang), TodayPath(lang), "home", msgHome}, // the home page is Today once the learner has started
		{LessonsPath(lang), LessonsPath(lang) + "/", "lessons", msgLessons},
		{RolesPath(lang), RolesPath(lang) + "/", "roles", msgRoles},
		{AssessmentPath(lang), AssessmentPath(lang) + "/", "assessment", msgNavAssessment},
		{InterviewPath(lang), InterviewPath(lang) + "/", "interview", msgNavInterview},
		{GlossaryPath(lang), "", "glossary", msgGlossary},
	}
	here, _, _ := strings.Cut(s.IPath, "?") // the deck's filter, a search: the page is the same section
	items := make([]app.UI, 0, len(links))
	for _, l := range links {
		a := app.A().Class("icon-" + l.icon).Href(l.path).Body(app.Span().Text(locale.T(lang, l.label)))
		if here == l.path || (l.prefix != "" && strings.HasPrefix(here, l.prefix)) {
			a = a.Aria("current", "page")
		}
		items = append(items, app.Li().Body(a))
	}
	return app.Nav().Class("main-nav").Aria("label", locale.T(lang, msgMainNav)).Body(app.Ul().Body(items...))
}
