// Command benchtable reads `go test -bench` output on standard input and
// prints one Markdown table: the median of every reported metric over its
// result lines (one per -count), beside the target the project set for it,
// if any. A benchmark that takes its own medians inside reports one line.
//
//	go test -bench . ./... | go run ./tools/benchtable
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// target is a bound a metric should keep.
type target struct {
	max, min float64
	why      string
}

// targets are the project's aims (issue "Server and speed").
var targets = map[string]target{
	"WASMSize brotli-bytes":           {max: 1.25 * 1.42e6, why: "go-app's hello world + 25 %"},
	"Visit/slow4g first-usable-bytes": {max: 1.25 * 1.42e6, why: "go-app's hello world + 25 %"},
	"Visit/slow4g first-readable-ms":  {max: 2500},
	"Visit/slow4g first-usable-ms":    {max: 9000},
	"Visit/slow4g repeat-usable-ms":   {max: 1000},
	"Visit/fast repeat-usable-ms":     {max: 1000},
	"LanguageSwitch switch-ms":        {max: 50},
	"Throughput asset-vs-nginx-x":     {min: 0.8},
	"Throughput page-vs-goapp-x":      {min: 2},
	"SearchKeystroke/en ms/keystroke": {max: 16, why: "one frame"},
	"SearchKeystroke/ko ms/keystroke": {max: 16, why: "one frame"},
	"SearchKeystroke/ja ms/keystroke": {max: 16, why: "one frame"},
	// Lighthouse's mobile preset, on every page kind in every language.
	"Lighthouse/*/* performance":    {min: 90},
	"Lighthouse/*/* lcp-ms":         {max: 2500},
	"Lighthouse/*/* tbt-ms":         {max: 600},
	"Lighthouse/*/* cls":            {max: 0.1},
	"Lighthouse/*/* accessibility":  {min: 100},
	"Lighthouse/*/* best-practices": {min: 100},
	"Lighthouse/*/* seo":            {min: 100},
}

// targetOf finds the target of a benchmark's metric: by its exact name, or
// by a pattern in which * stands for one segment of the name.
func targetOf(key string) (target, bool) {
	if t, ok := targets[key]; ok {
		return t, true
	}
	for pattern, t := range targets {
		if ok, _ := path.Match(pattern, key); ok && strings.Contains(pattern, "*") {
			return t, true
		}
	}
	return target{}, false
}

var line = regexp.MustCompile(`^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out io.Writer) error {
	var keys []string
	values := map[string][]float64{}
	scan := bufio.NewScanner(in)
	scan.Buffer(make([]byte, 1<<20), 1<<20)
	for scan.Scan() {
		m := line.FindStringSubmatch(scan.Text())
		if m == nil {
			continue
		}
		fields := strings.Fields(m[2])
		// ns/op means something only where a benchmark reports nothing else.
		own := len(fields) > 2+2*(strings.Count(m[2], "B/op")+strings.Count(m[2], "allocs/op"))
		for i := 0; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			unit := fields[i+1]
			if err != nil || (unit == "ns/op" && (v == 0 || own)) || unit == "B/op" || unit == "allocs/op" {
				continue
			}
			key := m[1] + " " + unit
			if _, ok := values[key]; !ok {
				keys = append(keys, key)
			}
			values[key] = append(values[key], v)
		}
	}
	if err := scan.Err(); err != nil {
		return err
	}
	if len(keys) == 0 {
		return fmt.Errorf("no benchmark results in the input")
	}
	fmt.Fprintln(out, "| benchmark | metric | median | results | target | met |")
	fmt.Fprintln(out, "|---|---|---:|---:|---|---|")
	for _, key := range keys {
		name, unit, _ := strings.Cut(key, " ")
		median := medianOf(values[key])
		aim, met := "", ""
		if t, ok := targetOf(key); ok {
			switch {
			case t.max != 0:
				aim, met = "≤ "+format(t.max, unit), yes(median <= t.max)
			default:
				aim, met = "≥ "+format(t.min, unit), yes(median >= t.min)
			}
			if t.why != "" {
				aim += " (" + t.why + ")"
			}
		}
		fmt.Fprintf(out, "| %s | %s | %s | %d | %s | %s |\n", name, unit, format(median, unit), len(values[key]), aim, met)
	}
	return nil
}

func medianOf(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 0 {
		return (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return v[len(v)/2]
}

// format writes a value for people: bytes in MB or KB, rates and times
// without false precision.
func format(v float64, unit string) string {
	switch {
	case strings.HasSuffix(unit, "bytes") && v >= 1e6:
		return fmt.Sprintf("%.2f MB", v/1e6)
	case strings.HasSuffix(unit, "bytes") && v >= 1e3:
		return fmt.Sprintf("%.1f KB", v/1e3)
	case strings.HasSuffix(unit, "-x"):
		return fmt.Sprintf("%.2f×", v)
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	default:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}
