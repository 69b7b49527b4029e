package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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

// facingText says which way a role faces, in lang.
func facingText(lang, facing string) string {
	switch facing {
	case "outward":
		return locale.T(lang, msgOutward)
	case "inward":
		return locale.T(lang, msgInward)
	}
	return locale.T(lang, msgBoth)
}

// reportsText names whom a role reports to, in lang, most common first.
func reportsText(lang string, c *content.Course, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if t, ok := c.Term(c.Superiors[id]); ok {
			names = append(names, t.Text[lang].Term)
		}
	}
	return strings.Join(names, " / ")
}

// textList renders items as a bulleted list.
func textList(items []string) app.UI {
	return app.Ul().Body(app.Range(items).Slice(func(i int) app.UI { return app.Li().Text(items[i]) }))
}

// lessonList links to lessons by title, in lang.
func lessonList(lang string, c *content.Course, ids []string) app.UI {
	var items []app.UI
	for _, id := range ids {
		if l, ok := c.Lesson(id); ok && l.Text[lang] != nil {
			items = append(items, app.Li().Body(app.A().Href(LessonPath(lang, id)).Text(l.Text[lang].Title)))
		}
	}
	return app.Ul().Body(items...)
}
