package ui

import (
	"strconv"
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// dataCopies lists the copies of unreadable saved data that the app kept
// aside instead of throwing them away, each with when it was kept (and its
// size, from a kilobyte), to download as a file or remove.
type dataCopies struct {
	app.Compo

	ILang   string
	ICopies []progress.Copy
}

func newDataCopies() *dataCopies { return &dataCopies{} }

// Lang sets the language.
func (d *dataCopies) Lang(v string) *dataCopies { d.ILang = v; return d }

// Copies sets the copies to list.
func (d *dataCopies) Copies(v []progress.Copy) *dataCopies { d.ICopies = v; return d }

// download saves a copy as a file named after when it was kept.
func (d *dataCopies) download(c progress.Copy) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		text, err := progressStore().ReadCopy(c.Key)
		if err != nil {
			app.Log("reading a kept copy:", err)
			return
		}
		name := strings.TrimPrefix(c.Key, progress.Key+".")
		saveFile(ctx, "cxopath-"+strings.ReplaceAll(name, ".", "-")+".json", text)
	}
}

func (d *dataCopies) Render() app.UI {
	lang := d.ILang
	items := make([]app.UI, len(d.ICopies))
	for i, c := range d.ICopies {
		id := "kept-copy-" + strconv.Itoa(i)
		// A copy under a kilobyte is named by its date alone: its size tells
		// the learner nothing.
		line := locale.T(lang, msgKeptCopyOn, map[string]any{"Date": locale.Date(lang, c.Kept.Local())})
		if c.Size >= 1<<10 {
			line = locale.T(lang, msgKeptCopyLine, map[string]any{"Date": locale.Date(lang, c.Kept.Local()), "Size": byteSize(lang, float64(c.Size))})
		}
		items[i] = app.Li().Class("kept-copy").Body(
			app.Span().ID(id).Text(line),
			app.Div().Class("notice-actions").Body(
				app.Button().Type("button").Class("button-secondary kept-copy-download").Aria("describedby", id).OnClick(d.download(c)).Text(locale.T(lang, msgDownloadCopy)),
				confirmRemoval(lang, msgRemoveCopy, locale.T(lang, msgConfirmRemoveCopy), c.Key),
			),
		)
	}
	return app.Section().Class("data-section kept-copies").Aria("labelledby", "data-copies").Body(
		app.H2().ID("data-copies").Text(locale.T(lang, msgKeptCopies)),
		app.P().Text(locale.T(lang, msgKeptCopiesHow)),
		app.Ul().Class("kept-copy-list").Body(items...),
	)
}

// confirmRemoval is a button that removes kept copies (the given one, or
// all of them) once the learner has answered question.
func confirmRemoval(lang string, label *i18n.Message, question string, keys ...string) app.UI {
	return newConfirmButton().
		Label(locale.T(lang, label)).
		Question(question).
		Confirm(locale.T(lang, msgRemoveCopiesYes)).
		Cancel(locale.T(lang, msgCancel)).
		OnConfirm(func(ctx app.Context) { removeCopies(ctx, keys...) })
}
