package ui

import (
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cxopath/cxopath/app/assess"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	storeMu   sync.Mutex
	store     *progress.Store // opened on first use; see useProgress
	following sync.Once
	draftDue  atomic.Bool // a save of the drafts being typed is on its way
)

// draftDelay is how long typing waits to be saved: about twice a second.
const draftDelay = 500 * time.Millisecond

// progressStore opens the learner's saved progress once: browser storage in
// the browser, memory on the server (which never sees anyone's progress).
func progressStore() *progress.Store {
	storeMu.Lock()
	defer storeMu.Unlock()
	if store == nil {
		var b progress.Backend = progress.Memory{}
		if app.IsClient {
			b = browserBackend()
		}
		store = progress.Open(b, time.Now)
	}
	return store
}

// useProgress makes s the learner's saved progress from now on: a test
// starts clean with a store over a backend of its own.
func useProgress(s *progress.Store) {
	storeMu.Lock()
	defer storeMu.Unlock()
	store = s
}

// syncProgress does work on the store, if any, while this tab holds the
// write lock, then saves what is waiting and publishes the outcome when
// the work says it changed what the store shows, or there was something
// to save. It returns at once. Publishing works from any component's
// context, mounted or not: observers are told through their own.
func syncProgress(ctx app.Context, work func(*progress.Store) bool) {
	lockProgress(func() {
		s := progressStore()
		changed := s.Pending()
		if work != nil && work(s) {
			changed = true
		}
		if err := s.Save(); err != nil {
			app.Log("saving progress:", err)
		}
		if changed {
			publishProgress(ctx)
		}
	})
}

// publishProgress puts the current document and saving status into state,
// for every component that observes them. In the browser, the first call
// starts following the other tabs' changes and saving when the page goes.
func publishProgress(ctx app.Context) {
	s := progressStore()
	ctx.SetState(stateProgress, *s.Document())
	ctx.SetState(stateStorage, s.Status())
	if app.IsClient {
		following.Do(func() { follow(ctx) })
	}
}

// follow redraws the page when another tab changes the learner's data, and
// saves what is waiting when the page is hidden or closed. ctx only
// publishes, so it may outlive its component.
func follow(ctx app.Context) {
	followProgress(func(key string) {
		if key == "" || strings.HasPrefix(key, progress.Key) {
			syncProgress(ctx, func(s *progress.Store) bool { return s.Refresh(key) })
		}
	}, func() {
		if err := progressStore().Save(); err != nil {
			app.Log("saving progress as the page goes:", err)
		}
	})
	syncProgress(ctx, nil)
}

// updateProgress applies a change to the learner's document and publishes
// it at once; it is saved, on the latest saved document, as soon as this
// tab may write. It runs on the UI goroutine, like the event handlers that
// call it, so changes apply and publish in the order they were made.
func updateProgress(ctx app.Context, change func(*progress.Document)) {
	progressStore().Change("", change)
	publishProgress(ctx)
	syncProgress(ctx, nil)
}

// keepDraft keeps the learner's draft answer to a card as they type: in
// memory at once, saved within half a second, and without redrawing the
// page for each key. saveProgress saves it at once, as when the text box
// loses the focus; the page going away saves it too.
func keepDraft(ctx app.Context, card, text string) {
	progressStore().Change("draft/"+card, func(d *progress.Document) { d.SetDraft(card, text) })
	if draftDue.CompareAndSwap(false, true) {
		time.AfterFunc(draftDelay, func() {
			draftDue.Store(false)
			syncProgress(ctx, nil)
		})
	}
}

// saveProgress saves whatever is waiting to be saved.
func saveProgress(ctx app.Context) { syncProgress(ctx, nil) }

// commitProgress applies a change that must be saved or not happen at all
// (an import), and calls done with the outcome on the UI goroutine of the
// component ctx belongs to, which it then redraws.
func commitProgress(ctx app.Context, change func(*progress.Document), done func(error)) {
	syncProgress(ctx, func(s *progress.Store) bool {
		err := s.Commit(change)
		ctx.Dispatch(func(app.Context) { done(err) })
		return true
	})
}

// eraseEverything removes everything the app keeps on the device (see
// progress.Store.Erase) and forgets the language cookie, and the page
// shows the system's theme again. done gets the outcome.
func eraseEverything(ctx app.Context, done func(error)) {
	syncProgress(ctx, func(s *progress.Store) bool {
		err := s.Erase()
		ctx.Dispatch(func(ctx app.Context) {
			doc := app.Window().Get("document")
			doc.Set("cookie", langCookie+"=; path=/; max-age=0; SameSite=Lax")
			doc.Get("documentElement").Call("removeAttribute", "data-theme")
			ctx.SetState(stateTheme, "")
			done(err)
		})
		return true
	})
}

// removeCopies removes the given copies of unreadable data, or all of them,
// then saves what waited for the room.
func removeCopies(ctx app.Context, keys ...string) {
	syncProgress(ctx, func(s *progress.Store) bool {
		if err := s.RemoveCopies(keys...); err != nil {
			app.Log("removing kept copies:", err)
		}
		return true
	})
}

// knownIDs is what the learner's data can refer to in the course.
func knownIDs(course *content.Course) progress.Known {
	k := progress.Known{Lessons: map[string]map[string]int{}, Items: map[string]bool{}, Levels: assess.Levels, Cards: map[string]bool{}}
	if course == nil {
		return k
	}
	for _, l := range course.Lessons {
		quiz := map[string]int{}
		for _, q := range l.Quiz {
			quiz[q.ID] = q.Options
		}
		k.Lessons[l.ID] = quiz
	}
	if course.Checklist != nil {
		for _, it := range course.Checklist.Items {
			k.Items[it.ID] = true
		}
	}
	if course.Interview != nil {
		k.Points = mockPoints(course.Interview)
		for _, q := range course.Interview.Questions {
			k.Cards[q.ID] = true
		}
	}
	return k
}

// today is the device's local date, as progress records it.
func today() string { return time.Now().Format(time.DateOnly) }
