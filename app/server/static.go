//go:build !wasm

package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// staticFiles serves the assets under /web/, choosing a pre-compressed copy
// (name.br, name.gz) when the browser accepts it. What a response needs is
// worked out once, when the server starts.
type staticFiles struct {
	fsys   fs.FS
	etags  map[string]string // by file name, of the file as stored
	assets map[string]*asset // by the name of the original file
}

// asset is one original file and its compressed copies.
type asset struct {
	contentType string
	version     string                // the ?v= that names this content
	copies      map[string]storedCopy // by content coding: "", "br", "gzip"
}

type storedCopy struct {
	name string
	etag string
	data []byte // the bytes of a small file, kept in memory
}

// keepInMemory is the size up to which a file's bytes are kept in memory:
// the stylesheet, scripts and icons, not app.wasm.
const keepInMemory = 256 << 10

// Header values that many responses carry.
const (
	cacheForAYear  = "public, max-age=31536000, immutable"
	revalidate     = "no-cache"
	acceptEncoding = "Accept-Encoding"
)

// codings are the content codings served, best first, with the suffix of
// their stored copies.
var codings = []struct{ token, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

func newStaticFiles(fsys fs.FS) *staticFiles {
	s := &staticFiles{fsys: fsys, etags: map[string]string{}, assets: map[string]*asset{}}
	small := map[string][]byte{}
	fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if data, err := fs.ReadFile(fsys, name); err == nil {
			s.etags[name] = etagOf(data)
			if len(data) <= keepInMemory {
				small[name] = data
			}
		}
		return nil
	})
	stored := func(name string) storedCopy {
		return storedCopy{name: name, etag: s.etags[name], data: small[name]}
	}
	for name, etag := range s.etags {
		if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			continue
		}
		ctype := mime.TypeByExtension(path.Ext(name))
		if path.Ext(name) == ".woff2" {
			ctype = "font/woff2" // not in Go's table, nor in every system's
		}
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		a := &asset{contentType: ctype, version: strings.Trim(etag, `"`),
			copies: map[string]storedCopy{"": stored(name)}}
		for _, c := range codings {
			if _, ok := s.etags[name+c.suffix]; ok {
				a.copies[c.token] = stored(name + c.suffix)
			}
		}
		s.assets[name] = a
	}
	return s
}

// etagOf is the strong entity tag of exactly these bytes.
func etagOf(data []byte) string {
	sum := sha256.Sum256(data)
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}

// version is a hash of every asset: it changes with the build and only then.
func (s *staticFiles) version() string {
	names := make([]string, 0, len(s.etags))
	for name := range s.etags {
		names = append(names, name)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		h.Write([]byte(name + s.etags[name] + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// url is the address of an asset that names its content, so a response to it
// can be kept for a year: a new build gives a changed file a new address.
// What the build makes (gen/: app.wasm, the lessons' text) is served at the
// top of /web/, as the static export writes it. A file that is not there
// (a binary built without `make`; Main says so) gets its plain address.
func (s *staticFiles) url(name string) string {
	u := "/web/" + strings.TrimPrefix(name, "gen/")
	if a, ok := s.assets[name]; ok {
		u += "?v=" + a.version
	}
	return u
}

func (s *staticFiles) size(name string) int64 {
	info, err := fs.Stat(s.fsys, name)
	if err != nil {
		return 0
	}
	return info.Size()
}

func (s *staticFiles) serve(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := s.assets[name] // only the names of files that exist: no path reaches the file system
	if !ok && !strings.Contains(name, "/") {
		a, ok = s.assets["gen/"+name] // what the build makes, at the top of /web/
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	coding := ""
	for _, c := range codings {
		if _, ok := a.copies[c.token]; ok && accepts(r.Header.Get("Accept-Encoding"), c.token) {
			coding = c.token
			break
		}
	}
	stored := a.copies[coding]
	h := newHeaderSetter(w.Header(), 5)
	if len(a.copies) > 1 {
		h.set("Vary", acceptEncoding)
	}
	if coding != "" {
		h.set("Content-Encoding", coding)
	}
	h.set("Content-Type", a.contentType)
	if v, ok := strings.CutPrefix(r.URL.RawQuery, "v="); ok && v == a.version {
		h.set("Cache-Control", cacheForAYear)
	} else {
		h.set("Cache-Control", revalidate)
	}
	h.set("Etag", stored.etag)
	if stored.data != nil {
		serveBytes(w, r, stored.data)
		return
	}
	f, err := s.fsys.Open(stored.name)
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	content, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	serveContent(w, r, content)
}

// serveBytes answers with a body held in memory: http.ServeContent, with
// the length stated up front when the whole body goes out (a 304 drops it).
func serveBytes(w http.ResponseWriter, r *http.Request, data []byte) {
	if r.Header.Get("Range") != "" {
		serveContent(w, r, bytes.NewReader(data))
		return
	}
	w.Header()["Content-Length"] = []string{strconv.Itoa(len(data))}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// serveContent is http.ServeContent (conditional requests, ranges, HEAD)
// that also states the length of a compressed body, which ServeContent
// leaves out, so downloads show their progress and HEAD tells the size.
func serveContent(w http.ResponseWriter, r *http.Request, content io.ReadSeeker) {
	size, err := content.Seek(0, io.SeekEnd)
	if err == nil {
		_, err = content.Seek(0, io.SeekStart)
	}
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	if rg := r.Header.Get("Range"); rg != "" && !strings.HasPrefix(rg, "bytes=") {
		// A range unit other than bytes is ignored (RFC 9110, 14.2).
		r = r.Clone(r.Context())
		r.Header.Del("Range")
	}
	http.ServeContent(&lengthWriter{ResponseWriter: w, size: size}, r, "", time.Time{}, content)
}

type lengthWriter struct {
	http.ResponseWriter
	size int64
}

func (w *lengthWriter) WriteHeader(status int) {
	h := w.Header()
	if h.Get("Content-Length") == "" && h.Get("Content-Encoding") != "" {
		switch status {
		case http.StatusOK:
			h.Set("Content-Length", strconv.FormatInt(w.size, 10))
		case http.StatusPartialContent:
			var first, last, size int64
			if n, _ := fmt.Sscanf(h.Get("Content-Range"), "bytes %d-%d/%d", &first, &last, &size); n == 3 {
				h.Set("Content-Length", strconv.FormatInt(last-first+1, 10))
			}
		}
	}
	w.ResponseWriter.WriteHeader(status)
}

// accepts reports whether an Accept-Encoding header allows the coding token
// (explicitly or through *), honouring q=0 as a refusal.
func accepts(header, token string) bool {
	allowed := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != token && name != "*" {
			continue
		}
		q := 1.0
		if k, v, ok := strings.Cut(strings.TrimSpace(params), "="); ok && strings.TrimSpace(k) == "q" {
			if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
				q = f
			}
		}
		if name == token {
			return q > 0
		}
		allowed = q > 0
	}
	return allowed
}
