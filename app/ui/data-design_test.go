package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestAPreviewThatWouldChangeNothingSaysSoOnceAndOffersOnlyToClose(t *testing.T) {
	course, _ := content.Default()
	mine := progress.New()
	mine.Rate(course.Checklist.Items[0].ID, 2, "2026-11-22")
	same := progress.New()
	same.Rate(course.Checklist.Items[0].ID, 2, "2026-11-22")
	p := newDataImportPreview().Lang("ja").Course(course).Mine(mine).File(same).FromLink()
	mount(t, p)
	html := app.HTMLString(p)
	if !strings.Contains(html, locale.T("ja", msgLinkSameAsSaved)) {
		t.Errorf("the preview does not say once that nothing would change:\n%s", html)
	}
	for _, gone := range []string{locale.T("ja", msgLinkMergeNothing), locale.T("ja", msgLinkReplaceNothing), "import-merge", "import-confirm"} {
		if strings.Contains(html, gone) {
			t.Errorf("a preview that changes nothing still shows %q", gone)
		}
	}
	if !strings.Contains(html, "import-close") {
		t.Errorf("a preview that changes nothing offers no way to close it:\n%s", html)
	}

	// A link that adds one rating offers both choices again.
	more := progress.New()
	more.Rate(course.Checklist.Items[1].ID, 3, "2026-11-22")
	p = newDataImportPreview().Lang("ja").Course(course).Mine(mine).File(more).FromLink()
	mount(t, p)
	html = app.HTMLString(p)
	if !strings.Contains(html, "import-merge") || !strings.Contains(html, "import-confirm") || strings.Contains(html, locale.T("ja", msgLinkSameAsSaved)) {
		t.Errorf("a preview that changes something does not offer merging and replacing:\n%s", html)
	}
}

func TestWhatAFileCouldNotUseIsAWarningBeforeAChoiceAndAQuietNoteWithoutOne(t *testing.T) {
	course, _ := content.Default()
	more := progress.New()
	more.Rate(course.Checklist.Items[1].ID, 3, "2026-11-22")
	p := newDataImportPreview().Lang("en").Course(course).Mine(progress.New()).File(more).Report(progress.Report{Unknown: 3})
	mount(t, p)
	if html := app.HTMLString(p); !strings.Contains(html, `class="import-notes notice is-warning"`) {
		t.Errorf("the notes are not a warning notice:\n%s", html)
	}
	// With nothing to choose, the notes stand in the panel that says
	// nothing would change, under its sentence, and warn of nothing.
	p = newDataImportPreview().Lang("en").Course(course).Mine(progress.New()).File(progress.New()).Report(progress.Report{Unknown: 3})
	mount(t, p)
	html := app.HTMLString(p)
	if strings.Contains(html, "is-warning") || !strings.Contains(html, `class="import-leftover"`) || !strings.Contains(html, "<details") {
		t.Errorf("a preview that changes nothing warns, or lacks its quiet notes and its figures behind a disclosure:\n%s", html)
	}
}

func TestASmallKeptCopyIsNamedByItsDateAlone(t *testing.T) {
	kept := time.Date(2026, 12, 2, 9, 0, 0, 0, time.Local)
	c := newDataCopies().Lang("en").Copies([]progress.Copy{{Key: "cxopath.progress.aside.x", Kept: kept, Size: 65}})
	mount(t, c)
	if err := app.Match(app.Text("Kept on "+locale.Date("en", kept)), c, 0, 2, 0, 0, 0); err != nil {
		t.Error(err)
	}
}
