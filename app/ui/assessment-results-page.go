package ui

import (
	"errors"
	"strings"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// ResultsPage shows the self-assessment results: area scores, the fit to
// each role with its reason, the gaps to close, a share link and a print
// view. Opened from a share link, it shows the shared ratings read-only and
// offers to keep them; a link it cannot read says why and changes nothing.
type ResultsPage struct {
	app.Compo

	Lang string

	doc      progress.Document
	shared   assess.Answers // ratings from the link, or nil
	shareErr *assess.ShareError
	keepErr  bool        // keeping the shared ratings could not be saved
	mounted  app.Context // outlives the buttons that ask to keep them
	from, to string      // the dates of the snapshots to compare, from the address
}

// shareEmpty is the problem of a link that rates nothing: keeping it would
// replace the learner's ratings with none.
const shareEmpty assess.ShareProblem = "empty"

// OnMount follows the learner's saved ratings, kept as the day's snapshot
// when they change while the results are open.
func (p *ResultsPage) OnMount(ctx app.Context) {
	p.mounted = ctx
	ctx.ObserveState(stateProgress, &p.doc).OnChange(p.keepSnapshot)
}

// OnNav sets the document's language, title and description, and reads
// shared ratings from the link's fragment.
func (p *ResultsPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgResults), locale.T(p.Lang, msgResultsDescription))
	p.shared, p.shareErr, p.keepErr = nil, nil, false
	q := ctx.Page().URL().Query()
	p.from, p.to = snapshotDate(q.Get("from")), snapshotDate(q.Get("to"))
	fragment := ctx.Page().URL().Fragment
	course, err := content.Default()
	if fragment == "" || err != nil {
		p.keepSnapshot()
		return
	}
	cl := assess.FromCourse(course)
	a, err := cl.Decode(fragment)
	if err == nil && len(a) == 0 {
		err = &assess.ShareError{Problem: shareEmpty, Detail: "the link rates no item"}
	}
	if err != nil {
		errors.As(err, &p.shareErr)
		app.Log("reading shared results:", err)
		return
	}
	p.shared = a
}

// importShared keeps the shared ratings as the learner's own, then shows
// them as such; if they cannot be saved, nothing changes and it says so.
func (p *ResultsPage) importShared(ctx app.Context) {
	shared := p.shared
	if len(shared) == 0 {
		return
	}
	p.keepErr = false
	commitProgress(p.mounted, func(d *progress.Document) { d.ReplaceRatings(shared, today()) }, func(err error) {
		if err != nil {
			app.Log("keeping shared ratings:", err)
			p.keepErr = true
			return
		}
		p.mounted.Navigate(ResultsPath(p.Lang))
	})
}

func (p *ResultsPage) showMine(ctx app.Context, e app.Event) {
	ctx.Navigate(ResultsPath(p.Lang))
}

// shareProblems are the learner's words for each unreadable link.
var shareProblems = map[assess.ShareProblem]*i18n.Message{
	assess.ShareDamaged:  msgShareDamaged,
	assess.ShareForeign:  msgShareForeign,
	assess.ShareFuture:   msgShareFuture,
	assess.ShareOutdated: msgShareOutdated,
	shareEmpty:           msgShareEmpty,
}

// Render shows the results, or a way to start when nothing is rated.
func (p *ResultsPage) Render() app.UI {
	lang := p.Lang
	page := newShell().Lang(lang).Path(ComparedResultsPath(lang, p.from, p.to))
	course, err := content.Default()
	if err != nil || course.Checklist == nil {
		return page.Content(contentError(lang))
	}
	cl := assess.FromCourse(course)
	answers, readOnly := assess.Answers(p.doc.Assessment.Ratings), p.shared != nil
	if readOnly {
		answers = p.shared
	}
	var notice app.UI
	switch {
	case p.shareErr != nil:
		notice = app.P().Class("notice is-warning").Attr("role", "alert").Text(locale.T(lang, shareProblems[p.shareErr.Problem]))
	case readOnly:
		notice = p.sharedNotice()
	}
	rated := cl.Answered(answers)
	if !app.IsClient {
		// Ratings live in the browser: the pre-rendered page cannot know them.
		return page.Content(
			app.H1().Text(locale.T(lang, msgResults)),
			textP("lead", locale.T(lang, msgResultsOnDevice)),
			app.P().Body(app.A().Class("button").Href(AssessmentPath(lang)).Text(locale.T(lang, msgEditRatings))),
		)
	}
	if rated == 0 {
		return page.Content(
			app.H1().Text(locale.T(lang, msgResults)),
			notice,
			textP("lead", locale.T(lang, msgNoRatings)),
			app.P().Body(app.A().Class("button").Href(AssessmentPath(lang)).Text(locale.T(lang, msgStartAssessment))),
		)
	}
	scores, compare, overTime := p.overTime(cl, answers, readOnly)
	answers, ratedDay := shownRatings(answers, p.doc.Assessment.RatedOn, compare)
	rated = cl.Answered(answers)
	fits := cl.Fits(answers)
	target := p.doc.Assessment.Target
	if _, ok := course.Role(target); !ok || readOnly {
		target = fits[0].Role
	}
	// The line under the headline: how many statements are rated, "all"
	// once every one is, and as of which day.
	total := map[string]any{"Total": locale.Number(lang, len(cl.Items))}
	words := [...]*i18n.Message{msgResultsBasis, msgResultsBasisRated, msgResultsBasisOn}
	if rated == len(cl.Items) {
		words = [...]*i18n.Message{msgResultsBasisAll, msgResultsBasisAllRated, msgResultsBasisAllOn}
	}
	kind := 0
	if d := ratedOn(lang, ratedDay); d != "" && !readOnly {
		total["Date"] = strings.ReplaceAll(d, " ", "\u00a0") // the date on one line
		kind = 1
		if compare != nil {
			kind = 2
		}
	}
	basis := locale.N(lang, words[kind], rated, total)
	done := map[string]bool{}
	if !readOnly {
		for id, l := range p.doc.Lessons {
			done[id] = l != nil && l.Done
		}
	}
	return page.Content(
		reportHeader(lang),
		app.H1().Text(locale.T(lang, msgResults)),
		notice,
		newResultsHeadline().Lang(lang).Course(course).Results(cl, fits, cl.AreaScores(answers)),
		resultsBasis(basis, latestRatings(lang, compare)),
		newAreaScores().Lang(lang).Course(course).Scores(scores).Compare(compare).Role(target, cl.Profile(target)),
		overTime,
		newRoleFits().Lang(lang).Course(course).Fits(fits).Scores(cl, cl.AreaScores(answers)),
		newAssessmentGaps().Lang(lang).Course(course).Answers(answers).Roles(target, fits[0].Role).ReadOnly(readOnly).Done(done),
		app.If(!readOnly, func() app.UI {
			return newShareBox().Lang(lang).Fragment(cl.Encode(answers))
		}),
		// Shared results end on the way to rating oneself; one's own, on
		// changing the ratings. Printing stands beside either.
		app.Div().Class("results-actions").Body(
			app.If(readOnly, func() app.UI {
				return app.A().Class("button").Href(AssessmentPath(lang)).Text(locale.T(lang, msgStartAssessment))
			}).Else(func() app.UI {
				return app.A().Class("button-secondary").Href(AssessmentPath(lang)).Text(locale.T(lang, msgEditRatings))
			}),
			app.Button().Type("button").Class("button-secondary").OnClick(printPage).Text(locale.T(lang, msgPrintReport)),
		),
		reportFooter(lang, ComparedResultsPath(lang, p.from, p.to)),
	)
}

// resultsBasis is the line under the headline on what the results rest
// on. When they are not the latest ratings it is a notice, with the latest
// day and a link to it: the learner may not know they read an older day.
func resultsBasis(basis string, latest app.UI) app.UI {
	if latest == nil {
		return app.P().Class("results-basis").Text(basis)
	}
	return app.P().Class("results-basis notice").Body(app.Span().Body(app.Text(basis), latest))
}

// latestRatings follows the line under the headline when the later day
// compared is not the latest kept: it names the latest day, with a link to
// the comparison that ends on it.
func latestRatings(lang string, c *areaComparison) app.UI {
	if c == nil || c.Latest == c.To {
		return nil
	}
	gap := locale.SentenceGap(lang)
	return app.Span().Class("results-latest").Body(
		app.Text(gap+locale.T(lang, msgResultsLatest, map[string]any{"Date": strings.ReplaceAll(ratedOn(lang, c.Latest), " ", "\u00a0")})+gap),
		app.A().Href(ComparedResultsPath(lang, c.From, c.Latest)).Text(locale.T(lang, msgResultsShowLatest)),
	)
}

// sharedNotice says the results came from a link, and offers to keep them.
func (p *ResultsPage) sharedNotice() app.UI {
	lang := p.Lang
	mine := len(p.doc.Assessment.Ratings)
	keep := newConfirmButton().
		Label(locale.T(lang, msgKeepShared)).
		Question(locale.N(lang, msgConfirmKeepShared, mine)).
		Confirm(locale.T(lang, msgKeepSharedYes)).
		Cancel(locale.T(lang, msgCancel)).
		OnConfirm(p.importShared)
	var action app.UI = keep
	if mine == 0 {
		action = app.Button().Type("button").Class("button").OnClick(func(ctx app.Context, e app.Event) { p.importShared(ctx) }).Text(locale.T(lang, msgKeepShared))
	}
	return app.Div().Class("notice shared-notice").Attr("role", "status").Body(
		app.P().Text(locale.T(lang, msgSharedResults)),
		app.If(p.keepErr, func() app.UI {
			return app.P().Class("keep-shared-failed").Attr("role", "alert").Text(locale.T(lang, msgKeepSharedFailed))
		}),
		app.Div().Class("notice-actions").Body(
			action,
			app.Button().Type("button").Class("button-secondary").OnClick(p.showMine).Text(locale.T(lang, msgShowMine)),
		),
	)
}

// printPage opens the browser's print dialog; the print stylesheet turns
// the results into a one-page report.
func printPage(ctx app.Context, e app.Event) {
	app.Window().Call("print")
}
