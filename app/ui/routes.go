// Package ui holds the go-app components: the pages the learner sees and the
// pieces they are built from. The same code renders in the browser (WASM) and
// on the server, which pre-renders every page.
package ui

import (
	"net/url"
	"strings"
	"sync"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/search"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Every address of the app is made here, so a page's address is written
// once.

// HomePath is the address of the home page in lang.
func HomePath(lang string) string { return "/" + lang + "/" }

// LessonsPath is the address of the lessons index in lang.
func LessonsPath(lang string) string { return "/" + lang + "/lessons" }

// GlossaryPath is the address of the glossary in lang.
func GlossaryPath(lang string) string { return "/" + lang + "/glossary" }

// LessonPath is the address of a lesson in lang.
func LessonPath(lang, id string) string { return "/" + lang + "/lessons/" + id }

// TextPath is the address of the lessons' bodies in lang, named by their
// version: the server keeps such an address for a year.
func TextPath(c *content.Course, lang string) string {
	return "/web/" + content.TextFile(lang) + "?v=" + c.TextVersions[lang]
}

// RolesPath is the address of the roles page in lang.
func RolesPath(lang string) string { return "/" + lang + "/roles" }

// RolePath is the address of a role's profile in lang.
func RolePath(lang, id string) string { return "/" + lang + "/roles/" + id }

// ComparePath is the address of the comparison of roles in lang.
func ComparePath(lang string, ids ...string) string {
	p := "/" + lang + "/roles/compare"
	if len(ids) > 0 {
		p += "?roles=" + strings.Join(ids, ",")
	}
	return p
}

// AssessmentPath is the address of the self-assessment checklist in lang.
func AssessmentPath(lang string) string { return "/" + lang + "/assessment" }

// ResultsPath is the address of the self-assessment results in lang.
func ResultsPath(lang string) string { return "/" + lang + "/assessment/results" }

// ComparedResultsPath is the address of the self-assessment results in
// lang comparing the snapshots dated from and to (YYYY-MM-DD; none: the
// previous and the latest).
func ComparedResultsPath(lang, from, to string) string {
	q := url.Values{}
	if from != "" {
		q.Set("from", from)
	}
	if to != "" {
		q.Set("to", to)
	}
	return withQuery(ResultsPath(lang), q)
}

// InterviewPath is the address of the interview deck in lang.
func InterviewPath(lang string) string { return "/" + lang + "/interview" }

// PracticePath is the address of interview practice in lang, for the cards
// that match filter, at card (none: the next one due).
func PracticePath(lang string, filter deckFilter, card string) string {
	q := filter.query()
	if card != "" {
		q.Set("card", card)
	}
	return withQuery("/"+lang+"/interview/practice", q)
}

// MockPath is the address of the mock interview in lang, offering the
// cards that match filter.
func MockPath(lang string, filter deckFilter) string {
	return withQuery("/"+lang+"/interview/mock", filter.query())
}

// deckPath is the interview deck in lang with filter applied.
func deckPath(lang string, f deckFilter) string { return withQuery(InterviewPath(lang), f.query()) }

func withQuery(path string, q url.Values) string {
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// TodayPath is the address of the Today page in lang.
func TodayPath(lang string) string { return "/" + lang + "/today" }

// DataPath is the address of the learner's data page in lang.
func DataPath(lang string) string { return "/" + lang + "/data" }

// ReceivePath is the address of the page that opens a transfer link in
// lang (the link's payload follows it after "#").
func ReceivePath(lang string) string { return "/" + lang + "/data/receive" }

// SearchPath is the address of search in lang, for query q (none: empty).
func SearchPath(lang, q string) string {
	if q == "" {
		return "/" + lang + "/search"
	}
	return "/" + lang + "/search?q=" + url.QueryEscape(q)
}

// resultPath is where a search result leads.
func resultPath(lang string, d search.Doc) string {
	switch d.Kind {
	case search.Term:
		return GlossaryPath(lang) + "#" + TermAnchor(d.ID)
	case search.Role:
		return RolePath(lang, d.ID)
	case search.Question:
		return PracticePath(lang, deckFilter{}, d.ID)
	}
	return LessonPath(lang, d.ID)
}

// TermAnchor is the id of a term's entry on the glossary page.
func TermAnchor(id string) string { return "term-" + id }

// SourcesPath is the address of the Sources page in lang.
func SourcesPath(lang string) string { return "/" + lang + "/sources" }

// SourceEntryPath is the address of a source's entry on the Sources page.
func SourceEntryPath(lang, entryID string) string { return SourcesPath(lang) + "#" + entryID }

// LangOf returns the language an address is in, or "" when its first
// segment is not a supported language.
func LangOf(path string) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	if locale.Supported(first) {
		return first
	}
	return ""
}

// SwitchLang returns the same page as path (which may carry a query) in
// another language; an address with no language goes to that language's
// home page. A lesson read side by side with the language switched to
// (?with=ja, switching to ja) stays side by side, now with the language
// switched from.
func SwitchLang(path, lang string) string {
	path, query, hasQuery := strings.Cut(path, "?")
	from := LangOf(path)
	if from == "" {
		return HomePath(lang)
	}
	rest := strings.TrimPrefix(path, "/")
	_, rest, _ = strings.Cut(rest, "/")
	if hasQuery {
		params := strings.Split(query, "&")
		for i, p := range params {
			if p == "with="+lang {
				params[i] = "with=" + from
			}
		}
		rest += "?" + strings.Join(params, "&")
	}
	return "/" + lang + "/" + rest
}

// Pages returns the address of every page of every language, each mapped to
// the function that makes its component. It is the one list of routes: the
// browser and the server register it, and the server answers 404 for
// anything else.
func Pages() map[string]func() app.Composer {
	pages := map[string]func() app.Composer{}
	course, _ := content.Default()
	for _, lang := range locale.Langs {
		pages[HomePath(lang)] = func() app.Composer { return &HomePage{Lang: lang} }
		pages[LessonsPath(lang)] = func() app.Composer { return &LessonsPage{Lang: lang} }
		pages[GlossaryPath(lang)] = func() app.Composer { return &GlossaryPage{Lang: lang} }
		pages[RolesPath(lang)] = func() app.Composer { return &RolesPage{Lang: lang} }
		pages[ComparePath(lang)] = func() app.Composer { return &ComparePage{Lang: lang} }
		pages[AssessmentPath(lang)] = func() app.Composer { return &AssessmentPage{Lang: lang} }
		pages[ResultsPath(lang)] = func() app.Composer { return &ResultsPage{Lang: lang} }
		pages[InterviewPath(lang)] = func() app.Composer { return &InterviewPage{Lang: lang} }
		pages[DataPath(lang)] = func() app.Composer { return &DataPage{Lang: lang} }
		pages[ReceivePath(lang)] = func() app.Composer { return &ReceivePage{Lang: lang} }
		pages[SourcesPath(lang)] = func() app.Composer { return &SourcesPage{Lang: lang} }
		pages[SearchPath(lang, "")] = func() app.Composer { return &SearchPage{Lang: lang} }
		pages[PracticePath(lang, deckFilter{}, "")] = func() app.Composer { return &PracticePage{Lang: lang} }
		pages[MockPath(lang, deckFilter{})] = func() app.Composer { return &MockPage{Lang: lang} }
		pages[TodayPath(lang)] = func() app.Composer { return &TodayPage{Lang: lang} }
		if course == nil {
			continue
		}
		for _, l := range course.Lessons {
			pages[LessonPath(lang, l.ID)] = func() app.Composer { return &LessonPage{Lang: lang, LessonID: l.ID} }
		}
		for _, r := range course.Roles {
			pages[RolePath(lang, r.ID)] = func() app.Composer { return &RolePage{Lang: lang, RoleID: r.ID} }
		}
	}
	return pages
}

var registerOnce sync.Once

// Register declares every route with go-app, once: the pages, the site root
// that opens the learner's language, and a localized not-found page for the
// rest.
func Register() {
	registerOnce.Do(func() {
		pages := Pages()
		for path, newPage := range pages {
			newPage = textFirst(LangOf(path), newPage)
			app.Route(path, newPage)
			if !strings.HasSuffix(path, "/") {
				// Static hosts serve a page's folder, index.html, at path + "/".
				app.Route(path+"/", newPage)
			}
		}
		app.Route("/", func() app.Composer { return &RootPage{} })
		// The site root as the installed app opens it offline (the worker
		// answers with the root page, which a static export writes there).
		app.Route("/index.html", func() app.Composer { return &RootPage{} })
		routeNotFound(pages, func() app.Composer { return &NotFoundPage{} })
	})
}
