//go:build !wasm

package server

import (
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
// (name.br, name.gz) when the browser accepts it.
type staticFiles struct {
	fsys  fs.FS
	etags map[string]string // by file name, of the file as stored
}

func newStaticFiles(fsys fs.FS) *staticFiles {
	s := &staticFiles{fsys: fsys, etags: map[string]string{}}
	fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if data, err := fs.ReadFile(fsys, name); err == nil {
			sum := sha256.Sum256(data)
			s.etags[name] = `"` + hex.EncodeToString(sum[:12]) + `"`
		}
		return nil
	})
	return s
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
func (s *staticFiles) url(name string) string {
	path := "/web/" + name
	if name == "gen/app.wasm" {
		path = "/web/app.wasm"
	}
	return path + "?v=" + strings.Trim(s.etags[name], `"`)
}

func (s *staticFiles) size(name string) int64 {
	info, err := fs.Stat(s.fsys, name)
	if err != nil {
		return 0
	}
	return info.Size()
}

func (s *staticFiles) serve(w http.ResponseWriter, r *http.Request, name string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	name = path.Clean(name)
	if name == "app.wasm" {
		name = "gen/app.wasm"
	}
	if !fs.ValidPath(name) || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		http.NotFound(w, r)
		return
	}
	if _, ok := s.etags[name]; !ok {
		http.NotFound(w, r)
		return
	}
	stored, encoding := name, ""
	for _, enc := range []struct{ token, suffix string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if _, ok := s.etags[name+enc.suffix]; ok && accepts(r.Header.Get("Accept-Encoding"), enc.token) {
			stored, encoding = name+enc.suffix, enc.token
			break
		}
	}
	f, err := s.fsys.Open(stored)
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
	h := w.Header()
	if _, ok := s.etags[name+".br"]; ok {
		h.Set("Vary", "Accept-Encoding")
	}
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h.Set("Content-Type", ctype)
	if v := r.URL.Query().Get("v"); v != "" && v == strings.Trim(s.etags[name], `"`) {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Set("ETag", s.etags[stored])
	serveContent(w, r, content)
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
