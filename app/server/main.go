//go:build !wasm

package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Main runs the command line: `cxopath serve [-addr host:port]`, or
// `cxopath export -out DIR` to write the app as a static site. The address
// also comes from $CXOPATH_ADDR, or $PORT for hosts that set only a port.
// It returns the process exit code.
func Main(args []string, web fs.FS, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(args, web, stderr)
	case "export":
		return export(args, web, stderr)
	}
	fmt.Fprintf(stderr, "cxopath: unknown command %q; the commands are: serve, export\n", cmd)
	return 2
}

func export(args []string, web fs.FS, stderr io.Writer) int {
	flags := flag.NewFlagSet("export", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("out", "dist", "directory to write the static site to")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if err := Export(web, *out); err != nil {
		fmt.Fprintf(stderr, "cxopath: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "CxO Path exported to %s\n", *out)
	return 0
}

func defaultAddr() string {
	if a := os.Getenv("CXOPATH_ADDR"); a != "" {
		return a
	}
	if p := os.Getenv("PORT"); p != "" {
		return ":" + p
	}
	return "localhost:8000"
}

func serve(args []string, web fs.FS, stderr io.Writer) int {
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", defaultAddr(), "address to listen on, host:port")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "cxopath: listening on %s: %v\n", *addr, err)
		return 1
	}
	h := NewHandler(web)
	srv := &http.Server{
		Handler:           logRequests(h),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
	}
	fmt.Fprintf(stderr, "CxO Path %s is serving on %s\n", h.Version(), displayURL(ln.Addr()))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "cxopath: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "cxopath: shutting down: %v\n", err)
		return 1
	}
	return 0
}

// displayURL is the address to open in a browser.
func displayURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/"
	}
	host := "localhost"
	if !tcp.IP.IsLoopback() && !tcp.IP.IsUnspecified() {
		host = tcp.IP.String()
	}
	return fmt.Sprintf("http://%s/", net.JoinHostPort(host, fmt.Sprint(tcp.Port)))
}

// logRequests writes one line per request: method, path, status, bytes, time.
func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.Printf("%s %q %d %d %s", r.Method, r.URL.RequestURI(), rec.status, rec.bytes, time.Since(start).Round(time.Microsecond))
	})
}

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
