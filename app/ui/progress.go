package ui

import (
	"sync"
	"time"

	"github.com/cxopath/cxopath/app/progress"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	storeOnce sync.Once
	store     *progress.Store
)

// progressStore opens the learner's saved progress once: browser storage in
// the browser, memory on the server (which never sees anyone's progress).
func progressStore() *progress.Store {
	storeOnce.Do(func() {
		var b progress.Backend = progress.Memory{}
		if app.IsClient {
			b = browserBackend()
		}
		store = progress.Open(b, time.Now())
	})
	return store
}

// publishProgress puts the current document and saving status into state,
// for every component that observes them.
func publishProgress(ctx app.Context) {
	s := progressStore()
	ctx.SetState(stateProgress, *s.Document())
	ctx.SetState(stateStorage, s.Status())
}

// updateProgress applies a change to the learner's document, saves it and
// publishes the result. It runs on the UI goroutine, like the event handlers
// that call it, so changes apply and publish in the order they were made.
func updateProgress(ctx app.Context, change func(*progress.Document)) {
	if err := progressStore().Update(change); err != nil {
		app.Log("saving progress:", err)
	}
	publishProgress(ctx)
}

// today is the device's local date, as progress records it.
func today() string { return time.Now().Format(time.DateOnly) }
