package ui

import (
	"slices"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// dataImportPreview shows what an import file would change before the learner
// chooses: the counts now, after merging and after replacing; the lessons,
// ratings, cards and drafts each choice adds, changes or removes, by name;
// and what checking the file left out. It offers merging, replacing and
// cancelling. What it says names a file, or a link from another device.
type dataImportPreview struct {
	app.Compo

	ILang      string
	ICourse    *content.Course
	IMine      *progress.Document
	IFile      *progress.Document
	IReport    progress.Report
	IWords     *previewWords
	IOnMerge   app.EventHandler
	IOnReplace app.EventHandler
	IOnCancel  app.EventHandler
}

func newDataImportPreview() *dataImportPreview { return &dataImportPreview{} }

// Lang sets the language.
func (p *dataImportPreview) Lang(v string) *dataImportPreview { p.ILang = v; return p }

// Course sets the course the data refers to.
func (p *dataImportPreview) Course(v *content.Course) *dataImportPreview { p.ICourse = v; return p }

// Mine sets what is saved now.
func (p *dataImportPreview) Mine(v *progress.Document) *dataImportPreview { p.IMine = v; return p }

// File sets what the file holds, checked.
func (p *dataImportPreview) File(v *progress.Document) *dataImportPreview { p.IFile = v; return p }

// Report sets what checking the file left out.
func (p *dataImportPreview) Report(v progress.Report) *dataImportPreview { p.IReport = v; return p }

// FromLink says the data comes from a transfer link, not a file.
func (p *dataImportPreview) FromLink() *dataImportPreview { p.IWords = &linkWords; return p }

// OnMerge sets what merging does.
func (p *dataImportPreview) OnMerge(v app.EventHandler) *dataImportPreview { p.IOnMerge = v; return p }

// OnReplace sets what replacing does.
func (p *dataImportPreview) OnReplace(v app.EventHandler) *dataImportPreview {
	p.IOnReplace = v
	return p
}

// OnCancel sets what cancelling does.
func (p *dataImportPreview) OnCancel(v app.EventHandler) *dataImportPreview {
	p.IOnCancel = v
	return p
}

// previewWords are the sentences of the preview that name where the data
// comes from.
type previewWords struct {
	lead, mergeNothing, replaceNothing, same, checked, replace *i18n.Message
}

var (
	fileWords = previewWords{msgImportPreview, msgMergeNothing, msgReplaceNothing, msgFileSameAsSaved, msgImportChecked, msgImportYes}
	linkWords = previewWords{msgLinkPreview, msgLinkMergeNothing, msgLinkReplaceNothing, msgLinkSameAsSaved, msgLinkChecked, msgLinkYes}
)

// shownNames is how many names a line of changes shows before "and N more".
const shownNames = 5

var (
	// previewColumns head the columns of the counts.
	previewColumns = [...]*i18n.Message{msgKindColumn, msgNow, msgAfterMerge, msgAfterImport}
	// changeLabels name the lines of changes, in the order of changeLines.
	changeLabels = [...]*i18n.Message{
		msgChangeDone, msgChangeUndone, msgChangeAnswers, msgChangeAnswersLost, msgChangeRatings,
		msgChangeRatingsLost, msgChangeCards, msgChangeCardsLost, msgChangeDrafts, msgChangeDraftsLost,
	}
	// reportLabels say what checking a file left out, in the order of
	// reportCounts.
	reportLabels = [...]*i18n.Message{msgLeftOutAnswers, msgLeftOutRatings, msgLeftOutDates, msgLeftOutCards, msgLeftOutMocks, msgLeftOutSnapshots, msgImportUnknown}
)

func (p *dataImportPreview) Render() app.UI {
	lang, k, words := p.ILang, knownIDs(p.ICourse), p.IWords
	if words == nil {
		words = &fileWords
	}
	merged := progress.Merge(p.IMine, p.IFile)
	var counts [3][len(summaryCounts)]int
	for i, d := range []*progress.Document{p.IMine, merged, p.IFile} {
		counts[i] = progress.Summarize(d, k).Counts()
	}
	head := make([]app.UI, len(previewColumns))
	for i, m := range previewColumns {
		th := app.Th().Scope("col").Text(locale.T(lang, m))
		if i > 0 {
			th = th.Class("number") // over its figures
		}
		head[i] = th
	}
	// A row either choice would change is marked, and so is each figure
	// that differs from what is saved now. A kind of progress neither side
	// holds has no row: a column of zeros would only hide the rows that
	// count.
	var rows []app.UI
	for r, c := range summaryCounts {
		if counts[0][r] == 0 && counts[1][r] == 0 && counts[2][r] == 0 {
			continue
		}
		cells := []app.UI{app.Th().Scope("row").Text(locale.T(lang, c.label))}
		changed := false
		for i, c := range counts {
			class := "number"
			if i > 0 && c[r] != counts[0][r] {
				class, changed = "number is-changed", true
			}
			cells = append(cells, app.Td().Class(class).Text(locale.Number(lang, c[r])))
		}
		tr := app.Tr().Body(cells...)
		if changed {
			tr = tr.Class("is-changed")
		}
		rows = append(rows, tr)
	}
	r := p.IReport
	var notes []app.UI
	for i, n := range [...]int{r.Answers, r.Ratings, r.Dates, r.Cards, r.Mocks, r.Snapshots, r.Unknown} {
		if n > 0 {
			notes = append(notes, app.Li().Text(locale.N(lang, reportLabels[i], n)))
		}
	}
	mergeChanges, replaceChanges := progress.Compare(p.IMine, merged, k), progress.Compare(p.IMine, p.IFile, k)
	same := counts[0] == counts[1] && counts[0] == counts[2] && !changesAny(mergeChanges) && !changesAny(replaceChanges)
	table := app.Table().Class("area-table preview-table").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...))
	if same {
		// Nothing would change: the panel says so as good news, with what
		// checking left out as a quiet note under it, the figures that bear
		// it out behind a disclosure, and one way on.
		return app.Div().Class("import-preview").Body(
			app.Div().Class("import-panel notice is-done").Body(
				textP("import-changes import-same", locale.T(lang, words.same)),
				app.If(len(notes) > 0, func() app.UI { return app.Ul().Class("import-leftover").Body(notes...) }),
				app.Details().Class("preview-figures").Body(app.Summary().Text(locale.T(lang, msgPreviewFigures)), table),
				app.Div().Class("notice-actions").Body(
					app.Button().Type("button").Class("button import-close").OnClick(p.IOnCancel).Text(locale.T(lang, msgCloseTip)),
				),
			),
		)
	}
	// What checking left out stands above the panel, a warning of its own
	// read before the choice.
	return app.Div().Class("import-preview").Body(
		app.If(len(notes) > 0, func() app.UI {
			return app.Div().Class("import-notes notice is-warning").Body(app.P().Text(locale.T(lang, words.checked)), app.Ul().Body(notes...))
		}),
		app.Div().Class("import-panel notice").Body(
			app.P().Text(locale.T(lang, words.lead)),
			table,
			app.Div().Class("import-outcomes").Body(
				p.changes("import-merge-changes", msgIfMerge, words.mergeNothing, mergeChanges),
				p.changes("import-replace-changes", msgIfReplace, words.replaceNothing, replaceChanges),
			),
			app.Div().Class("notice-actions").Body(
				app.Button().Type("button").Class("button import-merge").OnClick(p.IOnMerge).Text(locale.T(lang, msgImportMerge)),
				app.Button().Type("button").Class("button-secondary button-danger-outline import-confirm").OnClick(p.IOnReplace).Text(locale.T(lang, words.replace)),
				app.Button().Type("button").Class("button-quiet").OnClick(p.IOnCancel).Text(locale.T(lang, msgCancel)),
			),
		),
	)
}

// changesAny reports whether c changes anything at all.
func changesAny(c progress.Changes) bool {
	for _, ch := range [...]progress.Change{c.Done, c.Answers, c.Ratings, c.Cards, c.Drafts} {
		if len(ch.Gained)+len(ch.Lost) > 0 {
			return true
		}
	}
	return false
}

// changes lists, under a heading, what one choice would change, each line
// with the names of what it concerns in the course's order.
func (p *dataImportPreview) changes(class string, heading, nothing *i18n.Message, c progress.Changes) app.UI {
	lang, names := p.ILang, courseNames(p.ICourse, p.ILang)
	kinds := [...]struct {
		progress.Change
		names map[string]named
	}{{c.Done, names.lessons}, {c.Answers, names.lessons}, {c.Ratings, names.items}, {c.Cards, names.cards}, {c.Drafts, names.cards}}
	var lines []app.UI
	for i := range changeLabels {
		kind := kinds[i/2]
		ids := kind.Gained
		if i%2 == 1 {
			ids = kind.Lost
		}
		if len(ids) == 0 {
			continue
		}
		ids = slices.Clone(ids)
		slices.SortStableFunc(ids, func(a, b string) int { return kind.names[a].order - kind.names[b].order })
		var shown []app.UI
		for j, id := range ids {
			if j == shownNames {
				shown = append(shown, app.Li().Class("muted").Text(locale.N(lang, msgAndMore, len(ids)-j)))
				break
			}
			shown = append(shown, app.Li().Text(kind.names[id].name))
		}
		// A line of what is added is marked with a plus, one of what is
		// lost with a minus in the danger colour, so that the two never
		// read alike.
		mark := "is-gained"
		if i%2 == 1 {
			mark = "is-lost"
		}
		lines = append(lines, app.Li().Class("change-line "+mark).Body(
			app.Span().Text(locale.T(lang, msgChangeLine, map[string]any{"Label": locale.T(lang, changeLabels[i]), "Count": locale.Number(lang, len(ids))})),
			app.Ul().Class("change-names").Body(shown...),
		))
	}
	if len(lines) == 0 {
		return app.P().Class("import-changes " + class).Text(locale.T(lang, nothing))
	}
	return app.Div().Class("import-changes "+class).Body(app.P().Text(locale.T(lang, heading)), app.Ul().Class("change-lines").Body(lines...))
}

// named is how a lesson, checklist item or card is listed: its place in the
// course and its words in the page's language.
type named struct {
	order int
	name  string
}

// courseIndex names the course's lessons, checklist items and cards by id.
type courseIndex struct {
	lessons, items, cards map[string]named
}

// courseNames names every lesson, checklist item and card of the course.
// Changes only ever list ids the course has.
func courseNames(c *content.Course, lang string) courseIndex {
	n := courseIndex{map[string]named{}, map[string]named{}, map[string]named{}}
	if c == nil {
		return n
	}
	for i, l := range c.Lessons {
		n.lessons[l.ID] = named{i, l.Text[lang].Title}
	}
	if cl := c.Checklist; cl != nil {
		for i, it := range cl.Items {
			n.items[it.ID] = named{i, cl.Text[lang].Items[it.ID]}
		}
	}
	if iv := c.Interview; iv != nil {
		for i, q := range iv.Questions {
			n.cards[q.ID] = named{i, iv.Text[lang].Questions[q.ID].Question}
		}
	}
	return n
}
