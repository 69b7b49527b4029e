package e2e

import (
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

func TestZZProfileStart(t *testing.T) {
	path := os.Getenv("PROFILE_PATH")
	ctx := newTab(t)
	chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `window.lt=[];new PerformanceObserver(l=>{for(const e of l.getEntries())lt.push([Math.round(e.startTime),Math.round(e.duration)])}).observe({type:"longtask",buffered:true});`})
	chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4})
	chromedp.Call(ctx, profiler.Enable, cdp.Empty{})
	chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200})
	chromedp.Call(ctx, profiler.Start, cdp.Empty{})
	open(t, ctx, path)
	waitForApp(t, ctx)
	time.Sleep(500 * time.Millisecond)
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("long tasks:", eval[string](t, ctx, `JSON.stringify(lt)`))
	p := res.Profile
	// self time per node, then inclusive per function name
	dt := map[int64]float64{}
	for i, id := range p.Samples {
		if i < len(p.TimeDeltas) {
			dt[id] += float64(p.TimeDeltas[i]) / 1000
		}
	}
	byID := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	self := map[string]float64{}
	incl := map[string]float64{}
	for id, ms := range dt {
		n := byID[id]
		self[n.CallFrame.FunctionName] += ms
		seen := map[string]bool{}
		for cur := id; ; {
			name := byID[cur].CallFrame.FunctionName
			if !seen[name] {
				incl[name] += ms
				seen[name] = true
			}
			pid, ok := parent[cur]
			if !ok {
				break
			}
			cur = pid
		}
	}
	top := func(m map[string]float64, n int) string {
		type kv struct {
			k string
			v float64
		}
		var s []kv
		for k, v := range m {
			s = append(s, kv{k, v})
		}
		sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v })
		out := ""
		for i := 0; i < n && i < len(s); i++ {
			out += fmt.Sprintf("%8.1f ms  %s\n", s[i].v, s[i].k)
		}
		return out
	}
	t.Log("inclusive:\n" + top(incl, 70))
	t.Log("self:\n" + top(self, 30))
}
