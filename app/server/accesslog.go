//go:build !wasm

package server

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strconv"
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
		var buf [512]byte
		b := append(buf[:0], host...)
		b = append(b, " - - ["...)
		b = start.AppendFormat(b, "02/Jan/2006:15:04:05 -0700")
		b = append(b, "] "...)
		b = appendQuoted(b, r.Method, " ", r.URL.RequestURI(), " ", r.Proto)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(rec.status), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(rec.bytes), 10)
		b = append(b, ' ')
		b = appendQuoted(b, r.Referer())
		b = append(b, ' ')
		b = appendQuoted(b, r.UserAgent())
		l.write(append(b, '\n'))
	})
}

func (l *accessLog) write(line []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.w.Write(line)
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

// appendQuoted appends the parts as one log field in double quotes, "-"
// when empty, with quotes, backslashes and control bytes escaped so one
// request stays one line.
func appendQuoted(b []byte, parts ...string) []byte {
	b = append(b, '"')
	empty := true
	for _, s := range parts {
		for i := 0; i < len(s); i++ {
			empty = false
			switch c := s[i]; {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				b = append(b, c)
			}
		}
	}
	if empty {
		b = append(b, '-')
	}
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

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
