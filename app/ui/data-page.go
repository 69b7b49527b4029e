package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DataPath is the address of the learner's data page in lang.
func DataPath(lang string) string { return "/" + lang + "/data" }

// DataPage is everything about the learner's data and the app on this
// device: language and theme, what is saved, export, import and starting
// over, how storage is kept, and offline and installed use.
type DataPage struct {
	app.Compo

	Lang string

	doc progress.Document
}

// OnMount follows the learner's saved data.
func (p *DataPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
}

// OnNav sets the document's language, title and description.
func (p *DataPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgMyData), locale.T(p.Lang, msgMyDataDescription))
}

func (p *DataPage) startOver(ctx app.Context) {
	updateProgress(ctx, func(d *progress.Document) { *d = *progress.New() })
}

// Render shows the page's sections.
func (p *DataPage) Render() app.UI {
	lang := p.Lang
	summary := p.doc.Summarize()
	langs := make([]app.UI, len(locale.Langs))
	for i, l := range locale.Langs {
		a := app.A().Class("chip").Href(DataPath(l)).Lang(l).HrefLang(l).Text(locale.Autonym(l))
		if l == lang {
			a = a.Aria("current", "true")
		}
		langs[i] = app.Li().Body(a)
	}
	return newShell().Lang(lang).Path(DataPath(lang)).Content(
		app.H1().Text(locale.T(lang, msgMyData)),
		app.P().Class("lead").Text(locale.T(lang, msgMyDataDescription)),
		app.Section().Class("data-section").Aria("labelledby", "data-prefs").Body(
			app.H2().ID("data-prefs").Text(locale.T(lang, msgPreferences)),
			app.Div().Class("pref-row").Body(
				app.Span().ID("lang-label").Text(locale.T(lang, msgLanguage)),
				app.Ul().Class("chips").Aria("labelledby", "lang-label").Body(langs...),
			),
			newThemeSwitcher().Lang(lang).ID("theme-data"),
		),
		newDataSummary().Lang(lang).Summary(summary),
		newDataTransfer().Lang(lang).Mine(summary),
		app.Section().Class("data-section").Aria("labelledby", "data-reset").Body(
			app.H2().ID("data-reset").Text(locale.T(lang, msgStartOver)),
			app.P().Text(locale.T(lang, msgStartOverHow)),
			app.If(!summary.Empty(), func() app.UI {
				return newConfirmButton().
					Label(locale.T(lang, msgStartOver)).
					Question(locale.T(lang, msgConfirmStartOver)).
					Confirm(locale.T(lang, msgStartOverYes)).
					Cancel(locale.T(lang, msgCancel)).
					OnConfirm(p.startOver)
			}).Else(func() app.UI {
				return app.P().Class("muted").Text(locale.T(lang, msgNothingSaved))
			}),
		),
		newStorageStatus().Lang(lang),
		newInstallPanel().Lang(lang),
	)
}
