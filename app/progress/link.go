package progress

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"time"
)

// A transfer link carries the whole document to another device in the
// fragment of an address (after the "#"), which browsers never send to a
// server. Its payload is
//
//	cxo<version>.<base64url without padding of: length, deflated, CRC-32>
//
// where deflated is the document's JSON compressed as raw DEFLATE (RFC
// 1951). The browser compresses and inflates it with its own
// CompressionStream("deflate-raw"), so app.wasm carries no compressor; the
// tests use compress/flate, which writes and reads the same format.
//
// where length is the number of deflated bytes as a uvarint and the CRC-32
// (IEEE, big-endian) covers the length and the deflated bytes. The marker
// tells a link of ours from any other fragment and says which form of link
// it is; the length tells a link cut short from one otherwise damaged.

// LinkVersion is the form of transfer link this build writes and reads.
const LinkVersion = 1

// linkMarker begins every transfer link's payload, before its version.
const linkMarker = "cxo"

// Truncated is the problem of a transfer link cut short, as when only part
// of it was copied.
const Truncated ProblemKind = "truncated"

// WrapLink makes the payload of a transfer link of a deflated document.
func WrapLink(deflated []byte) string {
	raw := binary.AppendUvarint(nil, uint64(len(deflated)))
	raw = append(raw, deflated...)
	raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
	return linkMarker + strconv.Itoa(LinkVersion) + "." + base64.RawURLEncoding.EncodeToString(raw)
}

// MaxLink is the longest payload UnwrapLink reads: twice the longest link
// the app offers, and far less than a phone could not inflate.
const MaxLink = 64 << 10

// ReadLink checks the document a transfer link carried, once inflated,
// against the course, as Import does a file: it returns the document with
// what Check left out or corrected, or the problem with it (Huge: more
// than MaxImport; Blank: nothing in it for this course; Damaged, Foreign or
// Future as for a file). It never touches the learner's own document.
func ReadLink(inflated []byte, k Known, now time.Time) (*Document, Report, *Problem) {
	if len(inflated) > MaxImport {
		return nil, Report{}, &Problem{Huge, fmt.Sprintf("more than %d bytes inflated", MaxImport)}
	}
	return Import(inflated, k, now)
}

// UnwrapLink checks a transfer link's payload, its marker, version, length
// and checksum, and returns the deflated document it carries, or the
// problem with the link: Foreign, not a transfer link; Future, from a newer
// version of the app; Truncated, cut short; Damaged, changed on the way;
// Huge, longer than MaxLink.
func UnwrapLink(payload string) ([]byte, *Problem) {
	head, body, found := strings.Cut(payload, ".")
	digits, ours := strings.CutPrefix(head, linkMarker)
	version, err := strconv.Atoi(digits)
	if !found || !ours || err != nil || version < 1 || digits != strconv.Itoa(version) {
		return nil, &Problem{Foreign, "not a transfer link"}
	}
	if version > LinkVersion {
		return nil, &Problem{Future, fmt.Sprintf("link version %d is newer than %d", version, LinkVersion)}
	}
	if len(body) > MaxLink {
		return nil, &Problem{Huge, fmt.Sprintf("%d characters is more than %d", len(body), MaxLink)}
	}
	// A link cut in the middle of a base64 quantum is as cut short as one
	// cut between two: decode what whole bytes there are.
	whole := len(body)
	if whole%4 == 1 {
		whole--
	}
	raw, err := base64.RawURLEncoding.DecodeString(body[:whole])
	if err != nil {
		return nil, &Problem{Damaged, "not base64url: " + err.Error()}
	}
	size, n := binary.Uvarint(raw)
	switch {
	case n == 0:
		return nil, &Problem{Truncated, "no length"}
	case n < 0 || size > MaxLink:
		return nil, &Problem{Damaged, "length out of range"}
	}
	if want := uint64(n) + size + 4; uint64(len(raw)) < want {
		return nil, &Problem{Truncated, fmt.Sprintf("%d bytes of %d", len(raw), want)}
	} else if uint64(len(raw)) > want || whole != len(body) {
		return nil, &Problem{Damaged, "longer than its length says"}
	}
	sum := len(raw) - 4
	if crc32.ChecksumIEEE(raw[:sum]) != binary.BigEndian.Uint32(raw[sum:]) {
		return nil, &Problem{Damaged, "checksum does not match"}
	}
	return raw[n:sum], nil
}
