package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// storageNotice tells the learner when saved progress could not be read or
// cannot be saved, and why: unreadable data kept aside (with the way to the
// copy), a read that failed, storage that is full (offering to remove old
// copies when they fill it) or turned off, or a newer version of the app
// opened in another tab (offering to reload). It says nothing when all is
// well.
type storageNotice struct {
	app.Compo

	ILang   string
	IStatus progress.Status
}

func newStorageNotice() *storageNotice { return &storageNotice{} }

// Lang sets the language of the notice.
func (n *storageNotice) Lang(v string) *storageNotice { n.ILang = v; return n }

// Status sets what to report.
func (n *storageNotice) Status(v progress.Status) *storageNotice { n.IStatus = v; return n }

// holds are the learner's words for each reason changes are not saved.
var holds = map[progress.Hold]*i18n.Message{
	progress.Unread:  msgStorageUnread,
	progress.NotKept: msgStorageNotKept,
	progress.Newer:   msgStorageNewer,
	progress.Full:    msgStorageFull,
	progress.Refused: msgStorageUnsaved,
}

func reload(ctx app.Context, e app.Event) { ctx.Reload() }

func (n *storageNotice) Render() app.UI {
	lang, st := n.ILang, n.IStatus
	var lines []app.UI
	if st.Problem != nil && st.KeptAs != "" {
		lines = append(lines, app.P().Text(locale.T(lang, msgStorageKeptAside)), app.P().Body(
			app.A().Href(DataPath(lang)+"#data-copies").Text(locale.T(lang, msgSeeKeptCopies)),
		))
	}
	if msg := holds[st.Hold]; msg != nil {
		lines = append(lines, textP("storage-hold", locale.T(lang, msg)))
	}
	switch {
	case st.Hold == progress.Newer:
		lines = append(lines, app.P().Body(
			app.Button().Type("button").Class("button storage-reload").OnClick(reload).Text(locale.T(lang, msgStorageReload)),
		))
	case (st.Hold == progress.Full || st.Hold == progress.NotKept) && len(st.Copies) > 0:
		lines = append(lines,
			app.P().Text(locale.N(lang, msgCopiesFillStorage, len(st.Copies), map[string]any{"Size": byteSize(lang, float64(st.CopiesSize()))})),
			app.Div().Class("notice-actions").Body(
				confirmRemoval(lang, msgRemoveCopies, locale.N(lang, msgConfirmRemoveCopies, len(st.Copies))),
				app.A().Href(DataPath(lang)+"#data-copies").Text(locale.T(lang, msgSeeKeptCopies)),
			),
		)
	}
	class := "storage-notice"
	if st.Hold == progress.Newer && st.Problem == nil {
		class += " is-newer" // news, not a fault: styled as the update banner
	}
	return app.Div().Class(class).Attr("role", "status").Body(lines...)
}
