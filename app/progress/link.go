package progress

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"io"
	"strconv"
	"strings"
	"time"
)

// A transfer link carries the whole document to another device in the
// fragment of an address (after the "#"), which browsers never send to a
// server. Its payload is
//
//	cxo<version>.<base64url without padding of: length, deflate, CRC-32>
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

// EncodeLink writes the document as the payload of a transfer link.
func EncodeLink(d *Document) (string, error) {
	doc, err := json.Marshal(d)
	if err != nil {
		return "", err
	}
	var deflated bytes.Buffer
	w, err := flate.NewWriter(&deflated, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := w.Write(doc); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	raw := binary.AppendUvarint(nil, uint64(deflated.Len()))
	raw = append(raw, deflated.Bytes()...)
	raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
	return linkMarker + strconv.Itoa(LinkVersion) + "." + base64.RawURLEncoding.EncodeToString(raw), nil
}

// maxLinkPayload is the longest payload DecodeLink reads: far beyond the
// longest address a browser opens.
const maxLinkPayload = 4 << 20

// DecodeLink reads the payload of a transfer link and checks the document
// it carries against the course, as Import does a file: it returns the
// document with what Check left out or corrected, or the problem with the
// link (Foreign: not a transfer link; Future: from a newer version of the
// app; Truncated: cut short; Damaged: changed on the way; Huge: more than
// MaxImport once inflated; Blank: nothing in it for this course). It never
// touches the learner's own document.
func DecodeLink(payload string, k Known, now time.Time) (*Document, Report, *Problem) {
	raw, problem := unwrapLink(payload)
	if problem != nil {
		return nil, Report{}, problem
	}
	doc, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(raw)), MaxImport+1))
	if err != nil {
		return nil, Report{}, &Problem{Damaged, "inflating: " + err.Error()}
	}
	if len(doc) > MaxImport {
		return nil, Report{}, &Problem{Huge, fmt.Sprintf("more than %d bytes inflated", MaxImport)}
	}
	return Import(doc, k, now)
}

// unwrapLink checks a payload's marker, version, length and checksum and
// returns the deflated document it carries.
func unwrapLink(payload string) ([]byte, *Problem) {
	head, body, found := strings.Cut(payload, ".")
	digits, ours := strings.CutPrefix(head, linkMarker)
	version, err := strconv.Atoi(digits)
	if !found || !ours || err != nil || version < 1 || digits != strconv.Itoa(version) {
		return nil, &Problem{Foreign, "not a transfer link"}
	}
	if version > LinkVersion {
		return nil, &Problem{Future, fmt.Sprintf("link version %d is newer than %d", version, LinkVersion)}
	}
	if len(body) > maxLinkPayload {
		return nil, &Problem{Huge, fmt.Sprintf("%d characters is more than %d", len(body), maxLinkPayload)}
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
	case n < 0 || size > maxLinkPayload:
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
