//go:build !wasm

package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
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
	if err := checkBuilt(web); err != nil {
		fmt.Fprintf(stderr, "cxopath: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "cxopath: listening on %s: %v\n", *addr, err)
		return 1
	}
	// The live heap is small (the pages kept in memory, a few MB), so Go's
	// default target would collect garbage very often under load: a larger
	// one trades some memory for about a tenth more requests per second.
	// GOGC in the environment still decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	h := NewHandler(web)
	log := newAccessLog(stderr)
	defer log.flush()
	srv := newServer(h, log)
	fmt.Fprintf(stderr, "CxO Path %s is serving on %s\n", h.Version(), displayURL(ln.Addr()))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	go h.Warm() // the first learner need not wait for a page to be rendered
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "cxopath: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	// Stop accepting, and let requests in flight (a slow app.wasm download)
	// finish, for as long as a write may take.
	fmt.Fprintln(stderr, "CxO Path is stopping once the requests in flight are answered")
	shutdown, cancel := context.WithTimeout(context.Background(), srv.WriteTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "cxopath: shutting down: %v\n", err)
		return 1
	}
	return 0
}

// checkBuilt says what is missing from web when the files `make` builds
// (the browser app and each language's lesson text, in web/gen/) were not
// there when the binary was compiled, as after a plain `go build` or
// `go run . serve`, and what to run instead.
func checkBuilt(web fs.FS) error {
	names := []string{"gen/app.wasm"}
	for _, lang := range locale.Langs {
		names = append(names, "gen/"+content.TextFile(lang))
	}
	var missing []string
	for _, name := range names {
		if _, err := fs.Stat(web, name); err != nil {
			missing = append(missing, "web/"+name)
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("%s is missing: `go build` and `go run` do not make it. Run `make run` to build everything and serve it, or `make build` and then run bin/cxopath", missing[0])
	}
	return fmt.Errorf("%s are missing: `go build` and `go run` do not make them. Run `make run` to build everything and serve it, or `make build` and then run bin/cxopath", strings.Join(missing, ", "))
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

// newServer is the HTTP server with the limits a public server needs: slow
// or huge request headers are cut off, idle connections closed, and every
// request logged.
func newServer(h http.Handler, log *accessLog) *http.Server {
	return &http.Server{
		Handler:           log.wrap(h),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
	}
}
