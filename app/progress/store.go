package progress

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	// Namespace starts every key the app keeps on the device; Erase
	// removes them all.
	Namespace = "cxopath."
	// Key is the storage key of the saved document.
	Key = Namespace + "progress"
	// asidePrefix starts the keys under which unusable data is kept.
	asidePrefix = Key + ".aside."
	// heldPrefix starts the keys under which a tab of an older build keeps
	// the changes it may not write, for the next build to fold in.
	heldPrefix = Key + ".held."
	// asideTime is how a copy's key records when it was kept.
	asideTime = "20060102T150405.000Z"
)

// Backend is where the document is kept: the browser's localStorage, or
// memory. Each call may fail (storage disabled, full, or gone).
type Backend interface {
	Get(key string) (value string, found bool, err error)
	Set(key, value string) error
	Remove(key string) error
	Keys() ([]string, error)
}

// ErrFull is what a Backend's Set wraps when storage has no room left.
var ErrFull = errors.New("storage is full")

// Hold says why changes stay in memory instead of being saved.
type Hold string

// The reasons changes are held. Each keeps the saved document as it is.
const (
	Unread  Hold = "unread"   // the saved document could not be read: it is not written over unread
	NotKept Hold = "not-kept" // unusable saved data could not be copied aside, so it is not written over
	Newer   Hold = "newer"    // a newer version of the app saved the document: this one never writes over it
	Full    Hold = "full"     // storage has no room left
	Refused Hold = "refused"  // storage refused the write (turned off, say)
)

// Status tells the learner what became of their saved data.
type Status struct {
	// Problem is set when saved data could not be used as it was.
	Problem *Problem
	// KeptAs is the key of the copy of that data; empty if it could not be
	// kept (then it was not touched either).
	KeptAs string
	// Hold says why the latest changes are not saved; empty when they are.
	// The app works on in memory and says so.
	Hold Hold
	// Copies are the copies of unusable data kept on the device, oldest
	// first.
	Copies []Copy
}

// Copy is unusable saved data kept aside.
type Copy struct {
	Key  string
	Kept time.Time // when it was kept aside; zero if the key does not say
	Size int       // in bytes
}

// CopiesSize is how many bytes the kept copies take.
func (s Status) CopiesSize() int {
	n := 0
	for _, c := range s.Copies {
		n += c.Size
	}
	return n
}

// change is one change the learner made, kept until it is saved so that it
// can be applied again to a document another tab saved meanwhile.
type change struct {
	key   string // changes with the same key replace each other ("" never)
	apply func(*Document)
}

// Store holds the learner's document. Every write re-reads the saved
// document and applies this tab's unsaved changes to it, so that two tabs
// never overwrite each other's work; the browser's Web Locks (see Browser)
// keep two tabs from writing at once. The document is never written over
// while it cannot be read, while unusable data in its place has not been
// copied aside, or when a newer version of the app wrote it. A Store is
// safe for use by several goroutines.
type Store struct {
	mu         sync.Mutex
	backend    Backend
	now        func() time.Time
	schema     int
	migrations []migration

	raw      string // the saved document as last read or written
	found    bool   // whether there was one
	read     bool   // whether raw and found were read at all
	revision int64  // the saved document's revision
	unkept   bool   // unusable data sits under Key, not yet copied aside
	doc      *Document
	pending  []change
	held     []string // held keys whose changes are in pending
	heldKey  string   // where this tab holds its own changes, once it has
	status   Status
}

// Open reads the document from the backend. Data it cannot use is copied
// aside, once per distinct content; if that copy fails, the data is left
// where it is and the store keeps its changes in memory rather than
// overwrite it. Changes that a tab of an older build held back are folded
// in, to be saved with the next change. now is the clock.
func Open(b Backend, now func() time.Time) *Store {
	return open(b, now, Schema, migrations)
}

func open(b Backend, now func() time.Time, schema int, migrations []migration) *Store {
	s := &Store{backend: b, now: now, schema: schema, migrations: migrations, doc: New()}
	s.listCopies()
	if s.load() == nil {
		s.foldHeld()
	}
	return s
}

// errNewer stops writes over a document from a newer version of the app.
var errNewer = errors.New("a newer version of the app saved the progress")

// errKeepingData stops writes that would overwrite data not yet kept aside.
var errKeepingData = errors.New("saved data that could not be read is still in place")

// load brings the store up to date with the saved document: when it
// changed, the pending changes are applied to it again. An error means
// nothing may be written now.
func (s *Store) load() error {
	raw, found, err := s.backend.Get(Key)
	if err != nil {
		s.status.Hold = Unread
		return fmt.Errorf("reading saved progress: %w", err)
	}
	if s.read && raw == s.raw && found == s.found {
		if s.status.Hold == Newer {
			return errNewer
		}
		if s.status.Hold == Unread {
			s.status.Hold = ""
		}
		return nil
	}
	s.raw, s.found, s.read = raw, found, true
	doc, problem := decode([]byte(raw), s.schema, s.migrations)
	if problem != nil && problem.Kind == Future {
		// What this tab shows and holds stays as it is; it is not saved.
		s.status.Hold = Newer
		return errNewer
	}
	if s.status.Hold == Newer || s.status.Hold == Unread {
		s.status.Hold = ""
	}
	s.unkept = false
	if problem != nil {
		s.status.Problem, s.status.KeptAs = problem, ""
		s.unkept = !s.keepAside(raw)
	}
	s.revision = doc.Revision
	for _, c := range s.pending {
		c.apply(doc)
	}
	s.doc = doc
	return nil
}

// keepAside copies unusable data aside, unless an identical copy is kept
// already, and reports whether the data is now kept.
func (s *Store) keepAside(raw string) bool {
	s.listCopies()
	for _, c := range s.status.Copies {
		if v, ok, err := s.backend.Get(c.Key); err == nil && ok && v == raw {
			s.status.KeptAs = c.Key
			return true
		}
	}
	key := asidePrefix + s.now().UTC().Format(asideTime)
	for n := 2; slices.ContainsFunc(s.status.Copies, func(c Copy) bool { return c.Key == key }); n++ {
		key = asidePrefix + s.now().UTC().Format(asideTime) + "-" + strconv.Itoa(n)
	}
	if err := s.backend.Set(key, raw); err != nil {
		s.status.Hold = NotKept
		return false
	}
	s.status.KeptAs = key
	s.listCopies()
	return true
}

// listCopies reads which copies are kept and how large each is.
func (s *Store) listCopies() {
	keys, err := s.backend.Keys()
	if err != nil {
		return
	}
	s.status.Copies = nil
	slices.Sort(keys)
	for _, k := range keys {
		if !strings.HasPrefix(k, asidePrefix) {
			continue
		}
		v, ok, err := s.backend.Get(k)
		if err != nil || !ok {
			continue
		}
		kept, _ := time.Parse(asideTime, strings.TrimPrefix(k, asidePrefix)[:min(len(asideTime), len(k)-len(asidePrefix))])
		s.status.Copies = append(s.status.Copies, Copy{Key: k, Kept: kept, Size: len(v)})
	}
}

// foldHeld takes in the changes tabs of an older build held back.
func (s *Store) foldHeld() {
	keys, err := s.backend.Keys()
	if err != nil {
		return
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !strings.HasPrefix(k, heldPrefix) {
			continue
		}
		raw, ok, err := s.backend.Get(k)
		if err != nil || !ok {
			continue
		}
		held, problem := decode([]byte(raw), s.schema, s.migrations)
		if problem != nil {
			continue
		}
		s.held = append(s.held, k)
		s.change("", func(d *Document) { *d = *Merge(d, held) })
	}
}

// hold keeps this tab's unsaved changes under a key of its own, where a
// newer build finds and folds them in: the newer document is not touched.
func (s *Store) hold() {
	if len(s.pending) == 0 {
		return
	}
	d := New()
	d.Version = s.schema
	for _, c := range s.pending {
		c.apply(d)
	}
	data, err := d.Encode()
	if err != nil {
		return
	}
	if s.heldKey == "" {
		s.heldKey = heldPrefix + strconv.FormatInt(s.now().UnixNano(), 36)
	}
	s.backend.Set(s.heldKey, string(data))
}

// Document returns a copy of the current document: the saved one with this
// tab's unsaved changes.
func (s *Store) Document() *Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.doc.Clone()
}

// Status reports problems with the saved data and with saving.
func (s *Store) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.status
	st.Copies = slices.Clone(st.Copies)
	return st
}

// Pending reports whether there are changes not saved yet.
func (s *Store) Pending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending) > 0
}

// Change applies a change to the document in memory, to be written by the
// next Save. A change with a key replaces an unsaved one with the same key
// (the draft of a card, say), so that typing does not pile changes up.
func (s *Store) Change(key string, apply func(*Document)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.change(key, apply)
}

func (s *Store) change(key string, apply func(*Document)) {
	c := change{key, apply}
	if i := slices.IndexFunc(s.pending, func(p change) bool { return key != "" && p.key == key }); i >= 0 {
		s.pending[i] = c
	} else {
		s.pending = append(s.pending, c)
	}
	apply(s.doc)
}

// Save writes the unsaved changes: it reads the saved document again,
// applies them to it, and writes the result with the next revision. The
// error says why they could not be saved; they stay in memory.
func (s *Store) Save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) == 0 {
		return nil
	}
	if err := s.ready(); err != nil {
		return err
	}
	return s.write(s.doc)
}

// Update applies a change and saves it, as Change and Save.
func (s *Store) Update(apply func(*Document)) error {
	s.Change("", apply)
	return s.Save()
}

// Commit applies a change and saves it with any unsaved ones, or, when it
// cannot be saved, leaves the document as it was: for an import, which
// must either happen or change nothing.
func (s *Store) Commit(apply func(*Document)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.ready(); err != nil {
		return err
	}
	doc := s.doc.Clone()
	apply(doc)
	if err := s.write(doc); err != nil {
		return err
	}
	return nil
}

// ready reads the saved document again before a write, and says whether
// it may be written over.
func (s *Store) ready() error {
	if err := s.load(); err != nil {
		if s.status.Hold == Newer {
			s.hold()
		}
		return err
	}
	if s.unkept {
		if s.unkept = !s.keepAside(s.raw); s.unkept {
			return errKeepingData
		}
	}
	return nil
}

// write saves doc, which holds every pending change, as the next revision.
func (s *Store) write(doc *Document) error {
	doc.App, doc.Version, doc.Revision = Marker, s.schema, s.revision+1
	data, err := doc.Encode()
	if err == nil {
		err = s.backend.Set(Key, string(data))
	}
	if err != nil {
		s.status.Hold = Refused
		if errors.Is(err, ErrFull) {
			s.status.Hold = Full
			s.listCopies()
		}
		return fmt.Errorf("saving progress: %w", err)
	}
	s.raw, s.found, s.revision = string(data), true, doc.Revision
	s.doc, s.pending, s.status.Hold = doc, nil, ""
	for _, k := range append(s.held, s.heldKey) {
		if k != "" {
			s.backend.Remove(k)
		}
	}
	s.held, s.heldKey = nil, ""
	return nil
}

// Refresh reads again what another tab changed under key ("" for all of
// it), and reports whether what the store shows or reports changed.
func (s *Store) Refresh(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	before, hold, copies := s.raw, s.status.Hold, len(s.status.Copies)
	s.load()
	if key == "" || strings.HasPrefix(key, asidePrefix) {
		s.listCopies()
	}
	return s.raw != before || s.status.Hold != hold || len(s.status.Copies) != copies
}

// Erase removes everything the app keeps on the device: the document, the
// copies kept aside, changes held for a newer build and every other key
// under Namespace (the theme and language too). The store starts afresh.
func (s *Store) Erase() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys, err := s.backend.Keys()
	if err != nil {
		keys = []string{Key}
	}
	for _, k := range keys {
		if strings.HasPrefix(k, Namespace) {
			if e := s.backend.Remove(k); e != nil && err == nil {
				err = e
			}
		}
	}
	s.raw, s.found, s.read, s.revision, s.unkept = "", false, true, 0, false
	s.doc, s.pending, s.held, s.heldKey = New(), nil, nil, ""
	s.doc.Version = s.schema
	s.status = Status{}
	s.listCopies()
	if err != nil {
		return fmt.Errorf("erasing what the app keeps: %w", err)
	}
	return nil
}

// ReadCopy returns a copy kept aside.
func (s *Store) ReadCopy(key string) (string, error) {
	if !strings.HasPrefix(key, asidePrefix) {
		return "", fmt.Errorf("%q is not a kept copy", key)
	}
	v, ok, err := s.backend.Get(key)
	if err == nil && !ok {
		err = fmt.Errorf("%q is gone", key)
	}
	return v, err
}

// RemoveCopies removes copies kept aside: the given ones, or all of them.
// Removing the copy of unusable data that still sits in the document's
// place removes that data too: the learner chose to be rid of it.
func (s *Store) RemoveCopies(keys ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(keys) == 0 {
		for _, c := range s.status.Copies {
			keys = append(keys, c.Key)
		}
	}
	var err error
	for _, k := range keys {
		if !strings.HasPrefix(k, asidePrefix) {
			continue
		}
		v, _, _ := s.backend.Get(k)
		if e := s.backend.Remove(k); e != nil {
			err = fmt.Errorf("removing a kept copy: %w", e)
			continue
		}
		if s.found && v == s.raw && s.backend.Remove(Key) == nil {
			s.raw, s.found, s.unkept = "", false, false
		}
		if k == s.status.KeptAs {
			s.status.Problem, s.status.KeptAs = nil, ""
		}
	}
	s.listCopies()
	if s.status.Hold == Full || s.status.Hold == NotKept {
		s.status.Hold = ""
	}
	return err
}

// Memory is a Backend in memory: the server's, and the tests'.
type Memory map[string]string

// Get returns a stored value.
func (m Memory) Get(key string) (string, bool, error) {
	v, ok := m[key]
	return v, ok, nil
}

// Set stores a value.
func (m Memory) Set(key, value string) error {
	m[key] = value
	return nil
}

// Remove deletes a value.
func (m Memory) Remove(key string) error {
	delete(m, key)
	return nil
}

// Keys lists the stored keys.
func (m Memory) Keys() ([]string, error) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys, nil
}
