package ui

import (
	"strconv"
	"strings"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AssessmentPage is the self-assessment checklist, one area a step, each
// statement rated on a four-point scale and saved as it is rated. The step
// is the address's fragment (#area-ID), so a reload, a bookmark and the
// browser's Back keep it; without one the checklist opens at the first
// area with a statement left to rate. Before the app runs, the pre-rendered
// page shows every area, and the step links jump between them.
type AssessmentPage struct {
	app.Compo

	Lang string

	doc    progress.Document
	step   string // the area shown, from the address; "" until known
	moved  bool   // the page has opened: a later move to a step takes focus there
	redraw bool   // the step is changing: draw it afresh
	focus  bool   // a step drawn takes the focus
}

// areaAnchor is the fragment of an area's step, and its heading's id.
func areaAnchor(area string) string { return "area-" + area }

// AssessmentStepPath is the address of one area's step of the checklist.
func AssessmentStepPath(lang, area string) string {
	return AssessmentPath(lang) + "#" + areaAnchor(area)
}

// OnMount follows the learner's saved ratings.
func (p *AssessmentPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
	ctx.Defer(func(app.Context) { stickBelowHeader() })
}

// OnResize keeps the progress bar just under the header, whose height
// changes with the width.
func (p *AssessmentPage) OnResize(ctx app.Context) { stickBelowHeader() }

// stickBelowHeader tells the stylesheet how tall the sticky header is
// (--header-height), so what sticks under it is never covered.
func stickBelowHeader() {
	doc := app.Window().Get("document")
	header := doc.Call("querySelector", ".site-header")
	if !header.Truthy() {
		return
	}
	h := header.Get("offsetHeight").Int()
	doc.Get("documentElement").Get("style").Call("setProperty", "--header-height", strconv.Itoa(h)+"px")
}

// OnNav sets the document's language, title and description, and takes
// the step from the address; on a change of step, focus moves to the new
// step's heading so a screen reader starts there.
func (p *AssessmentPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgAssessment), locale.T(p.Lang, msgAssessmentDescription))
	step := strings.TrimPrefix(ctx.Page().URL().Fragment, "area-")
	if step == ctx.Page().URL().Fragment {
		step = ""
	}
	prev := p.step
	p.step = step
	if !app.IsClient || !p.moved || step == prev {
		p.moved = true // the first visit keeps the browser's own scroll and focus
		return
	}
	// One frame without the step, so the next is drawn afresh (and its
	// heading takes the focus): go-app would otherwise reuse the last
	// step's radio buttons for the new statements, and a button still
	// checked there could take the check from the rating it joins when its
	// group is renamed.
	p.redraw, p.focus = true, true
	ctx.Defer(func(ctx app.Context) {
		p.redraw = false
		ctx.Update()
	})
}

func (p *AssessmentPage) reset(ctx app.Context) {
	updateProgress(ctx, func(d *progress.Document) { d.ResetAssessment() })
}

// current is the area shown: the one the address names, else the first
// with a statement left to rate (once the saved ratings are read, the step
// holds still while the learner rates), else the first.
func (p *AssessmentPage) current() string {
	course, err := content.Default()
	if err != nil || course.Checklist == nil || len(course.Checklist.Areas) == 0 {
		return ""
	}
	cl := course.Checklist
	if p.step != "" && index(cl.Areas, p.step) >= 0 {
		return p.step
	}
	if p.doc.App == "" {
		return cl.Areas[0]
	}
	for _, area := range cl.Areas {
		for _, it := range cl.Items {
			if _, ok := p.doc.Assessment.Ratings[it.ID]; it.Area == area && !ok {
				p.step = area
				return area
			}
		}
	}
	p.step = cl.Areas[0]
	return p.step
}

// index is where s is in list, or -1.
func index(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// Render shows the current step: the progress over every area, the area's
// statements and the way to the next; the pre-rendered page shows them all.
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
	current := ""
	if app.IsClient {
		current = p.current()
	}
	steps := make([]assessmentStep, len(cl.Areas))
	number := 0
	var shown []app.UI
	for i, area := range cl.Areas {
		steps[i] = assessmentStep{ID: area, Name: areaName(course, lang, area)}
		var items []app.UI
		for _, it := range cl.Items {
			if it.Area != area {
				continue
			}
			number++
			steps[i].Total++
			rating, ok := ratings[it.ID]
			if ok {
				steps[i].Rated++
			} else {
				rating = -1
			}
			items = append(items, newChecklistItem().Lang(lang).Item(it.ID, number, cl.Text[lang].Items[it.ID]).Rating(rating))
		}
		if current != "" && (area != current || p.redraw) {
			continue
		}
		shown = append(shown, app.Section().Class("checklist-area").Aria("labelledby", areaAnchor(area)).Body(
			newStepHeading().Heading(areaAnchor(area), locale.T(lang, msgAssessmentStep, map[string]any{
				"Step": locale.Number(lang, i+1), "Total": locale.Number(lang, len(cl.Areas)),
			}), steps[i].Name).Focus(p.focus),
			app.Div().Body(items...),
		))
	}
	first := current == "" || current == cl.Areas[0]
	return page.Content(
		app.H1().Text(locale.T(lang, msgAssessment)),
		app.If(first, func() app.UI {
			return app.Div().Class("assessment-intro").Body(
				textP("lead", locale.T(lang, msgAssessmentDescription)),
				app.P().Text(locale.T(lang, msgAssessmentHow)+locale.SentenceGap(lang)+locale.N(lang, msgAssessmentTime, (len(cl.Items)*secondsPerStatement+59)/60)),
			)
		}),
		newAssessmentProgress().Lang(lang).Rated(rated, len(cl.Items)).Steps(steps, current),
		app.Div().Class("checklist").Body(shown...),
		app.If(current != "", func() app.UI {
			return newAssessmentStepNav().Lang(lang).Steps(steps, current).Rated(rated)
		}),
		app.If(rated > 0, func() app.UI {
			return app.Div().Class("checklist-actions").Body(
				newConfirmButton().
					Label(locale.T(lang, msgResetAssessment)).
					Question(locale.N(lang, msgConfirmResetAssessment, rated)).
					Confirm(locale.T(lang, msgResetAssessmentYes)).
					Cancel(locale.T(lang, msgCancel)).
					OnConfirm(p.reset),
			)
		}),
	)
}
