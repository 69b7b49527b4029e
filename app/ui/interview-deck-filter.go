package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// deckFilterBar offers the deck by role and by topic as links, so a filter
// is an address the learner can bookmark and the language switcher keeps.
type deckFilterBar struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IFilter deckFilter
	IPath   string // the page the choices lead to: the deck unless set
}

func newDeckFilterBar() *deckFilterBar { return &deckFilterBar{} }

// Lang sets the language.
func (d *deckFilterBar) Lang(v string) *deckFilterBar { d.ILang = v; return d }

// Course sets the course whose deck is filtered.
func (d *deckFilterBar) Course(v *content.Course) *deckFilterBar { d.ICourse = v; return d }

// Filter sets the filter in force.
func (d *deckFilterBar) Filter(v deckFilter) *deckFilterBar { d.IFilter = v; return d }

// Path sets the page the choices lead to, when it is not the deck.
func (d *deckFilterBar) Path(v string) *deckFilterBar { d.IPath = v; return d }

// chip is one filter choice: a link to the page with it applied.
func (d *deckFilterBar) chip(label string, f deckFilter, current bool) app.UI {
	href := deckPath(d.ILang, f)
	if d.IPath != "" {
		href = withQuery(d.IPath, f.query())
	}
	a := app.A().Class("chip").Href(href).Text(label)
	if current {
		a = a.Aria("current", "true")
	}
	return app.Li().Body(a)
}

func (d *deckFilterBar) Render() app.UI {
	lang, iv, f := d.ILang, d.ICourse.Interview, d.IFilter
	roles := []app.UI{d.chip(locale.T(lang, msgAllRoles), deckFilter{Topic: f.Topic}, f.Role == "")}
	for _, r := range deckRoles(iv) {
		roles = append(roles, d.chip(roleName(d.ICourse, lang, r), deckFilter{Role: r, Topic: f.Topic}, f.Role == r))
	}
	topics := []app.UI{d.chip(locale.T(lang, msgAllTopics), deckFilter{Role: f.Role}, f.Topic == "")}
	for _, t := range iv.Topics {
		topics = append(topics, d.chip(iv.Text[lang].Topics[t], deckFilter{Role: f.Role, Topic: t}, f.Topic == t))
	}
	return app.Div().Class("deck-filter").Body(
		app.Nav().Aria("label", locale.T(lang, msgRoleFilter)).Body(
			app.Span().Class("deck-filter-label").Aria("hidden", "true").Text(locale.T(lang, msgRoleFilter)),
			app.Ul().Class("chips").Body(roles...),
		),
		app.Nav().Aria("label", locale.T(lang, msgTopicFilter)).Body(
			app.Span().Class("deck-filter-label").Aria("hidden", "true").Text(locale.T(lang, msgTopicFilter)),
			app.Ul().Class("chips").Body(topics...),
		),
	)
}
