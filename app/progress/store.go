package progress

import (
	"errors"
	"fmt"
	"time"
)

// Key is the storage key of the saved document.
const Key = "cxopath.progress"

// asidePrefix starts the keys under which unusable data is kept.
const asidePrefix = "cxopath.progress.aside."

// Backend is where the document is kept: the browser's localStorage, or
// memory. Each call may fail (storage disabled, full, or gone).
type Backend interface {
	Get(key string) (value string, found bool, err error)
	Set(key, value string) error
}

// Status tells the learner what became of their saved data.
type Status struct {
	// Problem is set when saved data could not be used as it was.
	Problem *Problem
	// KeptAs is the key the unusable data was copied to; empty if it could
	// not be kept (then it was not touched either).
	KeptAs string
	// Unsaved is set while changes cannot be written: the app works on in
	// memory and says so.
	Unsaved error
}

// Store holds the learner's document and writes every change through to the
// backend, surviving a backend that fails.
type Store struct {
	backend Backend
	doc     *Document
	status  Status
}

// Open reads the document from the backend. Data it cannot use is copied
// aside first; if that copy fails, the data is left where it is and the
// store keeps its changes in memory rather than overwrite it.
func Open(b Backend, now time.Time) *Store {
	s := &Store{backend: b, doc: New()}
	raw, found, err := b.Get(Key)
	if err != nil {
		s.status.Unsaved = fmt.Errorf("reading saved progress: %w", err)
		return s
	}
	if !found {
		return s
	}
	doc, problem := Decode([]byte(raw))
	s.doc = doc
	if problem == nil {
		return s
	}
	s.status.Problem = problem
	aside := asidePrefix + now.UTC().Format("20060102T150405.000Z")
	if err := b.Set(aside, raw); err != nil {
		s.status.Unsaved = fmt.Errorf("keeping unreadable progress aside: %w", err)
		return s
	}
	s.status.KeptAs = aside
	return s
}

// Document returns a copy of the current document.
func (s *Store) Document() *Document { return s.doc.Clone() }

// Status reports problems with the saved data and with saving.
func (s *Store) Status() Status { return s.status }

// errKeepingData stops writes that would overwrite data not yet kept aside.
var errKeepingData = errors.New("saved data that could not be read is still in place")

// Update applies change to the document and saves it. The change always
// takes effect in memory; the error says it could not be saved.
func (s *Store) Update(change func(*Document)) error {
	change(s.doc)
	if s.status.Problem != nil && s.status.KeptAs == "" {
		s.status.Unsaved = errKeepingData
		return errKeepingData
	}
	data, err := s.doc.Encode()
	if err == nil {
		err = s.backend.Set(Key, string(data))
	}
	if err != nil {
		s.status.Unsaved = fmt.Errorf("saving progress: %w", err)
		return s.status.Unsaved
	}
	s.status.Unsaved = nil
	return nil
}

// Replace puts doc in place of the learner's document (an import, or a
// reset with New()) and saves it.
func (s *Store) Replace(doc *Document) error {
	fresh := doc.Clone()
	return s.Update(func(d *Document) { *d = *fresh })
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
