package e2e

import (
	"bytes"
	"cmp"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// lighthousePages are one page of each kind, as a path after the language.
var lighthousePages = []struct{ kind, path string }{
	{"home", "/"},
	{"lessons", "/lessons"},
	{"lesson", "/lessons/cto-vs-cio"},
	{"side-by-side", "/lessons/cto-vs-cio?with=en"},
	{"roles", "/roles"},
	{"compare", "/roles/compare"},
	{"assessment", "/assessment"},
	{"results", "/assessment/results"},
	{"interview", "/interview"},
	{"practice", "/interview/practice"},
	{"search", "/search?q=CTO"},
	{"data", "/data"},
}

// lighthouseReport is the part of Lighthouse's JSON report the benchmark reads.
type lighthouseReport struct {
	Categories map[string]struct {
		Score *float64 `json:"score"`
	} `json:"categories"`
	Audits map[string]struct {
		NumericValue float64 `json:"numericValue"`
	} `json:"audits"`
	RuntimeError *struct {
		Code, Message string
	} `json:"runtimeError"`
}

// BenchmarkLighthouse audits one page of each kind in each language with
// Lighthouse's mobile preset (a simulated slow 4G and a CPU four times
// slower), from a cold cache, and reports its scores (0–100) and metrics.
// It audits the floor too (e2e/floor: the smallest go-app page, built with
// the same Go and go-app, as go-app serves it), the least any page can
// cost. It needs the pinned Lighthouse that `make bench` installs in
// e2e/lighthouse; without it the benchmark is skipped. Set
// LIGHTHOUSE_PAGES to a kind ("lesson", "floor") to audit only that kind.
func BenchmarkLighthouse(b *testing.B) {
	bin, err := filepath.Abs("lighthouse/node_modules/.bin/lighthouse")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		b.Skip("Lighthouse is not installed: `make bench` installs it")
	}
	only := os.Getenv("LIGHTHOUSE_PAGES")
	if only == "" || only == "floor" {
		b.Run("floor", func(b *testing.B) {
			url := startFloor(b)
			for b.Loop() {
				reportAudit(b, audit(b, bin, url))
			}
		})
	}
	for _, p := range lighthousePages {
		if only != "" && only != p.kind {
			continue
		}
		for _, lang := range []string{"ko", "ja", "en"} {
			b.Run(p.kind+"/"+lang, func(b *testing.B) {
				url := baseURL + "/" + lang + p.path
				if p.path == "/" {
					url = baseURL + "/" + lang + "/"
				}
				for b.Loop() {
					reportAudit(b, audit(b, bin, url))
				}
			})
		}
	}
}

// reportAudit reports a page's scores (0–100) and metrics.
func reportAudit(b *testing.B, r lighthouseReport) {
	for _, c := range []string{"performance", "accessibility", "best-practices", "seo"} {
		if s := r.Categories[c].Score; s != nil {
			b.ReportMetric(*s*100, c)
		}
	}
	b.ReportMetric(r.Audits["largest-contentful-paint"].NumericValue, "lcp-ms")
	b.ReportMetric(r.Audits["total-blocking-time"].NumericValue, "tbt-ms")
	b.ReportMetric(r.Audits["cumulative-layout-shift"].NumericValue, "cls")
	b.ReportMetric(r.Audits["total-byte-weight"].NumericValue, "total-bytes")
}

// startFloor builds e2e/floor for the server and the browser, with the Go
// and the go-app module that build the app (CXOPATH_GO, CXOPATH_WASMMOD:
// `make bench` sets them), serves it for the rest of the benchmark and
// returns its address.
func startFloor(b *testing.B) string {
	b.Helper()
	goBin, modfile := cmp.Or(os.Getenv("CXOPATH_GO"), "go"), os.Getenv("CXOPATH_WASMMOD")
	if modfile == "" {
		b.Skip("set CXOPATH_WASMMOD to the browser build's go.mod (`make bench` does)")
	}
	dir := b.TempDir()
	server := exec.Command(goBin, "build", "-trimpath", "-o", filepath.Join(dir, "floor"), "./floor")
	browser := exec.Command(goBin, "build", "-modfile="+modfile, "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "web", "app.wasm"), "./floor")
	browser.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	for _, build := range []*exec.Cmd{server, browser} {
		if out, err := build.CombinedOutput(); err != nil {
			b.Fatalf("building the floor: %v\n%s", err, out)
		}
	}
	addr := freeAddr(b)
	srv := exec.Command(filepath.Join(dir, "floor"), "-addr", addr)
	srv.Dir = dir
	if err := srv.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { srv.Process.Kill(); srv.Wait() })
	return waitUntilServing(b, "http://"+addr, "/") + "/"
}

// audit runs Lighthouse once on url with Debian's Chromium and returns its
// report.
func audit(b *testing.B, bin, url string) lighthouseReport {
	b.Helper()
	cmd := exec.Command(bin, url,
		"--output=json", "--output-path=stdout", "--quiet",
		"--only-categories=performance,accessibility,best-practices,seo",
		"--chrome-path="+chromium,
		"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
	)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		b.Fatalf("lighthouse %s: %v\n%s", url, err, errs.String())
	}
	var r lighthouseReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		b.Fatalf("lighthouse %s: reading its report: %v", url, err)
	}
	if r.RuntimeError != nil && r.RuntimeError.Code != "" {
		b.Fatalf("lighthouse %s: %s: %s", url, r.RuntimeError.Code, r.RuntimeError.Message)
	}
	return r
}
