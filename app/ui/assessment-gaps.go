package ui

import (
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxGaps is how many gaps the results list.
const maxGaps = 5

// assessmentGaps lists the statements where the learner falls furthest short
// of what a role needs, each with the lessons that close the gap. The role
// is the best fit unless the learner picks another.
type assessmentGaps struct {
	app.Compo

	ILang     string
	ICourse   *content.Course
	IAnswers  assess.Answers
	IRole     string // the role gaps are measured against
	IBest     string // the best-fitting role
	IReadOnly bool   // shared results: the choice of role is not saved

	chosen string // the role chosen for read-only results
}

func newAssessmentGaps() *assessmentGaps { return &assessmentGaps{} }

// Lang sets the language.
func (g *assessmentGaps) Lang(v string) *assessmentGaps { g.ILang = v; return g }

// Course sets the course the statements and lessons come from.
func (g *assessmentGaps) Course(v *content.Course) *assessmentGaps { g.ICourse = v; return g }

// Answers sets the ratings.
func (g *assessmentGaps) Answers(v assess.Answers) *assessmentGaps { g.IAnswers = v; return g }

// Roles sets the role gaps are measured against and the best fit.
func (g *assessmentGaps) Roles(role, best string) *assessmentGaps {
	g.IRole, g.IBest = role, best
	return g
}

// ReadOnly keeps the choice of role from being saved.
func (g *assessmentGaps) ReadOnly(v bool) *assessmentGaps { g.IReadOnly = v; return g }

func (g *assessmentGaps) choose(ctx app.Context, e app.Event) {
	role := ctx.JSSrc().Get("value").String()
	if g.IReadOnly {
		g.chosen = role
		return
	}
	if role == g.IBest {
		role = ""
	}
	updateProgress(ctx, func(d *progress.Document) { d.SetTarget(role) })
}

func (g *assessmentGaps) Render() app.UI {
	lang, c := g.ILang, g.ICourse
	role := g.IRole
	if g.IReadOnly && g.chosen != "" {
		role = g.chosen
	}
	options := make([]app.UI, len(c.Roles))
	for i, r := range c.Roles {
		label := r.Text[lang].Name
		if r.ID == g.IBest {
			label = locale.T(lang, msgBestFitOption, map[string]any{"Role": label})
		}
		options[i] = app.Option().Value(r.ID).Selected(r.ID == role).Text(label)
	}
	cl := assess.FromCourse(c)
	gaps := cl.Gaps(g.IAnswers, role, maxGaps)
	var list app.UI = app.P().Text(locale.T(lang, msgNoGaps, map[string]any{"Role": roleName(c, lang, role)}))
	if len(gaps) > 0 {
		items := make([]app.UI, len(gaps))
		for i, gap := range gaps {
			items[i] = g.gap(gap)
		}
		list = app.Ol().Class("gap-list").Body(items...)
	}
	return app.Section().Class("assessment-gaps").Aria("labelledby", "gaps").Body(
		app.H2().ID("gaps").Text(locale.T(lang, msgGaps)),
		app.P().Class("gaps-role").Body(
			app.Label().For("gap-role").Text(locale.T(lang, msgGapsFor)),
			app.Select().ID("gap-role").OnChange(g.choose).Body(options...),
		),
		list,
	)
}

// gap renders one statement with the rating given and the lessons to read.
func (g *assessmentGaps) gap(gap assess.Gap) app.UI {
	lang, c := g.ILang, g.ICourse
	return app.Li().Class("gap").Body(
		app.P().Class("gap-statement").Text(c.Checklist.Text[lang].Items[gap.Item.ID]),
		app.P().Class("gap-rating").Text(locale.T(lang, msgYourRating, map[string]any{"Rating": locale.T(lang, ratingNames[gap.Rating])})),
		app.Div().Class("gap-lessons").Body(
			app.Span().Text(locale.T(lang, msgStudy)),
			lessonList(lang, c, gap.Item.Lessons),
		),
	)
}
