//go:build !wasm

package server

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

var (
	fuzzOnce    sync.Once
	fuzzHandler http.Handler
)

// FuzzRequest sends the handler whatever request line and headers Go's own
// HTTP parser accepts, as the server would. Whatever comes in, the answer is
// never a server error, always carries the security headers, and never shows
// a file outside the assets. `make fuzz` runs it.
func FuzzRequest(f *testing.F) {
	for _, seed := range []string{
		"GET /en/ HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET /ko/lessons/pay?x=1#y HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\n\r\n",
		"HEAD /web/app.wasm HTTP/1.1\r\nHost: x\r\nRange: bytes=1-3,5-\r\n\r\n",
		"GET /web/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: x\r\nAccept-Language: ja;q=0.9, ko\r\nCookie: lang=ko\r\n\r\n",
		"GET /ja/roles/compare?roles=cto,cio,,zz HTTP/1.1\r\nHost: x\r\nIf-None-Match: *\r\n\r\n",
		"DELETE /app.js HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET /en/search?q=%E3%83%AA HTTP/1.1\r\nHost: x\r\n\r\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(raw)))
		if err != nil {
			return // the server answers 400 before any handler runs
		}
		fuzzOnce.Do(func() { fuzzHandler = NewHandler(testWeb(t)) })
		rec := httptest.NewRecorder()
		fuzzHandler.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Errorf("%q: status %d", raw, rec.Code)
		}
		if rec.Header().Get("Content-Security-Policy") == "" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%q: no security headers", raw)
		}
		if b := rec.Body.String(); strings.Contains(b, "package ") || strings.Contains(b, "root:") || strings.Contains(b, "module github") {
			t.Errorf("%q: shows a file outside the assets", raw)
		}
	})
}
