package ui

import (
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestTheStorageNoticeSaysWhyNothingIsSavedAndWhatToDo(t *testing.T) {
	copies := []progress.Copy{{Key: "cxopath.progress.aside.20261101T000000.000Z", Size: 3 << 20}}
	tests := []struct {
		name   string
		status progress.Status
		says   string
		then   app.UI // the notice's second line
	}{
		{"a tab left on the old version offers to reload", progress.Status{Hold: progress.Newer}, locale.T("ja", msgStorageNewer),
			app.P().Body(app.Button().Type("button").Class("button storage-reload").OnClick(noop).Text(locale.T("ja", msgStorageReload)))},
		{"storage filled by old copies says how much they take", progress.Status{Hold: progress.Full, Copies: copies}, locale.T("ja", msgStorageFull),
			app.P().Text(locale.N("ja", msgCopiesFillStorage, 1, map[string]any{"Size": byteSize("ja", 3<<20)}))},
		{"a read that failed", progress.Status{Hold: progress.Unread}, locale.T("ja", msgStorageUnread), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newStorageNotice().Lang("ja").Status(tt.status)
			mount(t, n)
			if err := app.Match(app.P().Class("storage-hold").Text(tt.says), n, 0, 0); err != nil {
				t.Error(err)
			}
			if tt.then != nil {
				if err := app.Match(tt.then, n, 0, 1); err != nil {
					t.Error(err)
				}
			}
		})
	}
	full := newStorageNotice().Lang("en").Status(progress.Status{Hold: progress.Full, Copies: copies})
	mount(t, full)
	remove := app.Button().Type("button").Class("button-quiet confirm-first").OnClick(noop).Text(locale.T("en", msgRemoveCopies))
	if err := app.Match(remove, full, 0, 2, 0, 0, 0); err != nil {
		t.Errorf("storage filled by old copies does not offer to remove them: %v", err)
	}
}

func TestEachKeptCopyIsListedWithWhenItWasKeptAndItsSize(t *testing.T) {
	kept := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	c := newDataCopies().Lang("en").Copies([]progress.Copy{{Key: "cxopath.progress.aside.x", Kept: kept, Size: 2048}})
	mount(t, c)
	if err := app.Match(app.Span().ID("kept-copy-0").Text("Kept on "+locale.Date("en", kept)+" (2 KB)"), c, 0, 2, 0, 0); err != nil {
		t.Error(err)
	}
	if err := app.Match(app.Button().Type("button").Class("button-quiet kept-copy-download").Aria("describedby", "kept-copy-0").OnClick(noop).Text(locale.T("en", msgDownloadCopy)), c, 0, 2, 0, 1, 0); err != nil {
		t.Error(err)
	}
}
