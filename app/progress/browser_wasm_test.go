//go:build wasm

package progress

import (
	"errors"
	"slices"
	"syscall/js"
	"testing"
	"time"
)

func TestTheBrowserKeepsProgressAcrossStores(t *testing.T) {
	js.Global().Get("localStorage").Call("clear")
	s := Open(Browser{}, time.Now)
	if err := s.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22") }); err != nil {
		t.Fatal(err)
	}
	if !Open(Browser{}, time.Now).Document().Lesson("pay").Done {
		t.Error("progress did not survive in localStorage")
	}
	keys, err := Browser{}.Keys()
	if err != nil || !slices.Equal(keys, []string{Key}) {
		t.Errorf("keys %v, %v", keys, err)
	}
	if err := (Browser{}).Remove(Key); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := (Browser{}).Get(Key); found {
		t.Error("the document was not removed")
	}
}

func TestAFullBrowserStorageIsReportedNotFatal(t *testing.T) {
	js.Global().Get("localStorage").Call("clear")
	s := Open(Browser{}, time.Now)
	huge := make([]byte, 12<<20)
	for i := range huge {
		huge[i] = 'x'
	}
	err := s.Update(func(d *Document) { d.Lessons["pay"] = &Lesson{Section: string(huge)} })
	if err == nil {
		t.Fatal("the browser stored 12 MB without complaint; the quota path went untested")
	}
	if !errors.Is(err, ErrFull) || s.Status().Hold != Full || s.Document().Lesson("pay").Section == "" {
		t.Errorf("error %v, status %+v", err, s.Status())
	}
}

func TestTheWebLockRunsTheWrite(t *testing.T) {
	done := make(chan bool)
	Browser{}.Lock(func() { done <- true })
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the write never ran")
	}
}
