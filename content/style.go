//go:build !wasm

package content

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Style is one language's house style (style/<lang>.toml): one term per
// concept, and the variants that must not appear anywhere the learner reads.
type Style struct {
	Terms []StyleTerm `toml:"term"`
}

// StyleTerm is one concept's preferred term, the exact strings that must not
// stand for it, and why.
type StyleTerm struct {
	Use   string   `toml:"use"`
	Avoid []string `toml:"avoid"`
	Why   string   `toml:"why"`
}

// styleLangs are the languages with a house style.
var styleLangs = []string{"en", "ko", "ja"}

// fullWidthAfter finds half-width punctuation right after Japanese text,
// where Japanese house style writes （ ： ？ ！.
var fullWidthAfter = regexp.MustCompile(`[\p{Han}\p{Hiragana}\p{Katakana}ー][(:?!]`)

// lessonLink is a Markdown link to a lesson.
var lessonLink = regexp.MustCompile(`\[([^\]]+)\]\(lesson:([a-z0-9-]+)\)`)

// titleLine is a lesson's title in its front matter.
var titleLine = regexp.MustCompile(`^title\s*=\s*"(.*)"\s*$`)

// CheckStyle applies each language's house style to every text of that
// language: in content (lessons, glossary, roles, skills, checklist and
// interview cards) and in messages (the interface's active.<lang>.toml).
// Every avoided variant is named with its file, line, field and the
// preferred term; Japanese text must use full-width punctuation; and every
// link to a lesson is labelled with that lesson's title in its language.
func CheckStyle(content, messages fs.FS) error {
	var found []string
	for _, lang := range styleLangs {
		var style Style
		data, err := fs.ReadFile(content, "style/"+lang+".toml")
		if err == nil {
			_, err = toml.Decode(string(data), &style)
		}
		if err != nil {
			return fmt.Errorf("style/%s.toml: %w", lang, err)
		}
		titles, err := lessonTitles(content, lang)
		if err != nil {
			return err
		}
		files, err := textFiles(content, lang)
		if err != nil {
			return err
		}
		for _, file := range files {
			found = append(found, checkFile(content, file, "", lang, &style, titles)...)
		}
		found = append(found, checkFile(messages, "active."+lang+".toml", "locales/", lang, &style, nil)...)
	}
	if len(found) > 0 {
		return errors.New("house style:\n" + strings.Join(found, "\n"))
	}
	return nil
}

// textFiles lists the files in content written in lang.
func textFiles(content fs.FS, lang string) ([]string, error) {
	var files []string
	err := fs.WalkDir(content, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && name == "style" {
			return fs.SkipDir
		}
		if base := path.Base(name); !d.IsDir() && (base == lang+".md" || base == lang+".toml") {
			files = append(files, name)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// lessonTitles maps each lesson id to its title in lang.
func lessonTitles(content fs.FS, lang string) (map[string]string, error) {
	titles := map[string]string{}
	dirs, err := fs.Glob(content, "lessons/*/"+lang+".md")
	if err != nil {
		return nil, err
	}
	for _, file := range dirs {
		data, err := fs.ReadFile(content, file)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			if m := titleLine.FindStringSubmatch(line); m != nil {
				titles[path.Base(path.Dir(file))] = strings.ReplaceAll(m[1], `\"`, `"`)
				break
			}
		}
	}
	return titles, nil
}

// checkFile applies the style to one file, line by line. prefix is how the
// file is named in the report. Comments, and in the interface's files the
// translators' notes, are not learner-facing and are skipped.
func checkFile(fsys fs.FS, file, prefix, lang string, style *Style, titles map[string]string) []string {
	f, err := fsys.Open(file)
	if err != nil {
		return []string{fmt.Sprintf("%s%s: %v", prefix, file, err)}
	}
	defer f.Close()
	var found []string
	table, key := "", ""
	inFront := false
	lines := bufio.NewScanner(f)
	lines.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; lines.Scan(); n++ {
		line := lines.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "+++":
			inFront = !inFront
			key = ""
			continue
		case strings.HasPrefix(trimmed, "#") && (inFront || !strings.HasSuffix(file, ".md")):
			continue
		case strings.HasPrefix(trimmed, "["), strings.HasPrefix(trimmed, "[["):
			if !strings.Contains(trimmed, "=") && strings.HasSuffix(trimmed, "]") {
				table, key = strings.Trim(trimmed, "[]"), ""
				continue
			}
		}
		if k, _, ok := strings.Cut(trimmed, "="); ok && (inFront || !strings.HasSuffix(file, ".md")) && isKey(strings.TrimSpace(k)) {
			key = strings.TrimSpace(k)
		}
		if key == "description" || key == "hash" {
			continue
		}
		field := strings.Trim(table+"."+key, ".")
		if strings.HasSuffix(file, ".md") && !inFront {
			field = "body"
		}
		where := fmt.Sprintf("%s%s:%d (%s)", prefix, file, n, field)
		for _, t := range style.Terms {
			for _, avoid := range t.Avoid {
				if contains(line, avoid, lang) {
					found = append(found, fmt.Sprintf("%s: %q: write %q (%s)", where, avoid, t.Use, t.Why))
				}
			}
		}
		if lang == "ja" {
			if m := fullWidthAfter.FindString(line); m != "" {
				found = append(found, fmt.Sprintf("%s: %q: Japanese text takes full-width （ ： ？ ！", where, m))
			}
		}
		for _, m := range lessonLink.FindAllStringSubmatch(line, -1) {
			if title, ok := titles[m[2]]; ok && !sameTitle(m[1], title) {
				found = append(found, fmt.Sprintf("%s: the link [%s] to lesson %s: label it with the lesson's title %q", where, m[1], m[2], title))
			}
		}
	}
	return found
}

// isKey reports whether s is a bare TOML key (or a dotted one).
func isKey(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// contains reports whether avoid stands in line: in English as a whole word
// or phrase, elsewhere anywhere.
func contains(line, avoid, lang string) bool {
	if lang != "en" {
		return strings.Contains(line, avoid)
	}
	for i := 0; ; {
		j := strings.Index(line[i:], avoid)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(avoid)
		if (at == 0 || !wordByte(line[at-1])) && (end == len(line) || !wordByte(line[end])) {
			return true
		}
		i = at + 1
	}
}

func wordByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// sameTitle reports whether a link's label is the title, allowing a lower
// case first letter inside an English sentence.
func sameTitle(label, title string) bool {
	if label == title {
		return true
	}
	return len(label) > 0 && len(title) > 0 && strings.EqualFold(label[:1], title[:1]) && label[1:] == title[1:]
}
