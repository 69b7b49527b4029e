// Package e2e tests the real app in headless Chromium against the real server
// on a loopback port: pre-rendered pages, the WASM taking over, language
// switching, the site root's redirect, and screenshots for people to look at.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var (
	// baseURL is where the server under test listens, without a final slash.
	baseURL string
	// browserCtx is the long-lived context of the one Chromium all tests share.
	browserCtx context.Context
	// chromium is the browser binary.
	chromium string
	// serverBin is the server under test.
	serverBin string
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	chromium = os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium, _ = exec.LookPath("chromium")
	}
	if chromium == "" {
		if os.Getenv("CI") != "" {
			fmt.Fprintln(os.Stderr, "e2e: Chromium is missing; `make test` installs it")
			return 1
		}
		fmt.Fprintln(os.Stderr, "e2e: skipped, Chromium is not installed (`make test` installs it)")
		return 0
	}

	serverBin = os.Getenv("CXOPATH_SERVER")
	if serverBin == "" {
		fmt.Fprintln(os.Stderr, "e2e: set CXOPATH_SERVER to the built server (`make e2e` does)")
		return 1
	}
	url, stop, err := startServer(serverBin, "127.0.0.1:0", nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	baseURL = url
	defer stop()

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions()...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: starting Chromium:", err)
		return 1
	}
	browserCtx = ctx
	return m.Run()
}

// browserOptions start Chromium headless, quiet, in English.
func browserOptions(extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("lang", "en-US"),
	)
	return append(opts, extra...)
}

var servingLine = regexp.MustCompile(`serving on (http://\S+?)/?$`)

// startServer runs a server binary on addr and returns where it listens
// once it says so. stop ends the process as a host would, with SIGTERM.
// onLine, when not nil, sees every line the server logs.
func startServer(bin, addr string, onLine func(string)) (url string, stop func(), err error) {
	cmd := exec.Command(bin, "serve", "-addr", addr)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	stop = func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
	found := make(chan string, 1)
	go func() {
		lines := bufio.NewScanner(stderr)
		for lines.Scan() {
			if m := servingLine.FindStringSubmatch(lines.Text()); m != nil {
				found <- m[1]
			}
			if onLine != nil {
				onLine(lines.Text())
			}
			if os.Getenv("E2E_SERVER_LOG") != "" {
				fmt.Fprintln(os.Stderr, "server:", lines.Text())
			}
		}
	}()
	select {
	case u := <-found:
		return u, stop, nil
	case <-time.After(20 * time.Second):
		stop()
		return "", nil, fmt.Errorf("%s did not say where it listens", bin)
	}
}

// newTab opens a tab in a fresh browser context (its own cookies and
// storage) and returns a context for it that ends with the test or after
// the timeout.
func newTab(t testing.TB) context.Context {
	t.Helper()
	tab, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(tab, 6*time.Minute)
	t.Cleanup(cancelTimeout)
	return ctx
}

// screenshotDir holds the pictures people look at; git ignores it.
func screenshotDir(t *testing.T) string {
	dir := filepath.Join("screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
