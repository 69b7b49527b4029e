//go:build !wasm

package server

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cxopath/cxopath/web"
)

// BenchmarkPreRenderLesson measures the server's time to pre-render a lesson
// page, and its size.
func BenchmarkPreRenderLesson(b *testing.B) {
	h := NewHandler(web.FS)
	var size int
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ko/lessons/cto-vs-cio", nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size), "html-bytes")
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
