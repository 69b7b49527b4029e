package ui

import (
	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// roleFits ranks the roles by how closely the learner's ratings match what
// each needs, each with a bar and a one-sentence reason.
type roleFits struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IFits   []assess.Fit

	IChecklist *assess.Checklist
	IScores    []assess.AreaScore // the learner's, one per area
}

func newRoleFits() *roleFits { return &roleFits{} }

// Lang sets the language.
func (r *roleFits) Lang(v string) *roleFits { r.ILang = v; return r }

// Course sets the course whose roles and areas are named.
func (r *roleFits) Course(v *content.Course) *roleFits { r.ICourse = v; return r }

// Scores sets the checklist and the learner's area scores, which the
// reasons set against each role's profile.
func (r *roleFits) Scores(cl *assess.Checklist, scores []assess.AreaScore) *roleFits {
	r.IChecklist, r.IScores = cl, scores
	return r
}

// Fits sets the ranking, best first.
func (r *roleFits) Fits(v []assess.Fit) *roleFits { r.IFits = v; return r }

// reason says what sets the role's next step apart: the area it asks most
// of, and the area where it asks most beyond where the learner stands, with
// the figures (see assess.Checklist.Stretch).
func (r *roleFits) reason(f assess.Fit) string {
	lang := r.ILang
	s, ok := r.IChecklist.Stretch(f.Role, r.IScores)
	if !ok {
		return ""
	}
	args := map[string]any{
		"Area": areaPhrase(r.ICourse, lang, s.Area), "Asks": percent(lang, s.Asks), "Score": percent(lang, s.Score),
		"Core": areaPhrase(r.ICourse, lang, s.Core), "CoreAsks": percent(lang, s.CoreAsks),
	}
	switch {
	case s.Met:
		return locale.T(lang, msgFitStretchMet, args)
	case s.Area == s.Core:
		return locale.T(lang, msgFitStretchCore, args)
	}
	return locale.T(lang, msgFitStretch, args)
}

func (r *roleFits) Render() app.UI {
	lang := r.ILang
	tied := len(r.IFits) > 1 && r.IFits[1].Best
	items := make([]app.UI, len(r.IFits))
	for i, f := range r.IFits {
		name := roleName(r.ICourse, lang, f.Role)
		class := "role-fit"
		if f.Best {
			class += " is-best"
		}
		items[i] = app.Li().Class(class).Body(
			app.Div().Class("role-fit-head").Body(
				app.A().Class("role-fit-name").Href(RolePath(lang, f.Role)).Text(name),
				app.If(tied && f.Best, func() app.UI { return app.Span().Class("tag role-fit-tie").Text(locale.T(lang, msgFitTied)) }),
				app.Span().Class("role-fit-score").Text(locale.T(lang, msgFitScore, map[string]any{"Percent": percent(lang, f.Score)})),
			),
			app.Meter().Min(0).Max(100).Value(int(f.Score*100+0.5)).Aria("label", name),
			app.P().Class("role-fit-reason").Text(r.reason(f)),
		)
	}
	return app.Section().Class("role-fits").Aria("labelledby", "role-fit").Body(
		app.H2().ID("role-fit").Text(locale.T(lang, msgRoleFit)),
		app.P().Text(locale.T(lang, msgRoleFitHow)),
		app.Ol().Class("role-fit-list").Body(items...),
	)
}
