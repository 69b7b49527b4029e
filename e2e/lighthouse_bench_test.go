package e2e

import (
	"bytes"
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
// It needs the pinned Lighthouse that `make bench` installs in
// e2e/lighthouse; without it the benchmark is skipped. Set
// LIGHTHOUSE_PAGES to a kind ("lesson") to audit only that kind.
func BenchmarkLighthouse(b *testing.B) {
	bin, err := filepath.Abs("lighthouse/node_modules/.bin/lighthouse")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		b.Skip("Lighthouse is not installed: `make bench` installs it")
	}
	only := os.Getenv("LIGHTHOUSE_PAGES")
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
					r := audit(b, bin, url)
					for _, c := range []struct{ id, unit string }{
						{"performance", "performance"}, {"accessibility", "accessibility"},
						{"best-practices", "best-practices"}, {"seo", "seo"},
					} {
						if s := r.Categories[c.id].Score; s != nil {
							b.ReportMetric(*s*100, c.unit)
						}
					}
					b.ReportMetric(r.Audits["largest-contentful-paint"].NumericValue, "lcp-ms")
					b.ReportMetric(r.Audits["total-blocking-time"].NumericValue, "tbt-ms")
					b.ReportMetric(r.Audits["cumulative-layout-shift"].NumericValue, "cls")
					b.ReportMetric(r.Audits["total-byte-weight"].NumericValue, "total-bytes")
				}
			})
		}
	}
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
