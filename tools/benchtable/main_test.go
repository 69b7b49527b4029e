package main

import (
	"strings"
	"testing"
)

func TestTheTableShowsMediansBesideTheirTargets(t *testing.T) {
	in := `goos: linux
BenchmarkWASMSize-2   	1	11157891 raw-bytes	2066234 brotli-bytes	0.36 ns/op
BenchmarkWASMSize-2   	1	11157891 raw-bytes	2066234 brotli-bytes	0.40 ns/op
BenchmarkServeAsset-2 	217120	5526 ns/op	3091 B/op	23 allocs/op
BenchmarkLanguageSwitch-2 	3	40.0 switch-ms
BenchmarkLanguageSwitch-2 	3	90.0 switch-ms
BenchmarkLanguageSwitch-2 	3	20.0 switch-ms
BenchmarkThroughput-2 	2	0.9 asset-vs-nginx-x	1.5 page-vs-goapp-x
BenchmarkLighthouse/side-by-side/ja-2 	1	21213407685 ns/op	100.0 accessibility	0.02 cls	1423 lcp-ms	70.00 performance	4346 tbt-ms
2026/12/01 06:18:31 [crit] a line of something else
PASS
`
	var out strings.Builder
	if err := run(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| WASMSize | raw-bytes | 11.16 MB | 2 |  |  |",
		"| WASMSize | brotli-bytes | 2.07 MB | 2 | ≤ 1.77 MB (go-app's hello world + 25 %) | **no** |",
		"| LanguageSwitch | switch-ms | 40.00 | 3 | ≤ 50.00 | yes |",
		"| Throughput | asset-vs-nginx-x | 0.90× | 1 | ≥ 0.80× | yes |",
		"| Throughput | page-vs-goapp-x | 1.50× | 1 | ≥ 2.00× | **no** |",
		"| ServeAsset | ns/op | 5526 | 1 |  |  |",
		"| Lighthouse/side-by-side/ja | performance | 70.00 | 1 | ≥ 90.00 | **no** |",
		"| Lighthouse/side-by-side/ja | lcp-ms | 1423 | 1 | ≤ 2500 | yes |",
		"| Lighthouse/side-by-side/ja | tbt-ms | 4346 | 1 | ≤ 600 | **no** |",
		"| Lighthouse/side-by-side/ja | cls | 0.02 | 1 | ≤ 0.10 | yes |",
		"| Lighthouse/side-by-side/ja | accessibility | 100 | 1 | ≥ 100 | yes |",
	} {
		if !strings.Contains(out.String(), want+"\n") {
			t.Errorf("the table lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "WASMSize | ns/op") {
		t.Errorf("ns/op is shown for a benchmark that reports its own metrics:\n%s", out.String())
	}
	if err := run(strings.NewReader("PASS\n"), &out); err == nil {
		t.Error("no results gave no error")
	}
}
