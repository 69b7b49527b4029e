package ui

import (
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AssessmentPage is the self-assessment checklist: statements grouped by
// area, each rated on a four-point scale and saved as it is rated.
type AssessmentPage struct {
	app.Compo

	Lang string

	doc progress.Document
}

// OnMount follows the learner's saved ratings.
func (p *AssessmentPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
}

// OnNav sets the document's language, title and description.
func (p *AssessmentPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgAssessment), locale.T(p.Lang, msgAssessmentDescription))
}

func (p *AssessmentPage) reset(ctx app.Context) {
	updateProgress(ctx, func(d *progress.Document) { d.ResetAssessment() })
}

// Render shows the checklist, area by area.
func (p *AssessmentPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(AssessmentPath(lang))
	course, err := content.Default()
	if err != nil || course.Checklist == nil {
		return page.Content(contentError(lang))
	}
	cl := course.Checklist
	ratings := p.doc.Assessment.Ratings
	rated := assess.FromCourse(course).Answered(ratings)
	number := 0
	areas := make([]app.UI, len(cl.Areas))
	for i, area := range cl.Areas {
		var items []app.UI
		for _, it := range cl.Items {
			if it.Area != area {
				continue
			}
			number++
			rating, ok := ratings[it.ID]
			if !ok {
				rating = -1
			}
			items = append(items, newChecklistItem().Lang(lang).Item(it.ID, number, cl.Text[lang].Items[it.ID]).Rating(rating))
		}
		areas[i] = app.Section().Class("checklist-area").Aria("labelledby", "area-"+area).Body(
			app.H2().ID("area-"+area).Text(areaName(course, lang, area)),
			app.Div().Body(items...),
		)
	}
	return page.Content(
		app.H1().Text(locale.T(lang, msgAssessment)),
		app.P().Class("lead").Text(locale.T(lang, msgAssessmentDescription)),
		app.P().Text(locale.T(lang, msgAssessmentHow)),
		newAssessmentProgress().Lang(lang).Rated(rated, len(cl.Items)).Live(true),
		app.Div().Class("checklist").Body(areas...),
		app.Div().Class("checklist-actions").Body(
			newAssessmentProgress().Lang(lang).Rated(rated, len(cl.Items)),
			app.If(rated > 0, func() app.UI {
				return newConfirmButton().
					Label(locale.T(lang, msgResetAssessment)).
					Question(locale.N(lang, msgConfirmResetAssessment, rated)).
					Confirm(locale.T(lang, msgResetAssessmentYes)).
					Cancel(locale.T(lang, msgCancel)).
					OnConfirm(p.reset)
			}),
		),
	)
}
