package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// A filePatch is what a patch does to one file: it changes a file that
// exists, or creates one that does not.
type filePatch struct {
	name   string // slash-separated, relative to the module's root
	create bool
	hunks  []hunk
}

// A hunk replaces the lines of a file from line from (counted from 1) with
// others. Each line keeps its first character: ' ' for a line the hunk
// keeps, '-' for one it removes, '+' for one it adds.
type hunk struct {
	from, oldCount, newFrom, newCount int
	lines                             []string
}

// parsePatch reads a unified diff as git diff writes it. Text before the
// first file is a description and is skipped. It accepts nothing it would
// have to guess at: no renames, deletions, modes, binary files or files
// without a final newline.
func parsePatch(text string) ([]filePatch, error) {
	lines := strings.Split(text, "\n")
	if lines[len(lines)-1] != "" {
		return nil, errors.New("the patch does not end with a newline")
	}
	lines = lines[:len(lines)-1]

	var files []filePatch
	seen := map[string]bool{}
	i := 0
	for i < len(lines) && !strings.HasPrefix(lines[i], "diff --git ") {
		i++
	}
	for i < len(lines) {
		at := i + 1 // for messages, lines of the patch counted from 1
		if !strings.HasPrefix(lines[i], "diff --git ") {
			return nil, fmt.Errorf("patch line %d: expected the next file (diff --git), found %q", at, lines[i])
		}
		i++
		var f filePatch
		var oldName, newName string
		for ; i < len(lines) && !strings.HasPrefix(lines[i], "@@"); i++ {
			switch l := lines[i]; {
			case l == "new file mode 100644":
				f.create = true
			case strings.HasPrefix(l, "index "):
			case strings.HasPrefix(l, "--- "):
				oldName = l[4:]
			case strings.HasPrefix(l, "+++ "):
				newName = l[4:]
			default:
				return nil, fmt.Errorf("patch line %d: %q is not something this patch may do", i+1, l)
			}
		}
		name, ok := strings.CutPrefix(newName, "b/")
		if !ok || !fs.ValidPath(name) || (f.create && oldName != "/dev/null") || (!f.create && oldName != "a/"+name) {
			return nil, fmt.Errorf("patch line %d: the file names (%q, %q) are not those of one file of the module", at, oldName, newName)
		}
		if seen[name] {
			return nil, fmt.Errorf("patch line %d: %s is patched twice", at, name)
		}
		seen[name] = true
		f.name = name

		for i < len(lines) && strings.HasPrefix(lines[i], "@@") {
			h, err := parseHunkHeader(lines[i])
			if err != nil {
				return nil, fmt.Errorf("patch line %d: %w", i+1, err)
			}
			i++
			old, added := 0, 0
			for ; i < len(lines) && (old < h.oldCount || added < h.newCount); i++ {
				l := lines[i]
				if l == "" {
					l = " " // a kept empty line whose space an editor trimmed
				}
				switch l[0] {
				case ' ':
					old++
					added++
				case '-':
					old++
				case '+':
					added++
				default:
					return nil, fmt.Errorf("patch line %d: %q is not a line of the hunk", i+1, lines[i])
				}
				h.lines = append(h.lines, l)
			}
			if old != h.oldCount || added != h.newCount {
				return nil, fmt.Errorf("patch line %d: the hunk has %d old and %d new lines, its header says %d and %d", i, old, added, h.oldCount, h.newCount)
			}
			f.hunks = append(f.hunks, h)
		}
		if len(f.hunks) == 0 {
			return nil, fmt.Errorf("patch line %d: %s has no hunk", at, name)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, errors.New("the patch changes no file")
	}
	return files, nil
}

// parseHunkHeader reads "@@ -from,count +from,count @@ anything".
func parseHunkHeader(l string) (hunk, error) {
	var h hunk
	fields := strings.Fields(l)
	if len(fields) < 4 || fields[0] != "@@" || fields[3] != "@@" || fields[1][0] != '-' || fields[2][0] != '+' {
		return h, fmt.Errorf("%q is not a hunk header", l)
	}
	var err error
	if h.from, h.oldCount, err = lineRange(fields[1][1:]); err != nil {
		return h, fmt.Errorf("%q: %w", l, err)
	}
	if h.newFrom, h.newCount, err = lineRange(fields[2][1:]); err != nil {
		return h, fmt.Errorf("%q: %w", l, err)
	}
	return h, nil
}

// lineRange reads "from,count", or "from" for one line.
func lineRange(s string) (from, count int, err error) {
	a, b, ok := strings.Cut(s, ",")
	if !ok {
		b = "1"
	}
	if from, err = strconv.Atoi(a); err != nil {
		return 0, 0, err
	}
	if count, err = strconv.Atoi(b); err != nil {
		return 0, 0, err
	}
	return from, count, nil
}

// applyPatch applies a patch to the module copied in dir, exactly: every
// hunk at the line it names, every line it keeps or removes as it is in the
// file, every file it creates absent. It checks the whole patch before it
// writes anything.
func applyPatch(dir, text string) error {
	files, err := parsePatch(text)
	if err != nil {
		return err
	}
	results := make([]string, len(files))
	for i, f := range files {
		if results[i], err = patchFile(dir, f); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	for i, f := range files {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(f.name)), []byte(results[i]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// patchFile gives the text of one file of dir after its patch.
func patchFile(dir string, f filePatch) (string, error) {
	name := filepath.Join(dir, filepath.FromSlash(f.name))
	var old []string
	if f.create {
		if _, err := os.Lstat(name); !errors.Is(err, fs.ErrNotExist) {
			return "", errors.New("the patch creates this file, but the module has one already")
		}
		if _, err := os.Stat(filepath.Dir(name)); err != nil {
			return "", fmt.Errorf("the patch creates this file in a folder the module lacks (%s)", path.Dir(f.name))
		}
	} else {
		b, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		text := string(b)
		if !strings.HasSuffix(text, "\n") {
			return "", errors.New("the file does not end with a newline")
		}
		old = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	}

	var out []string
	next := 0 // the first line of old not yet copied, counted from 0
	for _, h := range f.hunks {
		start := h.from - 1
		if h.oldCount == 0 {
			start = h.from // a hunk that only adds lines names the line before them
		}
		if start < next || start+h.oldCount > len(old) {
			return "", fmt.Errorf("the hunk at line %d does not fit a file of %d lines", h.from, len(old))
		}
		if want := len(out) + start - next + 1; h.newFrom != want && h.newCount > 0 {
			return "", fmt.Errorf("the hunk at line %d says its new text starts at line %d, but it starts at line %d", h.from, h.newFrom, want)
		}
		out = append(out, old[next:start]...)
		at := start
		for _, l := range h.lines {
			switch l[0] {
			case ' ', '-':
				if old[at] != l[1:] {
					return "", fmt.Errorf("line %d is %q, the patch expects %q", at+1, old[at], l[1:])
				}
				if l[0] == ' ' {
					out = append(out, old[at])
				}
				at++
			case '+':
				out = append(out, l[1:])
			}
		}
		next = at
	}
	out = append(out, old[next:]...)
	return strings.Join(out, "\n") + "\n", nil
}
