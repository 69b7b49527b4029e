//go:build !wasm

package server

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/cxopath/cxopath/web"
)

// BenchmarkPreRenderLesson measures serving a lesson page as the server
// does (rendered once, then from memory) against rendering it for every
// request (go-app's way), and the page's size.
func BenchmarkPreRenderLesson(b *testing.B) {
	h := NewHandler(web.FS)
	const path = "/ko/lessons/cto-vs-cio"
	b.Run("once", func(b *testing.B) {
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			if rec.Code != http.StatusOK {
				b.Fatalf("status %d", rec.Code)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "us/page")
	})
	b.Run("each", func(b *testing.B) {
		var size int
		for b.Loop() {
			c := h.render(&url.URL{Path: path})
			if c.status != http.StatusOK {
				b.Fatalf("status %d", c.status)
			}
			size = c.body.Len()
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "us/page")
		b.ReportMetric(float64(size), "html-bytes")
	})
}

// BenchmarkWASMSize reports the size of the built app.wasm as served: raw,
// gzip and brotli. It needs `make build` first.
func BenchmarkWASMSize(b *testing.B) {
	sizes := map[string]string{"gen/app.wasm": "raw-bytes", "gen/app.wasm.gz": "gzip-bytes", "gen/app.wasm.br": "brotli-bytes"}
	for b.Loop() {
	}
	for name, unit := range sizes {
		info, err := fs.Stat(web.FS, name)
		if err != nil {
			b.Fatalf("%s is not built: run make build", name)
		}
		b.ReportMetric(float64(info.Size()), unit)
	}
}

// BenchmarkServeAsset measures the handler alone answering a small asset,
// the request wrk sends in make bench.
func BenchmarkServeAsset(b *testing.B) {
	h := NewHandler(web.FS)
	req := httptest.NewRequest(http.MethodGet, "/web/js/theme.js", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
