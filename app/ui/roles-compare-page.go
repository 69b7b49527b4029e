package ui

import (
	"slices"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// ComparePage sets two to four roles side by side on the same points. The
// choice lives in the address (?roles=cto,cio), so it can be shared and
// survives a language switch; a bad choice is corrected with a note.
type ComparePage struct {
	app.Compo

	Lang string

	ids   []string
	notes []compareNote
	order []string // the roles offered, in the order they are shown
}

// OnNav reads the choice from the address and sets the document's language,
// title and description.
func (p *ComparePage) OnNav(ctx app.Context) {
	p.ids, p.notes = nil, nil
	if course, err := content.Default(); err == nil {
		var known []string
		for _, r := range course.Roles {
			known = append(known, r.ID)
		}
		p.ids, p.notes = parseSelection(ctx.Page().URL().Query().Get("roles"), known, defaultCompare(course))
		if p.order == nil {
			p.order = chosenFirst(p.ids, known)
		}
	}
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgCompareRoles), locale.T(p.Lang, msgCompareDescription))
}

var noteTexts = map[compareNote]*i18n.Message{
	noteUnknown: msgNoteUnknown, noteDuplicate: msgNoteDuplicate, noteTooMany: msgNoteTooMany, noteTooFew: msgNoteTooFew,
}

// chosenFirst orders the roles offered: those chosen when the page opens,
// as the address names them, then the others in the course's order, so
// that on a phone, where the roles are one row that scrolls sideways, the
// roles compared are the ones in view. A role ticked or unticked later
// stays where it is, under the finger that moved it.
func chosenFirst(chosen, known []string) []string {
	order := slices.Clone(chosen)
	for _, id := range known {
		if !slices.Contains(order, id) {
			order = append(order, id)
		}
	}
	return order
}

// toggle adds or removes a role and moves to the address of the new choice.
func (p *ComparePage) toggle(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ids := slices.Clone(p.ids)
		if i := slices.Index(ids, id); i >= 0 {
			ids = slices.Delete(ids, i, i+1)
		} else {
			ids = append(ids, id)
		}
		if len(ids) < minCompare || len(ids) > maxCompare {
			return
		}
		ctx.Navigate(ComparePath(p.Lang, ids...))
	}
}

// shown is the roles offered, in the order chosenFirst gave them, or the
// course's before the first navigation.
func (p *ComparePage) shown(course *content.Course) []*content.Role {
	if len(p.order) == 0 {
		return course.Roles
	}
	var roles []*content.Role
	for _, id := range p.order {
		if r, ok := course.Role(id); ok {
			roles = append(roles, r)
		}
	}
	return roles
}

// Render shows the choice and the comparison.
func (p *ComparePage) Render() app.UI {
	lang := p.Lang
	course, err := content.Default()
	if err != nil {
		return newShell().Lang(lang).Path(ComparePath(lang)).Content(contentError(lang))
	}
	ids := p.ids
	if len(ids) == 0 {
		ids = defaultCompare(course) // before the first navigation
	}
	page := newShell().Lang(lang).Path(ComparePath(lang, ids...))
	offered := p.shown(course)
	var notes []app.UI
	for _, n := range p.notes {
		notes = append(notes, app.P().Text(locale.T(lang, noteTexts[n])))
	}
	return page.Content(
		app.Div().Class("compare").Body(
			app.P().Class("eyebrow").Body(app.A().Href(RolesPath(lang)).Text(locale.T(lang, msgRoles))),
			app.H1().Text(locale.T(lang, msgCompareRoles)),
			textP("lead", locale.T(lang, msgCompareDescription)),
			app.FieldSet().Class("compare-choice").Body(
				app.Legend().Text(locale.T(lang, msgChooseRoles)),
				app.Div().Class("compare-options").Body(app.Range(offered).Slice(func(i int) app.UI {
					r := offered[i]
					chosen := slices.Contains(ids, r.ID)
					locked := (chosen && len(ids) <= minCompare) || (!chosen && len(ids) >= maxCompare)
					id := "choose-" + r.ID
					return app.Div().Class("compare-option").Body(
						app.Input().Type("checkbox").ID(id).Value(r.ID).Checked(chosen).Disabled(locked).OnChange(p.toggle(r.ID)),
						app.Label().For(id).Text(r.Text[lang].Name),
					)
				})),
			),
			app.Div().Class("compare-notes").Attr("role", "status").Body(notes...),
			newCompareTable().Lang(lang).Course(course).Roles(ids),
		),
	)
}
