//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/andybalholm/brotli"
)

// rendered is one response made by go-app's handler (a page, or its script,
// worker or manifest), kept in memory with its brotli and gzip copies.
type rendered struct {
	status int
	header http.Header
	bodies map[string][]byte // by content coding: "", "br", "gzip"
	etags  map[string]string
}

// renderOnce keeps what go-app's handler renders: the pages and files of one
// version never change, so each is rendered and compressed once, on its first
// request, and served from memory after that. Addresses with a query the
// page reads (a comparison, a search; see pageQuery) are kept too, up to a
// bound; past it they are rendered for each request and not compressed.
type renderOnce struct {
	mu    sync.Mutex
	cache map[string]*onceRendered
}

// maxRendered bounds the cache. Measured on this build (raw, brotli and gzip
// bodies together): the 98 pages and files with no query take 30 KB each on
// average, the 78 lessons side by side 68 KB (86 KB at most), and searches,
// which take most of the remaining places, 26 KB (46 KB at most). A full
// cache is then about 30 MB, and at most about 62 MB, were every remaining
// place taken by the largest page with no query (64 KB).
const maxRendered = 1024

type onceRendered struct {
	once sync.Once
	r    *rendered
}

func newRenderOnce() *renderOnce {
	return &renderOnce{cache: map[string]*onceRendered{}}
}

// get returns the response kept under key, made by render on the first ask.
func (c *renderOnce) get(key string, render func() *capture) *rendered {
	c.mu.Lock()
	e, ok := c.cache[key]
	if !ok && len(c.cache) >= maxRendered {
		c.mu.Unlock()
		return newRendered(render(), false)
	}
	if !ok {
		e = &onceRendered{}
		c.cache[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.r = newRendered(render(), true) })
	return e.r
}

func newRendered(rec *capture, compressed bool) *rendered {
	raw := rec.body.Bytes()
	r := &rendered{
		status: rec.status,
		header: http.Header{},
		bodies: map[string][]byte{"": raw},
		etags:  map[string]string{},
	}
	for _, k := range []string{"Content-Type", "Cache-Control"} {
		if v := rec.header.Get(k); v != "" {
			r.header.Set(k, v)
		}
	}
	if compressed && len(raw) > 512 {
		r.bodies["br"] = compress(raw, func(b *bytes.Buffer) io.WriteCloser {
			return brotli.NewWriterOptions(b, brotli.WriterOptions{Quality: 9})
		})
		r.bodies["gzip"] = compress(raw, func(b *bytes.Buffer) io.WriteCloser {
			w, _ := gzip.NewWriterLevel(b, gzip.BestCompression)
			return w
		})
	}
	for coding, body := range r.bodies {
		r.etags[coding] = etagOf(body)
	}
	return r
}

func compress(data []byte, open func(*bytes.Buffer) io.WriteCloser) []byte {
	var b bytes.Buffer
	w := open(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// serve answers a request with the rendered response: the smallest coding
// the client accepts, a strong ETag of exactly those bytes (a matching
// If-None-Match gets 304), ranges and HEAD.
func (r *rendered) serve(w http.ResponseWriter, req *http.Request) {
	coding := ""
	for _, c := range codings {
		if _, ok := r.bodies[c.token]; ok && accepts(req.Header.Get("Accept-Encoding"), c.token) {
			coding = c.token
			break
		}
	}
	h := newHeaderSetter(w.Header(), len(r.header)+4)
	for k, v := range r.header {
		h.set(k, v[0])
	}
	if len(r.bodies) > 1 {
		h.set("Vary", acceptEncoding)
	}
	if coding != "" {
		h.set("Content-Encoding", coding)
	}
	if r.status != http.StatusOK {
		h.set("Content-Length", strconv.Itoa(len(r.bodies[coding])))
		w.WriteHeader(r.status)
		if req.Method != http.MethodHead {
			w.Write(r.bodies[coding])
		}
		return
	}
	h.set("Cache-Control", revalidate)
	h.set("Etag", r.etags[coding])
	serveBytes(w, req, r.bodies[coding])
}

// capture is a response written to memory.
type capture struct {
	status int
	header http.Header
	body   bytes.Buffer
}

func newCapture() *capture { return &capture{status: http.StatusOK, header: http.Header{}} }

func (c *capture) Header() http.Header         { return c.header }
func (c *capture) Write(b []byte) (int, error) { return c.body.Write(b) }
func (c *capture) WriteHeader(status int)      { c.status = status }
