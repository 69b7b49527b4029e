//go:build !wasm

package server

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/cxopath/cxopath/app/ui"
)

// Export writes the whole app as a static site in dir, for any static host
// or CDN: every page of every language pre-rendered (as name/index.html, and
// as name.html for hosts that serve pretty addresses), the site root (which
// sends the learner to their language once the app runs), 404.html, the
// assets with their pre-compressed copies, and go-app's script, worker and
// manifest.
func Export(web fs.FS, dir string) error {
	if err := checkBuilt(web); err != nil {
		return err
	}
	h := NewHandler(web)
	write := func(name string, data []byte) error {
		name = filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(name, "/")))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		return os.WriteFile(name, data, 0o644)
	}
	// writeRendered writes a page or file with its compressed copies, for
	// hosts that serve them (nginx's gzip_static and brotli_static).
	writeRendered := func(names []string, r *rendered) error {
		for _, name := range names {
			if err := write(name, r.bodies[""]); err != nil {
				return err
			}
			for _, c := range codings {
				if body, ok := r.bodies[c.token]; ok {
					if err := write(name+c.suffix, body); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	render := func(path string) (*rendered, error) {
		r := h.renderedAt(&url.URL{Path: path})
		if r.status != http.StatusOK {
			return nil, fmt.Errorf("rendering %s: status %d", path, r.status)
		}
		return r, nil
	}
	for path := range ui.Pages() {
		names := []string{path + "index.html"}
		if !strings.HasSuffix(path, "/") {
			names = []string{path + "/index.html", path + ".html"}
		}
		r, err := render(path)
		if err == nil {
			err = writeRendered(names, r)
		}
		if err != nil {
			return fmt.Errorf("exporting %s: %w", path, err)
		}
	}
	for path, name := range map[string]string{"/": "index.html", "/app.js": "app.js", "/wasm_exec.js": "wasm_exec.js",
		"/app-worker.js": "app-worker.js", "/manifest.webmanifest": "manifest.webmanifest"} {
		r, err := render(path)
		if err == nil {
			err = writeRendered([]string{name}, r)
		}
		if err != nil {
			return fmt.Errorf("exporting %s: %w", path, err)
		}
	}
	notFound := newCapture()
	h.notFound(notFound, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/-/not-found"}, Header: http.Header{}})
	if err := write("404.html", notFound.body.Bytes()); err != nil {
		return fmt.Errorf("exporting the not-found page: %w", err)
	}
	return fs.WalkDir(web, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(web, name)
		if err == nil {
			// The built files are served from /web/, as the server does.
			err = write("web/"+strings.TrimPrefix(name, "gen/"), data)
		}
		if err != nil {
			return fmt.Errorf("exporting web/%s: %w", name, err)
		}
		return nil
	})
}
