package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// DataPage is everything about the learner's data and the app on this
// device: the theme (the language is the header's), what is saved, export, import, the copies of
// unreadable data kept aside and starting over, how storage is kept, and
// offline and installed use.
type DataPage struct {
	app.Compo

	Lang string

	doc     progress.Document
	status  progress.Status
	erased  *i18n.Message // what became of starting over, once asked
	mounted app.Context   // outlives the buttons that ask to start over
}

// OnMount follows the learner's saved data and how it is kept.
func (p *DataPage) OnMount(ctx app.Context) {
	p.mounted = ctx
	ctx.ObserveState(stateProgress, &p.doc)
	ctx.ObserveState(stateStorage, &p.status)
}

// OnNav sets the document's language, title and description.
func (p *DataPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgMyData), locale.T(p.Lang, msgMyDataDescription))
}

// startOver erases everything the app keeps on the device.
func (p *DataPage) startOver(ctx app.Context) {
	eraseEverything(p.mounted, func(err error) {
		p.erased = msgStartedOver
		if err != nil {
			app.Log(err)
			p.erased = msgStartOverFailed
		}
	})
}

// Render shows the page's sections.
func (p *DataPage) Render() app.UI {
	lang := p.Lang
	course, _ := content.Default()
	summary := progress.Summarize(&p.doc, knownIDs(course))
	question := locale.T(lang, msgConfirmStartOver)
	if n := len(p.status.Copies); n > 0 {
		question = locale.N(lang, msgConfirmStartOverCopies, n)
	}
	return newShell().Lang(lang).Path(DataPath(lang)).Content(
		app.H1().Text(locale.T(lang, msgMyData)),
		textP("lead", locale.T(lang, msgMyDataDescription)),
		app.Section().Class("data-section").Aria("labelledby", "data-prefs").Body(
			app.H2().ID("data-prefs").Text(locale.T(lang, msgPreferences)),
			textP("muted", locale.T(lang, msgLanguageAtTop)),
			newThemeSwitcher().Lang(lang).ID("theme-data"),
		),
		newDataSummary().Lang(lang).Summary(summary).Start(LessonPath(lang, course.Lessons[0].ID)),
		newDataTransfer().Lang(lang).Course(course).Mine(&p.doc),
		newDataTransferLink().Lang(lang).Course(course).Mine(&p.doc),
		app.If(len(p.status.Copies) > 0, func() app.UI {
			return newDataCopies().Lang(lang).Copies(p.status.Copies)
		}),
		newStorageStatus().Lang(lang),
		newInstallPanel().Lang(lang),
		// Starting over comes last, after everything it would erase. With
		// nothing to erase there is no danger zone, but for the word on a
		// start over just done.
		app.If(!summary.Empty() || len(p.status.Copies) > 0 || p.erased != nil, func() app.UI {
			return app.Section().Class("data-section danger-zone").Aria("labelledby", "data-reset").Body(
				app.H2().ID("data-reset").Text(locale.T(lang, msgStartOver)),
				app.P().Text(locale.T(lang, msgStartOverHow)),
				app.If(!summary.Empty() || len(p.status.Copies) > 0, func() app.UI {
					return newConfirmButton().
						Label(locale.T(lang, msgStartOver)).
						Question(question).
						Confirm(locale.T(lang, msgStartOverYes)).
						Cancel(locale.T(lang, msgCancel)).
						OnConfirm(p.startOver)
				}),
				app.P().Class("start-over-outcome").Attr("role", "status").Body(
					app.If(p.erased != nil, func() app.UI { return app.Text(locale.T(lang, p.erased)) }),
				),
			)
		}),
	)
}
