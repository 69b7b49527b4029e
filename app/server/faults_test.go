//go:build !wasm

package server

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// listen runs the real server configuration on a loopback port, with the
// header timeout shortened so a test need not wait five seconds.
func listen(t testing.TB, h http.Handler, log *accessLog) (addr string, srv *http.Server) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv = newServer(h, log)
	srv.ReadHeaderTimeout = 300 * time.Millisecond
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String(), srv
}

// raw sends bytes as they are and returns the status of the answer.
func raw(t *testing.T, addr, request string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, request); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%.60q: %v", request, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestBadRequestsGetAClearAnswerAndNothingElse(t *testing.T) {
	addr, _ := listen(t, NewHandler(testWeb(t)), newAccessLog(io.Discard))
	long := strings.Repeat("a", 10<<10)
	tests := []struct {
		name, request string
		want          int
	}{
		{"dot segments", "GET /web/../main.go HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"encoded dots", "GET /web/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"encoded slashes", "GET /web/..%2f..%2fgo.mod HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"double encoding", "GET /web/%252e%252e/%252e%252e/go.mod HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"backslashes", "GET /web/..%5c..%5cgo.mod HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"overlong UTF-8", "GET /web/%c0%ae%c0%ae/%c0%ae%c0%ae/go.mod HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"NUL byte", "GET /web/css/app.css%00.png HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"malformed escape", "GET /en/%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400},
		{"truncated escape", "GET /web/css/app.css% HTTP/1.1\r\nHost: x\r\n\r\n", 400},
		{"control byte", "GET /en/\x01 HTTP/1.1\r\nHost: x\r\n\r\n", 400},
		{"escaped control byte", "GET /en/%01%7f HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"10 KB path", "GET /en/" + long + " HTTP/1.1\r\nHost: x\r\n\r\n", 404},
		{"header over the limit", "GET /en/ HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("b", 40<<10) + "\r\n\r\n", 431},
		{"no host", "GET /en/ HTTP/1.1\r\n\r\n", 400},
		{"absolute form", "GET http://" + addr + "/en/ HTTP/1.1\r\nHost: " + addr + "\r\n\r\n", 200},
		{"POST", "POST /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 405},
		{"TRACE", "TRACE /web/css/app.css HTTP/1.1\r\nHost: x\r\n\r\n", 405},
		{"reversed range", "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nRange: bytes=9-2\r\n\r\n", 416},
		{"range past the end", "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nRange: bytes=999999999-\r\n\r\n", 416},
		{"range of words", "GET /en/ HTTP/1.1\r\nHost: x\r\nRange: bytes=a-b\r\n\r\n", 416},
		{"negative range", "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nRange: bytes=--5\r\n\r\n", 416},
		{"huge suffix range", "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nRange: bytes=-99999999999999999999999\r\n\r\n", 416},
		{"other range unit", "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nRange: lines=1-2\r\n\r\n", 200},
		{"wildcard If-None-Match", "GET /web/css/app.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: *\r\n\r\n", 304},
		{"stale If-None-Match", "GET /web/css/app.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"old\"\r\n\r\n", 200},
		{"every coding refused", "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br;q=0, gzip;q=0, *;q=0\r\n\r\n", 200},
		{"garbage Accept-Language", "GET / HTTP/1.1\r\nHost: x\r\nAccept-Language: ;;;q=zz,\xff\xfe-*-, en-;q=-1\r\n\r\n", 302},
	}
	for _, tt := range tests {
		status, b := raw(t, addr, tt.request)
		if status != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, status, tt.want)
		}
		if strings.Contains(b, "package ") || strings.Contains(b, "root:") || strings.Contains(b, "module ") {
			t.Errorf("%s: the answer shows a file outside the assets", tt.name)
		}
	}
	// A refused coding is honoured, and garbage languages fall back to English.
	conn := "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br;q=0, gzip;q=0, *;q=0\r\n\r\n"
	if _, b := raw(t, addr, conn); b != "\x00asm raw bytes of the app" {
		t.Errorf("every coding refused: got %q", b)
	}
}

func TestSlowHeadersAreCutOffWhileOthersAreServed(t *testing.T) {
	addr, srv := listen(t, NewHandler(testWeb(t)), newAccessLog(io.Discard))
	// The client waits far longer than the server gives a request for its
	// headers, so that a connection accepted late under load still has its
	// headers cut off in time, and shorter than the server's ReadTimeout,
	// so that it is the header limit that cuts them off.
	const wait = 10 * time.Second
	if wait < 20*srv.ReadHeaderTimeout || wait >= srv.ReadTimeout {
		t.Fatalf("waiting %v tells nothing with a %v header timeout and a %v read timeout", wait, srv.ReadHeaderTimeout, srv.ReadTimeout)
	}
	const slow = 500
	conns := make([]net.Conn, 0, slow)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range slow {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("opening slow connection %d: %v", len(conns), err)
		}
		io.WriteString(c, "GET /en/ HTTP/1.1\r\nHost: x\r\nX-Slow: ")
		conns = append(conns, c)
	}
	client := &http.Client{Timeout: wait}
	for i := range 20 {
		res, err := client.Get("http://" + addr + "/web/css/app.css")
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("request %d while %d connections dawdle: %v", i, slow, err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	open := 0
	for _, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.SetReadDeadline(time.Now().Add(wait))
			_, err := io.Copy(io.Discard, c)
			if errors.Is(err, os.ErrDeadlineExceeded) {
				mu.Lock()
				open++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if open > 0 {
		t.Errorf("%d of %d slow connections were still open after %v", open, slow, wait)
	}
}

var combinedLog = regexp.MustCompile(`^127\.0\.0\.1 - - \[\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "GET /ja/\?q=\\"x\\" HTTP/1\.1" 200 \d+ "-" "probe \\"1\\""$`)

func TestEachRequestIsOneLineOfTheCombinedLogFormat(t *testing.T) {
	var log bytes.Buffer
	access := newAccessLog(&log)
	addr, srv := listen(t, NewHandler(testWeb(t)), access)
	raw(t, addr, "GET /ja/?q=\"x\" HTTP/1.1\r\nHost: x\r\nUser-Agent: probe \"1\"\r\n\r\n")
	// The line is logged once the handler returns, which may be after the
	// client has its answer: Shutdown waits for that, as serve does.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	access.flush()
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	if len(lines) != 1 || !combinedLog.MatchString(lines[0]) {
		t.Errorf("log:\n%s", log.String())
	}
}

func TestLogFieldsStayOnOneLine(t *testing.T) {
	for _, tt := range []struct {
		parts []string
		want  string
	}{
		{nil, `"-"`},
		{[]string{"", ""}, `"-"`},
		{[]string{"GET", " ", "/a?b=\"c\"", " ", "HTTP/1.1"}, `"GET /a?b=\"c\" HTTP/1.1"`},
		{[]string{"a\\b\nc\x7f"}, `"a\\b\x0ac\x7f"`},
	} {
		if got := string(appendQuoted(nil, tt.parts...)); got != tt.want {
			t.Errorf("%q: %s, want %s", tt.parts, got, tt.want)
		}
	}
}
