package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// roleFits ranks the roles by how closely the learner's ratings match what
// each needs, each with a bar and what sets it apart.
type roleFits struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IFits   []assess.Fit

	IChecklist *assess.Checklist
	IScores    []assess.AreaScore // the learner's, one per area

	all bool // a phone shows every role, not just the first few
}

// fitsOnPhone is how many roles a phone shows before the learner asks for
// the rest (the stylesheet's .role-fit-list rule for phones counts the
// same); a wide screen and paper show them all.
const fitsOnPhone = 3

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

// fitFacts are the two facts that set a role's next step apart: the area
// it needs most, and the area where it needs most beyond where the learner
// stands (none when the learner reaches it everywhere), each with its
// figures (see assess.Checklist.Stretch).
type fitFacts struct {
	core, coreFigure, gap, gapFigure string
}

// text is the facts in one line, as tests compare them.
func (f fitFacts) text() string {
	return f.core + " " + f.coreFigure + " / " + f.gap + " " + f.gapFigure
}

func (r *roleFits) facts(f assess.Fit) (fitFacts, bool) {
	lang, c := r.ILang, r.ICourse
	s, ok := r.IChecklist.Stretch(f.Role, r.IScores)
	if !ok {
		return fitFacts{}, false
	}
	facts := fitFacts{
		core:       areaName(c, lang, s.Core),
		coreFigure: locale.T(lang, msgFitNeeds, map[string]any{"Asks": percent(lang, s.CoreAsks)}),
		gap:        locale.T(lang, msgFitNoGap),
	}
	if !s.Met {
		facts.gap = areaName(c, lang, s.Area)
		facts.gapFigure = locale.T(lang, msgFitGapFigures, map[string]any{"Score": percent(lang, s.Score), "Asks": percent(lang, s.Asks)})
	}
	return facts, true
}

// factsList shows the facts as two labelled lines, the area first.
func (r *roleFits) factsList(f assess.Fit) app.UI {
	facts, ok := r.facts(f)
	if !ok {
		return nil
	}
	lang := r.ILang
	line := func(label *i18n.Message, area, figure string) app.UI {
		return app.Div().Body(
			app.Dt().Text(locale.T(lang, label)),
			app.Dd().Body(
				textSpan("role-fit-area", area),
				app.If(figure != "", func() app.UI { return textSpan("role-fit-figure", figure) }),
			),
		)
	}
	return app.Dl().Class("role-fit-facts").Body(
		line(msgFitNeedsMost, facts.core, facts.coreFigure),
		line(msgFitBiggestGap, facts.gap, facts.gapFigure),
	)
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
				app.If(tied && f.Best, func() app.UI { return textSpan("tag role-fit-tie", locale.T(lang, msgFitTied)) }),
				textSpan("role-fit-score", locale.T(lang, msgFitScore, map[string]any{"Percent": percent(lang, f.Score)})),
			),
			app.Meter().Min(0).Max(100).Value(int(f.Score*100+0.5)).Aria("label", name),
			r.factsList(f),
		)
	}
	list := "role-fit-list"
	if r.all {
		list += " is-all"
	}
	return app.Section().Class("role-fits").Aria("labelledby", "role-fit").Body(
		app.H2().ID("role-fit").Text(locale.T(lang, msgRoleFit)),
		app.P().Text(locale.T(lang, msgRoleFitHow)),
		// Paper sets the roles out as a table: these head its columns of
		// facts, which each role then shows without their labels.
		app.Div().Class("role-fit-columns").Aria("hidden", "true").Body(
			app.Span(), app.Span(),
			app.Span().Text(locale.T(lang, msgFitNeedsMost)),
			app.Span().Text(locale.T(lang, msgFitBiggestGap)),
		),
		app.Ol().Class(list).Body(items...),
		app.If(len(items) > fitsOnPhone && !r.all, func() app.UI {
			return app.Button().Type("button").Class("button-secondary role-fit-more").
				OnClick(r.showAll).Text(locale.T(lang, msgFitShowAll, map[string]any{"Count": locale.Number(lang, len(items))}))
		}),
	)
}

// showAll shows every role on a phone, and moves the focus, which was on
// the button that goes, to the first role it shows.
func (r *roleFits) showAll(ctx app.Context, e app.Event) {
	r.all = true
	ctx.Defer(func(app.Context) {
		if a := app.Window().Get("document").Call("querySelector", ".role-fit-list > li:nth-child("+strconv.Itoa(fitsOnPhone+1)+") a"); a.Truthy() {
			a.Call("focus")
		}
	})
}
