package ui

import (
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
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
			if err := app.Match(app.P().Class("storage-hold"), n, 0, 0); err != nil {
				t.Error(err)
			}
			if err := app.Match(app.Text(tt.says), n, 0, 0, 0); err != nil {
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
	if err := app.Match(app.Span().ID("kept-copy-0"), c, 0, 2, 0, 0); err != nil {
		t.Error(err)
	}
	if err := app.Match(app.Text("Kept on "+locale.Date("en", kept)+" (2 KB)"), c, 0, 2, 0, 0, 0); err != nil {
		t.Error(err)
	}
	if err := app.Match(app.Button().Type("button").Class("button-secondary kept-copy-download").Aria("describedby", "kept-copy-0").OnClick(noop).Text(locale.T("en", msgDownloadCopy)), c, 0, 2, 0, 1, 0); err != nil {
		t.Error(err)
	}
}

func TestThePreviewCountsDaysSnapshotsAndMocksAndNamesALinkAsALink(t *testing.T) {
	course, _ := content.Default()
	mine, link := progress.New(), progress.New()
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	link.Record(now, progress.Day{Cards: 3})
	link.Rate(course.Checklist.Items[0].ID, 2, "2026-11-22")
	link.KeepSnapshot(now)
	p := newDataImportPreview().Lang("ko").Course(course).Mine(mine).File(link).FromLink()
	mount(t, p)
	if err := app.Match(app.Text(locale.T("ko", msgLinkPreview)), p, 0, 0, 0, 0); err != nil {
		t.Errorf("a link's preview does not speak of a link: %v", err)
	}
	// Only the kinds either side holds have a row: the ratings, the days
	// and the snapshot, in that order.
	if err := app.Match(app.Text(locale.T("ko", msgSavedRatings)), p, 0, 0, 1, 1, 0, 0, 0); err != nil {
		t.Errorf("the preview's first row is not the ratings: %v", err)
	}
	if err := app.Match(app.Text(locale.T("ko", msgSavedSnapshots)), p, 0, 0, 1, 1, 2, 0, 0); err != nil {
		t.Errorf("the preview's last row is not the snapshots: %v", err)
	}
	days := []string{locale.T("ko", msgSavedDays), "0", "1", "1"} // the row's label, now, after merging, after replacing
	for i, want := range days {
		if err := app.Match(app.Text(want), p, 0, 0, 1, 1, 1, i, 0); err != nil {
			t.Errorf("the preview's row of days of study, cell %d: %v", i, err)
		}
	}
	file := newDataImportPreview().Lang("ko").Course(course).Mine(mine).File(link)
	mount(t, file)
	if err := app.Match(app.Text(locale.T("ko", msgImportPreview)), file, 0, 0, 0, 0); err != nil {
		t.Errorf("a file's preview does not speak of a file: %v", err)
	}
}
