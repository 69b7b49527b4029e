package assess

import (
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
)

// A share fragment carries a learner's answers in the part of a link after
// "#", which browsers never send to a server:
//
//	a1.<checklist>.<ratings>.<check>
//
// "a1" is the format and its version. <checklist> is four hex digits that
// fingerprint the checklist's item ids in order, so a link made for another
// checklist is recognised. <ratings> has one character per item, in
// checklist order: "0" to "3", or "-" for unanswered. <check> is the CRC-32
// of everything before it, in eight hex digits, so a damaged or truncated
// link is recognised.
const (
	shareFormat  = "a"
	shareVersion = 1
	unanswered   = '-'
	// maxFragment bounds what Decode reads; a real fragment is far shorter.
	maxFragment = 1024
)

// ShareProblem says why a fragment cannot be read.
type ShareProblem string

// The ways a share fragment can be unusable.
const (
	ShareDamaged  ShareProblem = "damaged"  // cut short, altered or garbled
	ShareForeign  ShareProblem = "foreign"  // not a share fragment of this app
	ShareFuture   ShareProblem = "future"   // written by a newer version of the app
	ShareOutdated ShareProblem = "outdated" // made for a different checklist
)

// ShareError is the error Decode returns.
type ShareError struct {
	Problem ShareProblem
	Detail  string
}

func (e *ShareError) Error() string { return string(e.Problem) + ": " + e.Detail }

// fingerprint identifies the checklist's items and their order.
func (c *Checklist) fingerprint() string {
	ids := make([]string, len(c.Items))
	for i, it := range c.Items {
		ids[i] = it.ID
	}
	return fmt.Sprintf("%04x", crc32.ChecksumIEEE([]byte(strings.Join(ids, ",")))&0xffff)
}

// Encode writes the answers as a share fragment, without the "#".
func (c *Checklist) Encode(a Answers) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%d.%s.", shareFormat, shareVersion, c.fingerprint())
	for _, it := range c.Items {
		if r, ok := a[it.ID]; ok && valid(r) {
			b.WriteByte(byte('0' + r))
		} else {
			b.WriteByte(unanswered)
		}
	}
	body := b.String()
	return fmt.Sprintf("%s.%08x", body, crc32.ChecksumIEEE([]byte(body)))
}

// Decode reads a share fragment, with or without its "#". Anything it cannot
// use gives a *ShareError and no answers.
func (c *Checklist) Decode(fragment string) (Answers, error) {
	fragment = strings.TrimPrefix(strings.TrimSpace(fragment), "#")
	if len(fragment) > maxFragment {
		return nil, &ShareError{ShareForeign, fmt.Sprintf("%d characters is far too long", len(fragment))}
	}
	head, rest, _ := strings.Cut(fragment, ".")
	version, err := strconv.Atoi(strings.TrimPrefix(head, shareFormat))
	if !strings.HasPrefix(head, shareFormat) || err != nil || version < 1 || head != shareFormat+strconv.Itoa(version) {
		return nil, &ShareError{ShareForeign, fmt.Sprintf("%.20q is not a share fragment", fragment)}
	}
	if version > shareVersion {
		return nil, &ShareError{ShareFuture, fmt.Sprintf("format version %d is newer than %d", version, shareVersion)}
	}
	parts := strings.Split(rest, ".")
	if len(parts) != 3 {
		return nil, &ShareError{ShareDamaged, fmt.Sprintf("%d parts instead of 4", len(parts)+1)}
	}
	fp, ratings, check := parts[0], parts[1], parts[2]
	body := fragment[:len(fragment)-len(check)-1]
	if want := fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body))); check != want {
		return nil, &ShareError{ShareDamaged, fmt.Sprintf("check %q does not match %q", check, want)}
	}
	if fp != c.fingerprint() {
		return nil, &ShareError{ShareOutdated, fmt.Sprintf("checklist %q is not %q", fp, c.fingerprint())}
	}
	if len(ratings) != len(c.Items) {
		return nil, &ShareError{ShareOutdated, fmt.Sprintf("%d ratings for %d items", len(ratings), len(c.Items))}
	}
	a := Answers{}
	for i, ch := range []byte(ratings) {
		switch {
		case ch == unanswered:
		case ch >= '0' && int(ch-'0') < Levels:
			a[c.Items[i].ID] = int(ch - '0')
		default:
			return nil, &ShareError{ShareDamaged, fmt.Sprintf("rating %q at %d", ch, i)}
		}
	}
	return a, nil
}
