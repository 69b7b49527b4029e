//go:build !wasm

package server

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// accessLog writes one line per request in the Combined Log Format that web
// servers share, so the usual tools read it. Lines go through a buffer that
// is written out within a second (as nginx's access_log does with buffer=
// and flush=), so logging costs no system call per request.
type accessLog struct {
	mu      sync.Mutex
	w       *bufio.Writer
	pending *time.Timer
}

func newAccessLog(to io.Writer) *accessLog {
	return &accessLog{w: bufio.NewWriterSize(to, 32<<10)}
}

// wrap logs every request next answers.
func (l *accessLog) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		next.ServeHTTP(rec, r)
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		l.write(fmt.Sprintf("%s - - [%s] %s %d %d %s %s\n", host, start.Format("02/Jan/2006:15:04:05 -0700"),
			quote(r.Method+" "+r.URL.RequestURI()+" "+r.Proto), rec.status, rec.bytes, quote(r.Referer()), quote(r.UserAgent())))
	})
}

func (l *accessLog) write(line string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.w.WriteString(line)
	if l.pending == nil {
		l.pending = time.AfterFunc(time.Second, l.flush)
	}
}

// flush writes out what is buffered; the server calls it when it stops.
func (l *accessLog) flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.pending != nil {
		l.pending.Stop()
		l.pending = nil
	}
	l.w.Flush()
}

// quote writes a log field in double quotes, "-" when empty, with quotes,
// backslashes and control bytes escaped so one request stays one line.
func quote(s string) string {
	if s == "" {
		return `"-"`
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// recorder notes the status and size of a response for the log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}
