package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// clock is a fixed clock at now.
func clock() time.Time { return now }

// faulty is a backend whose reads or writes fail while told to, and whose
// space is limited when room is set.
type faulty struct {
	Memory
	readErr, writeErr error
	room              int // bytes the values may take in all; 0 for no limit
}

func (f *faulty) Get(k string) (string, bool, error) {
	if f.readErr != nil {
		return "", false, f.readErr
	}
	return f.Memory.Get(k)
}

func (f *faulty) Set(k, v string) error {
	if f.writeErr != nil {
		return f.writeErr
	}
	if f.room > 0 {
		used := len(v)
		for key, old := range f.Memory {
			if key != k {
				used += len(old)
			}
		}
		if used > f.room {
			return fmt.Errorf("QuotaExceededError: %w", ErrFull)
		}
	}
	return f.Memory.Set(k, v)
}

func saved(t *testing.T, m Memory) *Document {
	t.Helper()
	d, problem := Decode([]byte(m[Key]))
	if problem != nil {
		t.Fatalf("saved document: %v", problem)
	}
	return d
}

func TestStoreSavesEveryChange(t *testing.T) {
	m := Memory{}
	s := Open(m, clock)
	if err := s.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22") }); err != nil {
		t.Fatal(err)
	}
	if !Open(m, clock).Document().Lesson("pay").Done {
		t.Error("the change did not survive reopening")
	}
}

func TestTwoTabsNeverLoseEachOthersChanges(t *testing.T) {
	m := Memory{}
	a, b := Open(m, clock), Open(m, clock) // both open before either writes
	steps := []struct {
		tab    *Store
		change func(*Document)
	}{
		{a, func(d *Document) { d.SetDone("pay", true, "2026-11-22") }},
		{b, func(d *Document) { d.Rate("bcp", 2, "2026-11-22") }},
		{a, func(d *Document) { d.Answer("pay", "q1", 1) }},
		{b, func(d *Document) { d.SetDraft("cto-role", "bridge") }},
		{b, func(d *Document) { d.Rate("choose-stack", 3, "2026-11-22") }},
		{a, func(d *Document) { d.SetDone("cto-vs-cio", true, "2026-11-22") }},
	}
	for i, st := range steps {
		if err := st.tab.Update(st.change); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	for name, d := range map[string]*Document{"saved": saved(t, m), "tab a": a.Document(), "tab b after refreshing": func() *Document { b.Refresh(Key); return b.Document() }()} {
		if !d.Lesson("pay").Done || !d.Lesson("cto-vs-cio").Done || d.Lesson("pay").Answers["q1"] != 1 ||
			d.Assessment.Ratings["bcp"] != 2 || d.Assessment.Ratings["choose-stack"] != 3 || d.Practice.Drafts["cto-role"] != "bridge" {
			t.Errorf("%s lost a change: %+v", name, d)
		}
	}
	if got := saved(t, m).Revision; got != int64(len(steps)) {
		t.Errorf("revision %d after %d writes", got, len(steps))
	}
}

func TestChangesWaitingToBeSavedApplyToWhatAnotherTabSavedMeanwhile(t *testing.T) {
	m := Memory{}
	a, b := Open(m, clock), Open(m, clock)
	for _, text := range []string{"b", "br", "bri", "bridge"} {
		a.Change("draft/cto-role", func(d *Document) { d.SetDraft("cto-role", text) })
	}
	if got := a.Document().Practice.Drafts["cto-role"]; got != "bridge" {
		t.Errorf("the tab shows %q before saving", got)
	}
	b.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22") })
	if !a.Refresh(Key) || !a.Document().Lesson("pay").Done || a.Document().Practice.Drafts["cto-role"] != "bridge" {
		t.Errorf("after the other tab saved, the tab shows %+v", a.Document())
	}
	if err := a.Save(); err != nil {
		t.Fatal(err)
	}
	if d := saved(t, m); !d.Lesson("pay").Done || d.Practice.Drafts["cto-role"] != "bridge" {
		t.Errorf("saved %+v", d)
	}
	if a.Pending() || len(a.pending) != 0 {
		t.Error("saved changes are still pending")
	}
}

func TestStartingOverInOneTabIsNotUndoneByAnother(t *testing.T) {
	m := Memory{}
	a, b := Open(m, clock), Open(m, clock)
	a.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22"); d.Rate("bcp", 3, "") })
	b.Refresh(Key)
	if err := a.Erase(); err != nil {
		t.Fatal(err)
	}
	b.Update(func(d *Document) { d.Answer("cio-role", "q1", 0) })
	d := saved(t, m)
	if d.Lesson("pay").Done || len(d.Assessment.Ratings) != 0 || d.Lesson("cio-role").Answers["q1"] != 0 || len(d.Lesson("cio-role").Answers) != 1 {
		t.Errorf("after starting over elsewhere, the other tab saved %+v", d)
	}
}

// newerBuild opens a store as the next release would: its schema is one
// ahead, with a migration that changes nothing.
func newerBuild(b Backend) *Store {
	return open(b, clock, Schema+1, append(slices.Clone(migrations), func(map[string]any) error { return nil }))
}

func TestATabOfAnOlderBuildNeverWritesOverANewerDocument(t *testing.T) {
	m := Memory{}
	old := Open(m, clock)
	old.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22") })

	// The learner applies an update in another tab: the newer build
	// migrates the document and saves it.
	newer := newerBuild(m)
	newer.Update(func(d *Document) { d.Rate("bcp", 2, "2026-11-23") })
	written := m[Key]

	err := old.Update(func(d *Document) { d.SetDraft("cto-role", "typed in the old tab") })
	if err == nil || old.Status().Hold != Newer {
		t.Fatalf("the old tab saved (%v, %+v)", err, old.Status())
	}
	if m[Key] != written {
		t.Fatalf("the old tab wrote over the newer document: %s", m[Key])
	}
	if old.Document().Practice.Drafts["cto-role"] != "typed in the old tab" {
		t.Error("the old tab lost what was typed in it")
	}
	old.Refresh(Key)
	if old.Status().Hold != Newer {
		t.Error("refreshing made the old tab forget the newer document")
	}

	// Reloading opens the newer build, which takes in what the old tab held.
	reloaded := newerBuild(m)
	if got := reloaded.Document(); got.Practice.Drafts["cto-role"] != "typed in the old tab" || !got.Lesson("pay").Done || got.Assessment.Ratings["bcp"] != 2 {
		t.Fatalf("the newer build shows %+v", got)
	}
	if err := reloaded.Save(); err != nil {
		t.Fatal(err)
	}
	for k := range m {
		if strings.HasPrefix(k, heldPrefix) {
			t.Errorf("%s is still held after it was saved", k)
		}
	}
	var v struct{ Version int }
	json.Unmarshal([]byte(m[Key]), &v)
	if v.Version != Schema+1 || !strings.Contains(m[Key], "typed in the old tab") {
		t.Errorf("saved %s", m[Key])
	}
}

func TestAFailedReadIsNeverFollowedByAWriteOverTheUnreadDocument(t *testing.T) {
	b := &faulty{Memory: Memory{}}
	Open(b, clock).Update(func(d *Document) { d.SetDone("pay", true, ""); d.SetDone("cto-vs-cio", true, "") })
	before := b.Memory[Key]

	b.readErr = errors.New("SecurityError")
	s := Open(b, clock)
	if s.Status().Hold != Unread {
		t.Fatalf("status = %+v", s.Status())
	}
	if err := s.Update(func(d *Document) { d.SetDone("cio-role", true, "") }); err == nil {
		t.Error("a write over an unread document claimed to save")
	}
	if b.Memory[Key] != before {
		t.Fatalf("the unread document was written over: %s", b.Memory[Key])
	}

	b.readErr = nil
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if d := saved(t, b.Memory); d.DoneCount([]string{"pay", "cto-vs-cio", "cio-role"}) != 3 {
		t.Errorf("once read, the document holds %+v", d.Lessons)
	}
	if s.Status().Hold != "" {
		t.Errorf("status after saving: %+v", s.Status())
	}
}

func TestUnreadableDataIsKeptAsideOncePerContent(t *testing.T) {
	m := Memory{Key: `{"app":"cxopath-progress","version":1,"less`}
	for range 3 {
		s := Open(m, clock)
		if st := s.Status(); st.Problem == nil || st.Problem.Kind != Damaged || st.KeptAs == "" {
			t.Fatalf("status = %+v", st)
		}
	}
	copies := Open(m, clock).Status().Copies
	if len(copies) != 1 || m[copies[0].Key] != m[Key] || copies[0].Size != len(m[Key]) || !copies[0].Kept.Equal(now.Truncate(time.Millisecond)) {
		t.Fatalf("three starts kept %+v", copies)
	}
	m[Key] = `{"app":"notes"}`
	if st := Open(m, clock).Status(); st.Problem.Kind != Foreign || len(st.Copies) != 2 || st.KeptAs == copies[0].Key {
		t.Errorf("different data was not kept beside the first: %+v", st)
	}

	s := Open(m, clock)
	if err := s.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22") }); err != nil {
		t.Fatal(err)
	}
	kept, err := s.ReadCopy(s.Status().KeptAs)
	if err != nil || kept != `{"app":"notes"}` || !saved(t, m).Lesson("pay").Done {
		t.Errorf("the new document was not saved beside the kept data (%q, %v)", kept, err)
	}
	if err := s.RemoveCopies(copies[0].Key); err != nil || len(s.Status().Copies) != 1 {
		t.Errorf("removing one copy: %v, %+v", err, s.Status().Copies)
	}
	if _, err := s.ReadCopy(Key); err == nil {
		t.Error("the document itself was read as a copy")
	}
}

func TestDataThatCannotBeKeptAsideIsNeverOverwritten(t *testing.T) {
	b := &faulty{Memory: Memory{Key: "garbage"}, writeErr: errors.New("QuotaExceededError")}
	s := Open(b, clock)
	if s.Status().KeptAs != "" || s.Status().Hold != NotKept {
		t.Fatalf("status = %+v", s.Status())
	}
	if err := s.Update(func(d *Document) { d.SetDone("pay", true, "") }); err == nil {
		t.Error("an update claimed to save")
	}
	if b.Memory[Key] != "garbage" {
		t.Error("the unreadable data was overwritten")
	}
	if !s.Document().Lesson("pay").Done {
		t.Error("the change was lost in memory too")
	}
	b.writeErr = nil
	if err := s.Save(); err != nil || s.Status().KeptAs == "" || b.Memory[s.Status().KeptAs] != "garbage" || !saved(t, b.Memory).Lesson("pay").Done {
		t.Errorf("once there was room: %v, %+v", err, s.Status())
	}
}

func TestStorageFilledByOldCopiesSaysSoAndSavesOnceTheyAreGone(t *testing.T) {
	b := &faulty{Memory: Memory{
		asidePrefix + "20261101T000000.000Z": strings.Repeat("x", 900),
		asidePrefix + "20261102T000000.000Z": strings.Repeat("y", 900),
	}, room: 2000}
	s := Open(b, clock)
	err := s.Update(func(d *Document) { d.SetDraft("cto-role", strings.Repeat("z", 400)) })
	st := s.Status()
	if err == nil || st.Hold != Full || len(st.Copies) != 2 || st.CopiesSize() != 1800 {
		t.Fatalf("a full storage gave %v, %+v", err, st)
	}
	if err := s.RemoveCopies(); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(); err != nil || s.Status().Hold != "" || len(s.Status().Copies) != 0 {
		t.Fatalf("after removing the copies: %v, %+v", err, s.Status())
	}
	if saved(t, b.Memory).Practice.Drafts["cto-role"] == "" {
		t.Error("the draft was not saved")
	}
}

func TestFullOrDisabledStorageKeepsTheAppWorking(t *testing.T) {
	for name, tt := range map[string]struct {
		b    *faulty
		hold Hold
	}{
		"full":     {&faulty{Memory: Memory{}, writeErr: fmt.Errorf("QuotaExceededError: %w", ErrFull)}, Full},
		"disabled": {&faulty{Memory: Memory{}, readErr: errors.New("SecurityError"), writeErr: errors.New("SecurityError")}, Unread},
		"refusing": {&faulty{Memory: Memory{}, writeErr: errors.New("SecurityError")}, Refused},
	} {
		t.Run(name, func(t *testing.T) {
			s := Open(tt.b, clock)
			err := s.Update(func(d *Document) { d.Answer("pay", "q1", 1) })
			if err == nil || s.Status().Hold != tt.hold {
				t.Errorf("saving gave %v, %+v; want hold %q", err, s.Status(), tt.hold)
			}
			if s.Document().Lesson("pay").Answers["q1"] != 1 || !s.Pending() {
				t.Error("the change was lost in memory")
			}
		})
	}
}

func TestACommitThatCannotBeSavedChangesNothing(t *testing.T) {
	b := &faulty{Memory: Memory{}}
	s := Open(b, clock)
	s.Update(func(d *Document) { d.SetDone("pay", true, "") })
	before := b.Memory[Key]
	b.writeErr = fmt.Errorf("QuotaExceededError: %w", ErrFull)
	if err := s.Commit(func(d *Document) { *d = *New() }); err == nil {
		t.Fatal("the commit claimed to save")
	}
	if b.Memory[Key] != before || !s.Document().Lesson("pay").Done || s.Pending() {
		t.Errorf("a failed commit changed %+v", s.Document())
	}
	b.writeErr = nil
	if err := s.Commit(func(d *Document) { d.Rate("bcp", 1, "") }); err != nil {
		t.Fatal(err)
	}
	if d := saved(t, b.Memory); !d.Lesson("pay").Done || d.Assessment.Ratings["bcp"] != 1 {
		t.Errorf("saved %+v", d)
	}
}

func TestStartingOverRemovesEverythingTheAppKeepsAndNothingElse(t *testing.T) {
	m := Memory{
		Key:                                  `garbage`,
		asidePrefix + "20261101T000000.000Z": "old",
		heldPrefix + "abc":                   `{"app":"cxopath-progress","version":2}`,
		"cxopath.theme":                      `"dark"`,
		"cxopath.lang":                       `"ja"`,
		"another-app.settings":               "{}",
	}
	s := Open(m, clock)
	if err := s.Erase(); err != nil {
		t.Fatal(err)
	}
	if got := slices.Collect(maps.Keys(m)); len(got) != 1 || got[0] != "another-app.settings" {
		t.Errorf("left behind %v", got)
	}
	if st := s.Status(); st.Problem != nil || len(st.Copies) != 0 || !Summarize(s.Document(), known).Empty() {
		t.Errorf("after starting over: %+v", st)
	}
	s.Update(func(d *Document) { d.SetDone("pay", true, "") })
	if d := saved(t, m); d.Revision != 1 || len(d.Lessons) != 1 {
		t.Errorf("the first save after starting over: %+v", d)
	}
}

func TestReplacingTheDocumentSavesIt(t *testing.T) {
	m := Memory{}
	s := Open(m, clock)
	s.Update(func(d *Document) { d.SetDone("pay", true, "2026-11-22") })
	imported := New()
	imported.Rate("bcp", 2, "2026-11-22")
	if err := s.Commit(func(d *Document) { *d = *imported.Clone() }); err != nil {
		t.Fatal(err)
	}
	imported.Rate("bcp", 0, "2026-11-23")
	reopened := Open(m, clock).Document()
	if reopened.Lesson("pay").Done || reopened.Assessment.Ratings["bcp"] != 2 {
		t.Errorf("after replacing: %+v", reopened)
	}
}

func TestRemovingTheCopyOfDataStillInPlaceRemovesThatData(t *testing.T) {
	m := Memory{Key: "garbage"}
	s := Open(m, clock)
	kept := s.Status().KeptAs
	if err := s.RemoveCopies(kept); err != nil {
		t.Fatal(err)
	}
	if len(m) != 0 {
		t.Errorf("left %v", m)
	}
	if st := s.Status(); st.Problem != nil || st.KeptAs != "" || len(st.Copies) != 0 {
		t.Errorf("status %+v", st)
	}
	if st := Open(m, clock).Status(); st.Problem != nil {
		t.Errorf("the data came back: %+v", st)
	}
}
