package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RolesPage shows every role as a card with its own emblem and colour,
// which way it faces, its mission, and the way to compare them.
type RolesPage struct {
	app.Compo

	Lang string
}

// OnNav sets the document's language, title and description.
func (p *RolesPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgRoles), locale.T(p.Lang, msgRolesDescription))
}

// Render lists the roles.
func (p *RolesPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(RolesPath(lang))
	course, err := content.Default()
	if err != nil {
		return page.Content(contentError(lang))
	}
	return page.Content(
		app.H1().Text(locale.T(lang, msgRoles)),
		textP("lead", locale.T(lang, msgRolesDescription)),
		app.P().Class("roles-compare").Body(app.A().Class("button").Href(ComparePath(lang)).Text(locale.T(lang, msgCompareRoles))),
		app.Ul().Class("role-cards").Body(
			app.Range(course.Roles).Slice(func(i int) app.UI {
				r := course.Roles[i]
				t := r.Text[lang]
				return app.Li().Class("role-card role-"+r.ID).Body(
					app.Div().Class("role-card-head").Body(
						app.Span().Class("role-icon").Aria("hidden", "true"),
						app.H2().Body(
							textSpan("role-name", t.Name),
							app.Span().Class("role-title").Body(glossed(t.Title)...),
						),
					),
					app.P().Class("tag role-facing is-"+r.Facing).Text(locale.T(lang, facingBadges[r.Facing])),
					app.P().Text(locale.KeepDots(t.Mission)),
					textP("role-card-path muted", locale.N(lang, msgPathSteps, len(t.Path))),
					app.A().Href(RolePath(lang, r.ID)).Text(locale.T(lang, msgViewProfile, map[string]any{"Role": t.Name})),
				)
			}),
			// The eighth card leads to the comparison, and fills the grid
			// the seven roles leave one short: on a wide screen, where
			// it stands, the button above it gives way.
			app.Li().Class("role-card compare-card").Body(
				app.Div().Class("role-card-head").Body(
					app.Span().Class("role-icon").Aria("hidden", "true"),
					app.H2().Body(textSpan("role-name", locale.T(lang, msgCompareRoles))),
				),
				app.P().Text(locale.T(lang, msgCompareDescription)),
				app.A().Class("button-secondary").Href(ComparePath(lang)).Text(locale.T(lang, msgCompareRoles)),
			),
		),
	)
}
