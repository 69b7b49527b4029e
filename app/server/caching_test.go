//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/cxopath/cxopath/web"
)

func TestPagesRevalidateWithAStrongETag(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, accept := range []string{"", "gzip", "br, gzip"} {
		first := get(t, h, "/ko/lessons/pay", "Accept-Encoding", accept)
		etag := first.Header.Get("ETag")
		if first.StatusCode != http.StatusOK || !regexp.MustCompile(`^"[0-9a-f]{24}"$`).MatchString(etag) {
			t.Fatalf("%q: status %d, ETag %q", accept, first.StatusCode, etag)
		}
		if first.Header.Get("Cache-Control") != "no-cache" || first.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("%q: Cache-Control %q, Vary %q", accept, first.Header.Get("Cache-Control"), first.Header.Get("Vary"))
		}
		tests := []struct {
			ifNoneMatch string
			want        int
		}{
			{etag, http.StatusNotModified},
			{`"stale", ` + etag, http.StatusNotModified},
			{"*", http.StatusNotModified},
			{`"0123456789abcdef01234567"`, http.StatusOK},
			{"W/" + etag, http.StatusNotModified}, // weak comparison, as RFC 9110 asks for If-None-Match
			{"garbage", http.StatusOK},
		}
		for _, tt := range tests {
			r := get(t, h, "/ko/lessons/pay", "Accept-Encoding", accept, "If-None-Match", tt.ifNoneMatch)
			if b := body(t, r); r.StatusCode != tt.want || (tt.want == http.StatusNotModified && b != "") {
				t.Errorf("%q, If-None-Match %s: %d with %d bytes, want %d", accept, tt.ifNoneMatch, r.StatusCode, len(b), tt.want)
			}
		}
	}
	plain := get(t, h, "/ko/lessons/pay").Header.Get("ETag")
	br := get(t, h, "/ko/lessons/pay", "Accept-Encoding", "br").Header.Get("ETag")
	other := get(t, h, "/ja/lessons/pay").Header.Get("ETag")
	if plain == br || plain == other {
		t.Errorf("one ETag for different bytes: plain %s, brotli %s, Japanese %s", plain, br, other)
	}
}

func TestPagesAreServedCompressedWithTheirLength(t *testing.T) {
	h := NewHandler(testWeb(t))
	plain := body(t, get(t, h, "/en/"))
	for _, tt := range []struct{ accept, encoding string }{{"br", "br"}, {"gzip", "gzip"}, {"br;q=0, gzip;q=0", ""}} {
		r := get(t, h, "/en/", "Accept-Encoding", tt.accept)
		b := body(t, r)
		if r.Header.Get("Content-Encoding") != tt.encoding || r.Header.Get("Content-Length") != strconv.Itoa(len(b)) {
			t.Errorf("%q: encoding %q, Content-Length %q for %d bytes", tt.accept, r.Header.Get("Content-Encoding"), r.Header.Get("Content-Length"), len(b))
		}
		if tt.encoding != "" && len(b)*3 > len(plain) {
			t.Errorf("%q: %d bytes for a %d-byte page", tt.accept, len(b), len(plain))
		}
	}
	for _, accept := range []string{"br", "gzip", ""} {
		r := get(t, h, "/web/css/app.css", "Accept-Encoding", accept)
		if b := body(t, r); r.Header.Get("Content-Length") != strconv.Itoa(len(b)) || len(b) == 0 {
			t.Errorf("the stylesheet for %q: Content-Length %q for %d bytes", accept, r.Header.Get("Content-Length"), len(b))
		}
	}
	head := request(t, h, http.MethodHead, "/en/", "Accept-Encoding", "br")
	if b := body(t, head); b != "" || head.Header.Get("Content-Length") == "" {
		t.Errorf("HEAD: %d bytes of body, Content-Length %q", len(b), head.Header.Get("Content-Length"))
	}
	r := get(t, h, "/en/", "Range", "bytes=0-14")
	if b := body(t, r); r.StatusCode != http.StatusPartialContent || b != plain[:15] {
		t.Errorf("a range of a page: %d %q", r.StatusCode, b)
	}
}

func TestEachPageIsRenderedOnce(t *testing.T) {
	c := newRenderOnce()
	var renders atomic.Int32
	render := func() *capture {
		renders.Add(1)
		c := newCapture()
		c.Write([]byte(strings.Repeat("a page ", 200)))
		return c
	}
	var wg sync.WaitGroup
	got := make([]*rendered, 50)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = c.get("/en/", render)
		}()
	}
	wg.Wait()
	if renders.Load() != 1 {
		t.Errorf("50 requests rendered the page %d times", renders.Load())
	}
	for _, r := range got {
		if r != got[0] || len(r.bodies) != 3 {
			t.Fatalf("requests got different renders, or no compressed copies: %d bodies", len(r.bodies))
		}
	}
	for i := len(c.cache); i < maxRendered; i++ {
		c.get(strconv.Itoa(i), newCapture)
	}
	renders.Store(0)
	for range 3 {
		if r := c.get("/en/search?q=one-more", render); len(r.bodies) != 1 {
			t.Errorf("past the bound, an address was compressed")
		}
	}
	if renders.Load() != 3 || len(c.cache) != maxRendered {
		t.Errorf("past the bound: %d renders for 3 requests, %d kept", renders.Load(), len(c.cache))
	}
}

func TestVersionedAssetsAreKeptForAYear(t *testing.T) {
	h := NewHandler(testWeb(t))
	script := body(t, get(t, h, "/app.js"))
	wasm := regexp.MustCompile(`/web/app\.wasm\?v=[0-9a-f]{24}`).FindString(script)
	doc := body(t, get(t, h, "/en/"))
	css := regexp.MustCompile(`/web/css/app\.css\?v=[0-9a-f]{24}`).FindString(doc)
	js := regexp.MustCompile(`/web/js/theme\.js\?v=[0-9a-f]{24}`).FindString(doc)
	if wasm == "" || css == "" || js == "" {
		t.Fatalf("versioned addresses missing: wasm %q, css %q, js %q", wasm, css, js)
	}
	worker := body(t, get(t, h, "/app-worker.js"))
	for _, path := range []string{wasm, css, js} {
		if !strings.Contains(worker, `"`+path+`"`) {
			t.Errorf("the worker does not precache %s", path)
		}
		r := get(t, h, path, "Accept-Encoding", "br")
		if r.StatusCode != http.StatusOK || r.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d, Cache-Control %q", path, r.StatusCode, r.Header.Get("Cache-Control"))
		}
	}
	for _, path := range []string{"/web/css/app.css", "/web/css/app.css?v=0123456789abcdef01234567", "/web/app.wasm?v=", "/web/icons/icon.svg"} {
		if r := get(t, h, path); r.StatusCode != http.StatusOK || r.Header.Get("Cache-Control") != "no-cache" || r.Header.Get("ETag") == "" {
			t.Errorf("%s: %d, Cache-Control %q, ETag %q", path, r.StatusCode, r.Header.Get("Cache-Control"), r.Header.Get("ETag"))
		}
	}
}

// TestCompressedCopiesMatchTheirFiles guards against a stale .br or .gz
// beside a file that changed since: the server would serve old bytes to
// every browser that accepts compression.
func TestCompressedCopiesMatchTheirFiles(t *testing.T) {
	err := fs.WalkDir(web.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var open func(io.Reader) (io.Reader, error)
		switch path.Ext(name) {
		case ".br":
			open = func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }
		case ".gz":
			open = func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }
		default:
			return nil
		}
		original, err := fs.ReadFile(web.FS, strings.TrimSuffix(name, path.Ext(name)))
		if err != nil {
			t.Errorf("%s has no original: %v", name, err)
			return nil
		}
		f, err := web.FS.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r, err := open(f)
		var got []byte
		if err == nil {
			got, err = io.ReadAll(r)
		}
		if err != nil || !bytes.Equal(got, original) {
			t.Errorf("%s does not decompress to its original (%v): run make", name, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
