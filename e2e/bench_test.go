package e2e

// Benchmarks of what a learner meets: the bytes and the time of a first and
// a repeat visit on a fast connection and on a slow phone, a language
// switch, and requests per second against nginx and go-app's stock handler
// on the same machine in the same run. `make bench` runs them and prints
// one table (tools/benchtable); nothing here asserts a number.

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// connection is a network and device profile.
type connection struct {
	name     string
	rtt      time.Duration
	down, up float64 // bytes per second; 0 is unthrottled
	cpu      float64 // slowdown factor
}

var connections = []connection{
	{name: "fast", cpu: 1},
	// Lighthouse's mobile profile: slow 4G (150 ms, 1.6 Mbit/s down,
	// 750 kbit/s up) on a phone four times slower than this machine.
	{name: "slow4g", rtt: 150 * time.Millisecond, down: 1.6e6 / 8, up: 750e3 / 8, cpu: 4},
}

// through returns the address to reach base over this connection.
func (c connection) through(tb testing.TB, base string) string {
	if c.down == 0 {
		return base
	}
	return "http://" + listenSlow(tb, strings.TrimPrefix(base, "http://"), c.rtt, c.down, c.up)
}

// slowDevice slows the tab's CPU down, and lets its network events be seen.
func (c connection) slowDevice(tb testing.TB, ctx context.Context) {
	tb.Helper()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		tb.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: c.cpu}); err != nil {
		tb.Fatal(err)
	}
}

// usableProbe notes when the app takes over the pre-rendered page, in the
// page's own clock (milliseconds since the navigation started).
const usableProbe = `new MutationObserver(() => {
  if (document.documentElement?.dataset.app === "running" && window.usableAt === undefined) {
    window.usableAt = performance.now();
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });`

// visit opens url and returns when it was readable (first contentful
// paint) and usable (the app running), in ms since navigation started.
func visit(b *testing.B, ctx context.Context, url string) (readable, usable float64) {
	b.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		b.Fatal(err)
	}
	waitFor(b, ctx, `window.usableAt !== undefined && performance.getEntriesByName("first-contentful-paint").length > 0`)
	return eval[float64](b, ctx, `performance.getEntriesByName("first-contentful-paint")[0].startTime`),
		eval[float64](b, ctx, `window.usableAt`)
}

var loggedBytes = regexp.MustCompile(`" \d{3} (\d+) "`)

// BenchmarkVisit opens /ko/ in a fresh browser profile, then again once the
// service worker has it, on each connection. Bytes are what the page
// received until the app was usable (headers included), and what the server
// sent (its log) until the app was ready offline, the worker's downloads
// included.
func BenchmarkVisit(b *testing.B) {
	for _, conn := range connections {
		b.Run(conn.name, func(b *testing.B) {
			var sent atomic.Int64
			base, _ := serveLogged(b, serverBin, freeAddr(b), func(line string) {
				if m := loggedBytes.FindStringSubmatch(line); m != nil {
					n, _ := strconv.ParseInt(m[1], 10, 64)
					sent.Add(n)
				}
			})
			base = conn.through(b, base)
			var m metrics
			for b.Loop() {
				ctx := newTab(b)
				conn.slowDevice(b, ctx)
				if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: usableProbe}); err != nil {
					b.Fatal(err)
				}
				var received atomic.Int64
				err := chromedp.Listen(ctx, func(ev any) {
					if e, ok := ev.(*network.EventLoadingFinished); ok {
						received.Add(int64(e.EncodedDataLength))
					}
				})
				if err != nil {
					b.Fatal(err)
				}
				time.Sleep(1500 * time.Millisecond) // the log of the last visit is out
				sent.Store(0)
				readable, usable := visit(b, ctx, base+"/ko/")
				m.add("first-readable-ms", readable)
				m.add("first-usable-ms", usable)
				m.add("first-usable-bytes", float64(received.Load()))
				waitUntilOfflineReady(b, ctx)
				time.Sleep(1500 * time.Millisecond) // the server writes its log out every second
				m.add("first-offline-bytes", float64(sent.Load()))
				readable, usable = visit(b, ctx, base+"/ko/")
				m.add("repeat-readable-ms", readable)
				m.add("repeat-usable-ms", usable)
			}
			m.report(b)
		})
	}
}

// BenchmarkLanguageSwitch switches a lesson between Korean and Japanese and
// times each switch until the new language's text is in the page and laid
// out.
func BenchmarkLanguageSwitch(b *testing.B) {
	ctx := newTab(b)
	open(b, ctx, "/ko/lessons/pay")
	waitForApp(b, ctx)
	var m metrics
	for b.Loop() {
		// Four switches a round, so that a short run still has a median
		// to trust on a noisy machine.
		for _, to := range []string{"ja", "ko", "ja", "ko"} {
			switchLang(b, ctx, to, &m)
		}
	}
	m.report(b)
}

// switchLang switches the open lesson to another language and notes how
// long it took until the new text was laid out.
func switchLang(b *testing.B, ctx context.Context, to string, m *metrics) {
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](fmt.Sprintf(`new Promise((resolve) => {
  const to = %q;
  const before = document.querySelector("h1").textContent;
  const start = performance.now();
  const done = () => document.documentElement.lang === to && document.querySelector("h1")?.textContent !== before;
  const observer = new MutationObserver(() => {
    if (done()) {
      observer.disconnect();
      document.body.offsetHeight; // layout
      resolve(performance.now() - start);
    }
  });
  observer.observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
  document.querySelector('.lang-switcher a[hreflang="' + to + '"]').click();
})`, to), chromedp.EvalAwaitPromise))
	if err != nil {
		b.Fatalf("switching to %s: %v", to, err)
	}
	m.add("switch-ms", ms)
}

// BenchmarkThroughput measures requests per second with wrk for a small
// asset and a pre-rendered page: the server under test, nginx serving the
// static export of the same build, and go-app's stock handler for the
// same pages. Every client asks for gzip, which all three can give.
func BenchmarkThroughput(b *testing.B) {
	for _, tool := range []string{"wrk", "nginx"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Skipf("%s is not installed (make bench installs it)", tool)
		}
	}
	nginx := startNginx(b)
	stock := startStockGoApp(b)
	const asset, page = "/web/js/theme.js", "/ko/lessons/pay"
	var m metrics
	for b.Loop() {
		ours, theirs := wrk(b, baseURL+asset), wrk(b, nginx+asset)
		m.add("asset-ours-rps", ours)
		m.add("asset-nginx-rps", theirs)
		m.add("asset-vs-nginx-x", ours/theirs)
		ours, theirs, goapp := wrk(b, baseURL+page), wrk(b, nginx+page), wrk(b, stock+page)
		m.add("page-ours-rps", ours)
		m.add("page-nginx-rps", theirs)
		m.add("page-goapp-rps", goapp)
		m.add("page-vs-nginx-x", ours/theirs)
		m.add("page-vs-goapp-x", ours/goapp)
	}
	m.report(b)
}

var (
	wrkRate     = regexp.MustCompile(`Requests/sec:\s+([\d.]+)`)
	wrkFailures = regexp.MustCompile(`Non-2xx|Socket errors`)
)

func wrk(b *testing.B, url string) float64 {
	b.Helper()
	out, err := exec.Command("wrk", "-t2", "-c32", "-d3s", "-H", "Accept-Encoding: gzip", url).CombinedOutput()
	if err != nil {
		b.Fatalf("wrk %s: %v\n%s", url, err, out)
	}
	if wrkFailures.Match(out) {
		b.Fatalf("wrk %s saw failures:\n%s", url, out)
	}
	m := wrkRate.FindSubmatch(out)
	if m == nil {
		b.Fatalf("wrk %s printed no rate:\n%s", url, out)
	}
	rate, _ := strconv.ParseFloat(string(m[1]), 64)
	return rate
}

// startNginx serves the static export of the build under test with nginx,
// with its pre-compressed copies and an access log, as a host would, and
// the headers our server sends that nginx would not send by itself (the
// security headers, Cache-Control), so that both answer alike.
func startNginx(b *testing.B) string {
	b.Helper()
	var extra strings.Builder
	resp, err := http.Get(baseURL + "/web/js/theme.js")
	if err != nil {
		b.Fatal(err)
	}
	resp.Body.Close()
	for name, values := range resp.Header {
		switch name {
		case "Date", "Content-Length", "Content-Type", "Etag", "Content-Encoding", "Vary", "Accept-Ranges", "Last-Modified":
			continue // nginx's own
		}
		for _, v := range values {
			fmt.Fprintf(&extra, "    add_header %s %q always;\n", name, v)
		}
	}
	// nginx's workers may run as another user: the folder is readable by all.
	dir, err := os.MkdirTemp("", "cxopath-nginx-")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.RemoveAll(dir) })
	os.Chmod(dir, 0o755)
	site := filepath.Join(dir, "site")
	exportSite(b, site)
	addr := freeAddr(b)
	conf := fmt.Sprintf(`daemon off;
worker_processes 2;
pid %[1]s/nginx.pid;
error_log stderr error;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  types { application/manifest+json webmanifest; }
  access_log %[1]s/access.log;
  client_body_temp_path %[1]s/body;
  proxy_temp_path %[1]s/proxy;
  fastcgi_temp_path %[1]s/fastcgi;
  uwsgi_temp_path %[1]s/uwsgi;
  scgi_temp_path %[1]s/scgi;
  sendfile on;
  server {
    listen %[2]s;
    root %[3]s;
    gzip_static on;
    gzip_vary on;
%[4]s    location / { try_files $uri $uri.html $uri/index.html =404; }
  }
}
`, dir, addr, site, extra.String())
	confFile := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(confFile, []byte(conf), 0o644); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command("nginx", "-p", dir, "-c", confFile)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatalf("starting nginx: %v", err)
	}
	// SIGQUIT is nginx's graceful stop: the master takes its workers with it.
	b.Cleanup(func() { cmd.Process.Signal(syscall.SIGQUIT); cmd.Wait() })
	return waitUntilServing(b, "http://"+addr, "/ko/")
}

// startStockGoApp serves the same pages with go-app's handler as it comes:
// each request rendered anew.
func startStockGoApp(b *testing.B) string {
	b.Helper()
	ui.Register()
	addr := freeAddr(b)
	srv := &http.Server{Addr: addr, Handler: &app.Handler{Name: "CxO Path", Title: "CxO Path", Styles: []string{"/web/css/app.css"}}}
	go srv.ListenAndServe()
	b.Cleanup(func() { srv.Close() })
	return waitUntilServing(b, "http://"+addr, "/ko/")
}

// metrics collects measurements by unit and reports their medians.
type metrics struct {
	units  []string
	values map[string][]float64
}

func (m *metrics) add(unit string, v float64) {
	if m.values == nil {
		m.values = map[string][]float64{}
	}
	if _, ok := m.values[unit]; !ok {
		m.units = append(m.units, unit)
	}
	m.values[unit] = append(m.values[unit], v)
}

func (m *metrics) report(b *testing.B) {
	for _, unit := range m.units {
		v := slices.Clone(m.values[unit])
		slices.Sort(v)
		median := v[len(v)/2]
		if len(v)%2 == 0 {
			median = (v[len(v)/2-1] + v[len(v)/2]) / 2
		}
		b.ReportMetric(median, unit)
	}
	b.ReportMetric(0, "ns/op")
}
