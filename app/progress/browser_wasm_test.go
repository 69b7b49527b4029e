//go:build wasm

package progress

import (
	"syscall/js"
	"testing"
	"time"
)

func TestTheBrowserKeepsProgressAcrossStores(t *testing.T) {
	js.Global().Get("localStorage").Call("removeItem", Key)
	s := Open(Browser{}, time.Now())
	if err := s.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22") }); err != nil {
		t.Fatal(err)
	}
	if !Open(Browser{}, time.Now()).Document().Lesson("pay").Done {
		t.Error("progress did not survive in localStorage")
	}
}

func TestAFullBrowserStorageIsReportedNotFatal(t *testing.T) {
	js.Global().Get("localStorage").Call("removeItem", Key)
	s := Open(Browser{}, time.Now())
	huge := make([]byte, 12<<20)
	for i := range huge {
		huge[i] = 'x'
	}
	err := s.Update(func(d *Document) { d.Lessons["pay"] = &Lesson{Section: string(huge)} })
	if err == nil {
		t.Fatal("the browser stored 12 MB without complaint; the quota path went untested")
	}
	if s.Status().Unsaved == nil || s.Document().Lesson("pay").Section == "" {
		t.Errorf("status %+v", s.Status())
	}
}
