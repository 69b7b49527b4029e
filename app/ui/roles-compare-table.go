package ui

import (
	"slices"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// compareTable is the comparison itself: a row per point, a column per role.
// Where every role has the same answer it is said once across the row;
// where they differ the cells are marked. On a phone each row becomes a
// block with the roles one under another.
type compareTable struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IRoles  []string
}

func newCompareTable() *compareTable { return &compareTable{} }

// Lang sets the language of the table.
func (c *compareTable) Lang(v string) *compareTable { c.ILang = v; return c }

// Course sets the course the roles come from.
func (c *compareTable) Course(v *content.Course) *compareTable { c.ICourse = v; return c }

// Roles sets the ids of the roles to compare, in column order.
func (c *compareTable) Roles(v []string) *compareTable { c.IRoles = v; return c }

func (c *compareTable) roles() []*content.Role {
	var out []*content.Role
	for _, id := range c.IRoles {
		if r, ok := c.ICourse.Role(id); ok {
			out = append(out, r)
		}
	}
	return out
}

// row renders one point of comparison: shared is the text every role has
// in common (said once across the row), else cell gives each role's answer.
func (c *compareTable) row(label *i18n.Message, roles []*content.Role, shared app.UI, cell func(*content.Role) app.UI) app.UI {
	lang := c.ILang
	head := app.Th().Scope("row").Text(locale.T(lang, label))
	if shared != nil {
		return app.Tr().Class("is-shared").Body(head, app.Td().ColSpan(len(roles)).Body(
			app.Span().Class("shared-label").Text(locale.T(lang, msgSharedByAll)+" "), shared,
		))
	}
	cells := []app.UI{head}
	for _, r := range roles {
		cells = append(cells, app.Td().Class("differs").Body(
			app.Span().Class("cell-role").Text(r.Text[lang].Name),
			cell(r),
		))
	}
	return app.Tr().Body(cells...)
}

// same returns the value every role gives, or "" when they differ.
func same(roles []*content.Role, value func(*content.Role) string) string {
	first := value(roles[0])
	for _, r := range roles[1:] {
		if value(r) != first {
			return ""
		}
	}
	return first
}

func (c *compareTable) Render() app.UI {
	lang, course := c.ILang, c.ICourse
	roles := c.roles()
	if len(roles) == 0 {
		return app.Div()
	}
	text := func(s string) app.UI { return app.Text(s) }
	var sharedFacing, sharedReports app.UI
	if f := same(roles, func(r *content.Role) string { return r.Facing }); f != "" {
		sharedFacing = text(facingText(lang, f))
	}
	if r := same(roles, func(r *content.Role) string { return reportsText(lang, course, r.ReportsTo) }); r != "" {
		sharedReports = text(r)
	}
	var common []string
	for _, s := range roles[0].Skills {
		if !slices.ContainsFunc(roles[1:], func(r *content.Role) bool { return !slices.Contains(r.Skills, s) }) {
			common = append(common, course.SkillName(lang, s))
		}
	}
	own := func(r *content.Role) []string {
		var out []string
		for _, s := range r.Skills {
			if !slices.Contains(common, course.SkillName(lang, s)) {
				out = append(out, course.SkillName(lang, s))
			}
		}
		return out
	}
	rows := []app.UI{
		c.row(msgDimMission, roles, nil, func(r *content.Role) app.UI { return text(r.Text[lang].Mission) }),
		c.row(msgDimFacing, roles, sharedFacing, func(r *content.Role) app.UI { return text(facingText(lang, r.Facing)) }),
		c.row(msgDimReports, roles, sharedReports, func(r *content.Role) app.UI { return text(reportsText(lang, course, r.ReportsTo)) }),
		c.row(msgDimResp, roles, nil, func(r *content.Role) app.UI { return textList(r.Text[lang].Responsibilities) }),
		c.row(msgDimWhere, roles, nil, func(r *content.Role) app.UI { return text(r.Text[lang].Where) }),
		c.row(msgDimPath, roles, nil, func(r *content.Role) app.UI { return textList(r.Text[lang].Path) }),
	}
	if len(common) > 0 {
		rows = append(rows, c.row(msgDimSkills, roles, textList(common), nil))
		rows = append(rows, c.row(msgOnlyThis, roles, nil, func(r *content.Role) app.UI { return textList(own(r)) }))
	} else {
		rows = append(rows, c.row(msgDimSkills, roles, nil, func(r *content.Role) app.UI { return textList(own(r)) }))
	}
	rows = append(rows,
		c.row(msgDimSuccess, roles, nil, func(r *content.Role) app.UI { return textList(r.Text[lang].Success) }),
		c.row(msgDimPress, roles, nil, func(r *content.Role) app.UI { return textList(r.Text[lang].Pressures) }),
		c.row(msgDimLessons, roles, nil, func(r *content.Role) app.UI { return lessonList(lang, course, r.Lessons) }),
	)
	heads := []app.UI{app.Td()}
	for _, r := range roles {
		heads = append(heads, app.Th().Scope("col").Body(
			app.A().Href(RolePath(lang, r.ID)).Body(
				app.Span().Class("role-name").Text(r.Text[lang].Name),
				app.Span().Class("role-title").Text(r.Text[lang].Title),
			),
		))
	}
	return app.Div().Class("compare-table").Body(
		app.Table().Body(
			app.THead().Body(app.Tr().Body(heads...)),
			app.TBody().Body(rows...),
		),
	)
}
