package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// collect records a summary of every event of one kind in the tab from now
// on; the returned func gives what was recorded so far.
func collect[E any](ctx context.Context, ev cdp.Event[E], summary func(E) string) func() []string {
	var mu sync.Mutex
	var got []string
	events := chromedp.Events(ctx, ev)
	go func() {
		for e, err := range events {
			if err != nil {
				return
			}
			mu.Lock()
			got = append(got, summary(e))
			mu.Unlock()
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), got...)
	}
}

// consoleProblems records uncaught exceptions, console errors and browser
// log errors (CSP violations among them).
func consoleProblems(ctx context.Context) func() []string {
	exceptions := collect(ctx, runtime.ExceptionThrown, func(e runtime.EventExceptionThrown) string {
		return "exception: " + e.ExceptionDetails.Text + describe(e.ExceptionDetails.Exception)
	})
	consoleErrors := collect(ctx, runtime.ConsoleAPICalled, func(e runtime.EventConsoleAPICalled) string {
		if e.Type != runtime.ConsoleAPICalledTypeError {
			return ""
		}
		var parts []string
		for _, a := range e.Args {
			parts = append(parts, describe(a))
		}
		return "console.error: " + strings.Join(parts, " ")
	})
	logErrors := collect(ctx, log.EntryAdded, func(e log.EventEntryAdded) string {
		if e.Entry.Level != log.EntryLevelError {
			return ""
		}
		return fmt.Sprintf("log (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
	})
	return func() []string {
		var out []string
		for _, s := range append(append(exceptions(), consoleErrors()...), logErrors()...) {
			if s != "" {
				out = append(out, s)
			}
		}
		return out
	}
}

func describe(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	if o.Description != "" {
		return " " + o.Description
	}
	return " " + string(o.Value)
}
