package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// groupFirst is how many results of one kind search shows before the
// learner asks for the rest of that kind; a kind with just one more shows
// it too, rather than a button for one.
const groupFirst = 5

// The headings of the groups of search results.
var (
	msgSearchGroupLessons = &i18n.Message{
		ID:          "SearchGroupLessons",
		Description: "Heading over the search results that are lessons; the number of them follows it.",
		Other:       "Lessons",
	}
	msgSearchGroupTerms = &i18n.Message{
		ID:          "SearchGroupTerms",
		Description: "Heading over the search results that are glossary terms; the number of them follows it.",
		Other:       "Glossary terms",
	}
	msgSearchGroupRoles = &i18n.Message{
		ID:          "SearchGroupRoles",
		Description: "Heading over the search results that are roles (CTO, CIO…); the number of them follows it.",
		Other:       "Roles",
	}
	msgSearchGroupQuestions = &i18n.Message{
		ID:          "SearchGroupQuestions",
		Description: "Heading over the search results that are interview questions; the number of them follows it.",
		Other:       "Interview questions",
	}
)

// groupNames name each kind of result, and groupIDs make the address of
// its group.
var (
	groupNames = map[search.Kind]*i18n.Message{
		search.Lesson:   msgSearchGroupLessons,
		search.Term:     msgSearchGroupTerms,
		search.Role:     msgSearchGroupRoles,
		search.Question: msgSearchGroupQuestions,
	}
	groupIDs = map[search.Kind]string{search.Lesson: "lessons", search.Term: "terms", search.Role: "roles", search.Question: "questions"}
)

// resultGroup is the results of one kind, best first.
type resultGroup struct {
	Kind    search.Kind
	Results []search.Result
}

// groupResults sorts results, best first, into one group per kind, the
// groups always in the same order (lessons, terms, roles, questions), so a
// reader finds each where it was in every search and every language.
func groupResults(results []search.Result) []resultGroup {
	byKind := map[search.Kind][]search.Result{}
	for _, r := range results {
		byKind[r.Doc.Kind] = append(byKind[r.Doc.Kind], r)
	}
	var groups []resultGroup
	for _, k := range []search.Kind{search.Lesson, search.Term, search.Role, search.Question} {
		if len(byKind[k]) > 0 {
			groups = append(groups, resultGroup{Kind: k, Results: byKind[k]})
		}
	}
	return groups
}

// group shows one kind of result under a heading that counts them: the
// first few, and a button for the rest.
func (p *SearchPage) group(lang string, g resultGroup) app.UI {
	results, shown := g.Results, g.Results
	if len(shown) > groupFirst+1 && !p.opened[g.Kind] {
		shown = shown[:groupFirst]
	}
	id := "results-" + groupIDs[g.Kind]
	items := make([]app.UI, len(shown))
	for i, r := range shown {
		items[i] = app.Li().Class("search-result").Body(
			app.A().Href(resultPath(lang, r.Doc)).Body(marked(lang, locale.DropBreakHints(r.Doc.Title), r.TitleMarks)...),
			app.If(r.Snippet != "", func() app.UI {
				return app.P().Class("search-snippet").Body(marked(lang, r.Snippet, r.Marks)...)
			}),
		)
	}
	return app.Section().Class("search-group").Aria("labelledby", id).Body(
		app.H2().ID(id).Class("search-group-title").Body(
			app.Text(locale.T(lang, groupNames[g.Kind])+" "),
			textSpan("search-group-count", locale.Number(lang, len(results))),
		),
		app.Ol().Class("search-results").Body(items...),
		app.If(len(shown) < len(results), func() app.UI {
			return app.P().Class("search-more").Body(
				app.Button().Type("button").Class("button-quiet").OnClick(p.more(g.Kind)).
					Text(locale.N(lang, msgShowAllResults, len(results)-len(shown))),
			)
		}),
	)
}

// more shows every result of a kind, with the focus on the first one that
// was hidden.
func (p *SearchPage) more(kind search.Kind) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.opened == nil {
			p.opened = map[search.Kind]bool{}
		}
		p.opened[kind] = true
		p.mounted.Defer(func(app.Context) {
			group := app.Window().GetElementByID("results-" + groupIDs[kind]).Get("parentElement")
			focusIn(group, ".search-result:nth-child("+strconv.Itoa(groupFirst+1)+") a")
		})
	}
}
