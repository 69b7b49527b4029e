package ui

import (
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// dataTransfer exports everything saved as one JSON file, and imports such a
// file: it checks the file value by value, shows what merging it or
// replacing what is saved with it would change, lesson by lesson and item by
// item, and changes the learner's data only when they choose one. A file
// that is not ours, damaged, from a newer version, far too large or holding
// nothing usable is refused with the reason, and so is an import that
// cannot be saved: then nothing changes.
type dataTransfer struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IMine   *progress.Document

	pending *progress.Document // a file read and waiting for a choice
	report  progress.Report    // what checking the file left out
	problem *progress.Problem  // why the last file was refused
	outcome *i18n.Message      // what became of the last choice
	mounted app.Context        // outlives the buttons of the choice
}

func newDataTransfer() *dataTransfer { return &dataTransfer{} }

// Lang sets the language.
func (d *dataTransfer) Lang(v string) *dataTransfer { d.ILang = v; return d }

// Course sets the course the data refers to.
func (d *dataTransfer) Course(v *content.Course) *dataTransfer { d.ICourse = v; return d }

// Mine sets what is saved now.
func (d *dataTransfer) Mine(v *progress.Document) *dataTransfer { d.IMine = v; return d }

// OnMount keeps the component's own context, for the outcome of a choice.
func (d *dataTransfer) OnMount(ctx app.Context) { d.mounted = ctx }

// importProblems are the learner's words for each refused file.
var importProblems = map[progress.ProblemKind]*i18n.Message{
	progress.Damaged: msgImportDamaged,
	progress.Foreign: msgImportForeign,
	progress.Future:  msgImportFuture,
	progress.Huge:    msgImportHuge,
	progress.Blank:   msgImportBlank,
}

// saveFile hands text to the browser to save as a file named name.
func saveFile(ctx app.Context, name, text string) {
	win := app.Window()
	blob := win.Get("Blob").New([]any{text}, map[string]any{"type": "application/json"})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	ctx.After(time.Minute, func(app.Context) { win.Get("URL").Call("revokeObjectURL", url) })
}

// export downloads the learner's data as cxopath-YYYY-MM-DD.json.
func (d *dataTransfer) export(ctx app.Context, e app.Event) {
	now := time.Now()
	data, err := progress.Export(progressStore().Document(), app.Getenv("GOAPP_VERSION"), now)
	if err != nil {
		app.Log("exporting:", err)
		return
	}
	saveFile(ctx, "cxopath-"+now.Format(time.DateOnly)+".json", string(data))
}

// read takes the chosen file, refusing a huge one before reading it.
func (d *dataTransfer) read(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	file := input.Get("files").Index(0)
	input.Set("value", "")
	d.pending, d.problem, d.outcome = nil, nil, nil
	if !file.Truthy() {
		return
	}
	if size := file.Get("size").Int(); size > progress.MaxImport {
		d.problem = &progress.Problem{Kind: progress.Huge}
		return
	}
	await(ctx, file.Call("text"), func(text app.Value) {
		doc, report, problem := progress.Import([]byte(text.String()), knownIDs(d.ICourse), time.Now())
		if problem != nil {
			app.Log("refusing an import:", problem)
		}
		d.pending, d.report, d.problem = doc, report, problem
	}, func() {
		d.problem = &progress.Problem{Kind: progress.Damaged, Detail: "the file could not be read"}
	})
}

// take merges the pending file with what is saved, or puts it in its
// place, and says whether that could be saved.
func (d *dataTransfer) take(merge bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		file, done := d.pending, msgImported
		if merge {
			done = msgImportedMerged
		}
		d.pending = nil
		takeDocument(d.mounted, file, merge, func(err error) {
			d.outcome = done
			if err != nil {
				app.Log("saving an import:", err)
				d.outcome = msgImportNotSaved
			}
		})
	}
}

func (d *dataTransfer) cancel(ctx app.Context, e app.Event) { d.pending = nil }

func (d *dataTransfer) Render() app.UI {
	lang := d.ILang
	var outcome app.UI = app.P().Class("import-outcome").Attr("role", "status")
	switch {
	case d.problem != nil:
		outcome = app.P().Class("notice is-warning import-outcome").Attr("role", "alert").Text(locale.T(lang, importProblems[d.problem.Kind]))
	case d.outcome == msgImportNotSaved:
		outcome = app.P().Class("notice is-warning import-outcome").Attr("role", "alert").Text(locale.T(lang, d.outcome))
	case d.outcome != nil:
		outcome = app.P().Class("import-outcome").Attr("role", "status").Text(locale.T(lang, d.outcome))
	case d.pending != nil && d.IMine != nil:
		outcome = newDataImportPreview().Lang(lang).Course(d.ICourse).Mine(d.IMine).File(d.pending).Report(d.report).
			OnMerge(d.take(true)).OnReplace(d.take(false)).OnCancel(d.cancel)
	}
	return app.Section().Class("data-section").Aria("labelledby", "data-transfer").Body(
		app.H2().ID("data-transfer").Text(locale.T(lang, msgExportImport)),
		app.P().Text(locale.T(lang, msgExportHow)),
		// The browser's own file button speaks the browser's language, not
		// the page's: the input is hidden and its label is the button.
		app.Div().Class("import-row").Body(
			app.Button().Type("button").Class("button").OnClick(d.export).Text(locale.T(lang, msgExport)),
			app.Input().Type("file").ID("import-file").Class("visually-hidden").Accept(".json,application/json").OnChange(d.read),
			app.Label().For("import-file").Class("button-secondary").Text(locale.T(lang, msgImportLabel)),
		),
		outcome,
	)
}

// takeDocument saves incoming (an imported file, a transfer link) merged
// with what is saved, or in its place, and calls done with the outcome on
// the UI goroutine of the component ctx belongs to.
func takeDocument(ctx app.Context, incoming *progress.Document, merge bool, done func(error)) {
	change := func(doc *progress.Document) { *doc = *incoming.Clone() }
	if merge {
		change = func(doc *progress.Document) { *doc = *progress.Merge(doc, incoming) }
	}
	commitProgress(ctx, change, done)
}
