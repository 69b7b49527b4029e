package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// dataTransfer exports everything saved as one JSON file, and imports such a
// file: it shows what the file holds beside what is saved now, and replaces
// the learner's data only when they confirm. A file that is not ours,
// damaged, from a newer version or far too large is refused with the reason,
// and nothing saved changes.
type dataTransfer struct {
	app.Compo

	ILang string
	IMine progress.Summary

	pending  *progress.Document // a file read and waiting for confirmation
	problem  *progress.Problem  // why the last file was refused
	imported bool
}

func newDataTransfer() *dataTransfer { return &dataTransfer{} }

// Lang sets the language.
func (d *dataTransfer) Lang(v string) *dataTransfer { d.ILang = v; return d }

// Mine sets what is saved now.
func (d *dataTransfer) Mine(v progress.Summary) *dataTransfer { d.IMine = v; return d }

// importProblems are the learner's words for each refused file.
var importProblems = map[progress.ProblemKind]*i18n.Message{
	progress.Damaged: msgImportDamaged,
	progress.Foreign: msgImportForeign,
	progress.Future:  msgImportFuture,
	progress.Huge:    msgImportHuge,
}

// export downloads the learner's data as cxopath-YYYY-MM-DD.json.
func (d *dataTransfer) export(ctx app.Context, e app.Event) {
	now := time.Now()
	data, err := progress.Export(progressStore().Document(), app.Getenv("GOAPP_VERSION"), now)
	if err != nil {
		app.Log("exporting:", err)
		return
	}
	win := app.Window()
	blob := win.Get("Blob").New([]any{string(data)}, map[string]any{"type": "application/json"})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", "cxopath-"+now.Format(time.DateOnly)+".json")
	a.Call("click")
	ctx.After(time.Minute, func(app.Context) { win.Get("URL").Call("revokeObjectURL", url) })
}

// read takes the chosen file, refusing a huge one before reading it.
func (d *dataTransfer) read(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	file := input.Get("files").Index(0)
	input.Set("value", "")
	d.pending, d.problem, d.imported = nil, nil, false
	if !file.Truthy() {
		return
	}
	if size := file.Get("size").Int(); size > progress.MaxImport {
		d.problem = &progress.Problem{Kind: progress.Huge}
		return
	}
	await(ctx, file.Call("text"), func(text app.Value) {
		doc, problem := progress.Import([]byte(text.String()))
		if problem != nil {
			app.Log("refusing an import:", problem)
		}
		d.pending, d.problem = doc, problem
	}, func() {
		d.problem = &progress.Problem{Kind: progress.Damaged, Detail: "the file could not be read"}
	})
}

func (d *dataTransfer) confirm(ctx app.Context) {
	doc := d.pending
	d.pending = nil
	if err := progressStore().Replace(doc); err != nil {
		app.Log("saving an import:", err)
	}
	publishProgress(ctx)
	d.imported = true
}

func (d *dataTransfer) cancel(ctx app.Context, e app.Event) { d.pending = nil }

func (d *dataTransfer) Render() app.UI {
	lang := d.ILang
	var outcome app.UI = app.P().Class("import-outcome").Attr("role", "status")
	switch {
	case d.problem != nil:
		outcome = app.P().Class("notice is-warning import-outcome").Attr("role", "alert").Text(locale.T(lang, importProblems[d.problem.Kind]))
	case d.imported:
		outcome = app.P().Class("import-outcome").Attr("role", "status").Text(locale.T(lang, msgImported))
	case d.pending != nil:
		outcome = d.preview()
	}
	return app.Section().Class("data-section").Aria("labelledby", "data-transfer").Body(
		app.H2().ID("data-transfer").Text(locale.T(lang, msgExportImport)),
		app.P().Text(locale.T(lang, msgExportHow)),
		app.Button().Type("button").Class("button").OnClick(d.export).Text(locale.T(lang, msgExport)),
		// The browser's own file button speaks the browser's language, not
		// the page's: the input is hidden and its label is the button.
		app.P().Class("import-row").Body(
			app.Input().Type("file").ID("import-file").Class("visually-hidden").Accept(".json,application/json").OnChange(d.read),
			app.Label().For("import-file").Class("button-quiet").Text(locale.T(lang, msgImportLabel)),
		),
		outcome,
	)
}

// preview compares the file with what is saved now, and asks.
func (d *dataTransfer) preview() app.UI {
	lang := d.ILang
	theirs, mine := summaryRows(d.pending.Summarize()), summaryRows(d.IMine)
	rows := make([]app.UI, len(theirs))
	for i := range theirs {
		rows[i] = app.Tr().Body(
			app.Th().Scope("row").Text(locale.T(lang, theirs[i].label)),
			app.Td().Class("number").Text(locale.Number(lang, mine[i].n)),
			app.Td().Class("number").Text(locale.Number(lang, theirs[i].n)),
		)
	}
	return app.Div().Class("import-preview notice").Body(
		app.P().Text(locale.T(lang, msgImportPreview)),
		app.Table().Class("area-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(locale.T(lang, msgKindColumn)),
				app.Th().Scope("col").Class("number").Text(locale.T(lang, msgNow)),
				app.Th().Scope("col").Class("number").Text(locale.T(lang, msgAfterImport)),
			)),
			app.TBody().Body(rows...),
		),
		app.Div().Class("notice-actions").Body(
			app.Button().Type("button").Class("button button-danger import-confirm").OnClick(func(ctx app.Context, e app.Event) { d.confirm(ctx) }).Text(locale.T(lang, msgImportYes)),
			app.Button().Type("button").Class("button-quiet").OnClick(d.cancel).Text(locale.T(lang, msgCancel)),
		),
	)
}
