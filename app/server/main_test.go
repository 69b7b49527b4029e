//go:build !wasm

package server

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestWithoutABuiltAppServingAndExportingSayWhatToRun(t *testing.T) {
	tests := []struct {
		name    string
		missing []string
	}{
		{"no app.wasm", []string{"gen/app.wasm", "gen/app.wasm.br", "gen/app.wasm.gz"}},
		{"no lesson text", []string{"gen/text.ko.txt", "gen/text.ja.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assets := testWeb(t)
			for _, name := range tt.missing {
				delete(assets, name)
			}
			says := func(what, msg string) {
				t.Helper()
				for _, name := range tt.missing {
					if !strings.HasSuffix(name, ".json") && !strings.HasSuffix(name, ".wasm") {
						continue // a compressed copy: the original is what is named
					}
					if !strings.Contains(msg, "web/"+name) {
						t.Errorf("%s does not name web/%s: %q", what, name, msg)
					}
				}
				if !strings.Contains(msg, "make run") || !strings.Contains(msg, "make build") {
					t.Errorf("%s does not say what to run: %q", what, msg)
				}
			}

			var stderr bytes.Buffer
			code := make(chan int, 1)
			go func() { code <- Main([]string{"serve", "-addr", "127.0.0.1:0"}, assets, &stderr) }()
			select {
			case c := <-code:
				if c != 1 {
					t.Errorf("serve exited with %d, want 1", c)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("serve started without the built app")
			}
			says("serve", stderr.String())

			err := Export(assets, t.TempDir())
			if err == nil {
				t.Fatal("the export went ahead without the built app")
			}
			says("export", err.Error())
		})
	}
}
