package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageNotice tells the learner when saved progress could not be read or
// cannot be saved. It says nothing when all is well.
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

func (n *storageNotice) Render() app.UI {
	var lines []app.UI
	if n.IStatus.Problem != nil {
		lines = append(lines, app.P().Text(locale.T(n.ILang, msgStorageKeptAside)))
	}
	if n.IStatus.Unsaved != nil {
		lines = append(lines, app.P().Text(locale.T(n.ILang, msgStorageUnsaved)))
	}
	return app.Div().Class("storage-notice").Attr("role", "status").Body(lines...)
}
