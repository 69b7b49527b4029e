package e2e

import (
	"github.com/chromedp/cdproto/cdp"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

func BenchmarkZZProfile(b *testing.B) {
	base, _ := serveLogged(b, serverBin, freeAddr(b), func(string) {})
	for b.Loop() {
		ctx := newTab(b)
		connection{name: "cpu", cpu: 4}.slowDevice(b, ctx)
		chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: usableProbe})
		chromedp.Call(ctx, profiler.Enable, cdp.Empty{})
		chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200})
		chromedp.Call(ctx, profiler.Start, cdp.Empty{})
		visit(b, ctx, base+"/ko/")
		time.Sleep(200 * time.Millisecond)
		res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
		if err != nil { b.Fatal(err) }
		prof := res.Profile
		fmt.Println(eval[string](b, ctx, `JSON.stringify({wasm: performance.getEntriesByType("resource").filter(e => e.name.includes("app.wasm")).map(e => [e.requestStart|0, e.responseEnd|0]), usable: window.usableAt|0})`))
		self := map[string]float64{}
		byID := map[int64]*profiler.ProfileNode{}
		for _, n := range prof.Nodes { byID[n.ID] = n }
		dt := map[int64]float64{}
		for i, id := range prof.Samples { dt[id] += float64(prof.TimeDeltas[i]) / 1000 }
		for id, ms := range dt { n := byID[id]; self[n.CallFrame.FunctionName+" "+n.CallFrame.URL[max(0,len(n.CallFrame.URL)-30):]] += ms }
		type kv struct{ k string; v float64 }
		var kvs []kv
		total := 0.0
		for k, v := range self { kvs = append(kvs, kv{k, v}); total += v }
		sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
		fmt.Printf("total %.0f ms\n", total)
		for _, x := range kvs[:60] { fmt.Printf("%8.1f %s\n", x.v, x.k) }
		j, _ := json.Marshal(prof)
		os.WriteFile("/tmp/prof.cpuprofile", j, 0o644)
	}
}
