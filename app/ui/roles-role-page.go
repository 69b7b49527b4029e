package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// RolePage is one role's profile, on the same points the comparison uses.
type RolePage struct {
	app.Compo

	Lang   string
	RoleID string
}

func (p *RolePage) role() (*content.Course, *content.Role) {
	course, err := content.Default()
	if err != nil {
		return nil, nil
	}
	r, _ := course.Role(p.RoleID)
	return course, r
}

// OnNav sets the document's language, title and description.
func (p *RolePage) OnNav(ctx app.Context) {
	if _, r := p.role(); r != nil {
		t := r.Text[p.Lang]
		setPageMeta(ctx, p.Lang, t.Name+" — "+t.Title, t.Mission)
	}
}

// Render shows the profile.
func (p *RolePage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(RolePath(lang, p.RoleID))
	course, r := p.role()
	if r == nil {
		return page.Content(contentError(lang))
	}
	t := r.Text[lang]
	other := r.Partner
	otherName := roleName(course, lang, other)
	skills := make([]string, 0, len(r.Skills))
	for _, id := range r.Skills {
		skills = append(skills, course.SkillName(lang, id))
	}
	item := func(m *i18n.Message, body app.UI) app.UI {
		return app.Div().Class("profile-item").Body(app.Dt().Text(locale.T(lang, m)), app.Dd().Body(body))
	}
	return page.Content(
		app.Article().Class("role-profile role-"+r.ID).Body(
			app.P().Class("eyebrow").Body(app.A().Href(RolesPath(lang)).Text(locale.T(lang, msgRoles))),
			app.H1().Body(app.Span().Class("role-icon").Aria("hidden", "true"), textSpan("role-name", t.Name), app.Span().Class("role-title").Body(glossed(t.Title)...)),
			app.P().Class("lead").Body(glossed(t.Mission)...),
			app.Dl().Class("profile").Body(
				item(msgDimFacing, app.P().Class("role-facing is-"+r.Facing).Text(facingText(lang, r.Facing))),
				item(msgDimReports, app.Text(reportsText(lang, course, r.ReportsTo))),
				item(msgDimResp, textList(t.Responsibilities)),
				item(msgDimWhere, app.P().Body(glossed(t.Where)...)),
				item(msgDimPath, careerPath(lang, t.Path)),
				item(msgDimSkills, app.Div().Class("skill-chips").Body(textList(skills))),
				item(msgDimSuccess, textList(t.Success)),
				item(msgDimPress, textList(t.Pressures)),
				item(msgDimLessons, lessonList(lang, course, r.Lessons)),
			),
			app.P().Body(app.A().Class("button").Href(ComparePath(lang, r.ID, other)).
				Text(locale.T(lang, msgCompareWith, map[string]any{"Role": otherName}))),
		),
	)
}
