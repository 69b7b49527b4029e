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
// where the roles' answers to a point of fact (which way a role faces, whom
// it reports to) differ, the cells that stand out are marked with a colour
// and a sign. "Show only differences" leaves out what they share. On a
// phone the table shows one point at a time, the roles one under another,
// with a choice of point and previous and next.
type compareTable struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IRoles  []string

	current  int  // the point shown on a phone, among those shown
	onlyDiff bool // leave out what every role shares
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

// compareRow is one point of comparison: shared is the text every role
// has in common (said once across the row), else cell gives each role's
// answer and marked says which of them stand out.
type compareRow struct {
	label  *i18n.Message
	shared app.UI
	cell   func(*content.Role) app.UI
	marked []bool
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

// fact is a row on a point of fact: said once when every role gives the
// same value, else with the cells that stand out marked.
func fact(label *i18n.Message, roles []*content.Role, value func(*content.Role) string) compareRow {
	if v := same(roles, value); v != "" {
		return compareRow{label: label, shared: app.Text(v)}
	}
	values := make([]string, len(roles))
	for i, r := range roles {
		values[i] = value(r)
	}
	return compareRow{label: label, cell: func(r *content.Role) app.UI { return app.Text(value(r)) }, marked: differing(values)}
}

// rows are the points of comparison of roles, in order.
func (c *compareTable) rows(roles []*content.Role) []compareRow {
	lang, course := c.ILang, c.ICourse
	text := func(s string) app.UI { return app.Text(s) }
	var common []string
	for _, s := range roles[0].Skills {
		if !slices.ContainsFunc(roles[1:], func(r *content.Role) bool { return !slices.Contains(r.Skills, s) }) {
			common = append(common, course.SkillName(lang, s))
		}
	}
	own := func(r *content.Role) app.UI {
		var out []string
		for _, s := range r.Skills {
			if !slices.Contains(common, course.SkillName(lang, s)) {
				out = append(out, course.SkillName(lang, s))
			}
		}
		return textList(out)
	}
	rows := []compareRow{
		{label: msgDimMission, cell: func(r *content.Role) app.UI { return text(r.Text[lang].Mission) }},
		fact(msgDimFacing, roles, func(r *content.Role) string { return facingText(lang, r.Facing) }),
		fact(msgDimReports, roles, func(r *content.Role) string { return reportsText(lang, course, r.ReportsTo) }),
		{label: msgDimResp, cell: func(r *content.Role) app.UI { return textList(r.Text[lang].Responsibilities) }},
		{label: msgDimWhere, cell: func(r *content.Role) app.UI { return text(r.Text[lang].Where) }},
		{label: msgDimPath, cell: func(r *content.Role) app.UI { return textList(r.Text[lang].Path) }},
	}
	if len(common) > 0 {
		rows = append(rows, compareRow{label: msgDimSkills, shared: textList(common)}, compareRow{label: msgOnlyThis, cell: own})
	} else {
		rows = append(rows, compareRow{label: msgDimSkills, cell: own})
	}
	return append(rows,
		compareRow{label: msgDimSuccess, cell: func(r *content.Role) app.UI { return textList(r.Text[lang].Success) }},
		compareRow{label: msgDimPress, cell: func(r *content.Role) app.UI { return textList(r.Text[lang].Pressures) }},
		compareRow{label: msgDimLessons, cell: func(r *content.Role) app.UI { return lessonList(lang, course, r.Lessons) }},
	)
}

// tr renders a row; current marks the one a phone shows.
func (c *compareTable) tr(row compareRow, roles []*content.Role, current bool) app.UI {
	lang := c.ILang
	class := ""
	if current {
		class = "is-current"
	}
	head := app.Th().Scope("row").Text(locale.T(lang, row.label))
	if row.shared != nil {
		return app.Tr().Class(class+" is-shared").Body(head, app.Td().ColSpan(len(roles)).Body(
			textSpan("shared-label", locale.T(lang, msgSharedByAll)+" "), row.shared,
		))
	}
	cells := []app.UI{head}
	for i, r := range roles {
		marked := row.marked != nil && row.marked[i]
		td := app.Td().Class("role-" + r.ID)
		if marked {
			td = td.Class("is-marked")
		}
		cells = append(cells, td.Body(
			textSpan("cell-role", r.Text[lang].Name),
			app.If(marked, func() app.UI {
				return app.Span().Class("differs-mark").Body(textSpan("visually-hidden", locale.T(lang, msgDiffers)))
			}),
			row.cell(r),
		))
	}
	return app.Tr().Class(class).Body(cells...)
}

func (c *compareTable) Render() app.UI {
	lang := c.ILang
	roles := c.roles()
	if len(roles) == 0 {
		return app.Div()
	}
	var shown []compareRow
	for _, r := range c.rows(roles) {
		if !c.onlyDiff || r.shared == nil {
			shown = append(shown, r)
		}
	}
	current := min(max(c.current, 0), len(shown)-1)
	heads := []app.UI{app.Td()}
	for _, r := range roles {
		heads = append(heads, app.Th().Scope("col").Class("role-"+r.ID).Body(
			app.A().Href(RolePath(lang, r.ID)).Body(
				textSpan("role-name", r.Text[lang].Name),
				textSpan("role-title", r.Text[lang].Title),
			),
		))
	}
	trs := make([]app.UI, len(shown))
	labels := make([]string, len(shown))
	for i, r := range shown {
		trs[i] = c.tr(r, roles, i == current)
		labels[i] = locale.T(lang, r.label)
	}
	return app.Div().Class("compare-table").Body(
		c.controls(labels, current),
		app.Table().Body(
			app.THead().Body(app.Tr().Body(heads...)),
			app.TBody().Body(trs...),
		),
		c.key("is-after"),
		app.Div().Class("compare-pager is-after").Body(c.steps(len(labels), current)),
	)
}
