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

// assessmentGaps recommends what to study: the statements where the
// learner falls furthest short of what a role needs, as cards of the
// lessons that build them, each lesson once and each card naming the gaps
// it closes. The role is the best fit unless the learner picks another.
type assessmentGaps struct {
	app.Compo

	ILang     string
	ICourse   *content.Course
	IAnswers  assess.Answers
	IRole     string          // the role gaps are measured against
	IBest     string          // the best-fitting role
	IReadOnly bool            // shared results: the choice of role is not saved
	IDone     map[string]bool // the lessons the learner has finished

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

// Done sets the lessons the learner has finished, marked on their cards.
func (g *assessmentGaps) Done(v map[string]bool) *assessmentGaps { g.IDone = v; return g }

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
		plan := studyPlan(gaps)
		cards := make([]app.UI, len(plan))
		for i, card := range plan {
			cards[i] = g.card(card)
		}
		list = app.Ol().Class("study-cards").Body(cards...)
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

// studyCard is one recommended lesson and the gaps it closes.
type studyCard struct {
	Lesson string
	Gaps   []assess.Gap
}

// studyPlan gives each gap, largest first, the first of its lessons that
// no larger gap took, so that the cards recommend as many lessons as the
// gaps allow; a gap whose lessons are all taken joins the card of its
// first lesson. The cards keep the order of their largest gap.
func studyPlan(gaps []assess.Gap) []studyCard {
	var plan []studyCard
	card := map[string]int{} // lesson id → its card
	for _, gap := range gaps {
		lessons := gap.Item.Lessons
		if len(lessons) == 0 {
			plan = append(plan, studyCard{Gaps: []assess.Gap{gap}})
			continue
		}
		chosen := lessons[0]
		for _, l := range lessons {
			if _, taken := card[l]; !taken {
				chosen = l
				break
			}
		}
		if i, ok := card[chosen]; ok {
			plan[i].Gaps = append(plan[i].Gaps, gap)
			continue
		}
		card[chosen] = len(plan)
		plan = append(plan, studyCard{Lesson: chosen, Gaps: []assess.Gap{gap}})
	}
	return plan
}

// card renders a recommended lesson with the statements it builds and the
// rating each was given.
func (g *assessmentGaps) card(card studyCard) app.UI {
	lang, c := g.ILang, g.ICourse
	var head app.UI
	if l, ok := c.Lesson(card.Lesson); ok && l.Text[lang] != nil {
		t := l.Text[lang]
		head = app.Div().Class("study-card-head").Body(
			app.A().Class("study-card-title").Href(LessonPath(lang, l.ID)).Text(t.Title),
			app.Span().Class("study-card-meta").Body(
				app.Text(locale.N(lang, msgMinutes, t.Minutes)),
				app.If(g.IDone[l.ID], func() app.UI { return textSpan("tag is-done", locale.T(lang, msgDone)) }),
			),
		)
	}
	items := make([]app.UI, len(card.Gaps))
	for i, gap := range card.Gaps {
		items[i] = app.Li().Class("gap").Body(
			textP("gap-statement", c.Checklist.Text[lang].Items[gap.Item.ID]),
			textP("gap-rating", locale.T(lang, msgYourRating, map[string]any{"Rating": locale.T(lang, ratingNames[gap.Rating])})),
		)
	}
	return app.Li().Class("study-card").Body(
		head,
		textP("study-card-builds", locale.T(lang, msgBuilds)),
		app.Ul().Class("study-card-gaps").Body(items...),
	)
}
