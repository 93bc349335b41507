package model

import (
	"strconv"
	"strings"
)

// CodeKind is what a label code stands for. Its prefix is the first part
// of every code Rapi allocates for that kind, so a clerk reading a label
// (and a scan arriving in the app) knows what it is before any lookup.
type CodeKind string

// The kinds Rapi labels, with their prefixes:
//
//	berkas  B    folder (berkas)           B-000123
//	boks    BX   archive box               BX-000042
//	place   L    shelf, cabinet ... (lokasi) L-000007
//	asset   A    office asset (inventaris) A-000310
//	room    R    room (ruang)              R-000003
//	meeting M    meeting (rapat)           M-000015
//	invitee U    a meeting's invitee (undangan), for check-in U-000042
//	booking P    a booking of a room or car (peminjaman) P-000123
//
// A prefix is letters only and the sequence digits only, with '-' between
// them, so no prefix can be read as the start of another ("B-" never
// begins "BX-").
const (
	CodeBerkas  CodeKind = "berkas"
	CodeBoks    CodeKind = "boks"
	CodePlace   CodeKind = "place"
	CodeAsset   CodeKind = "asset"
	CodeRoom    CodeKind = "room"
	CodeMeeting CodeKind = "meeting"
	CodeInvitee CodeKind = "invitee"
	CodeBooking CodeKind = "booking"
)

// CodeSeqDigits is how many digits the sequence is padded to. Larger
// numbers simply grow longer ("B-1000000"); MaxCodeLen still holds.
const CodeSeqDigits = 6

var codePrefixes = map[CodeKind]string{
	CodeBerkas:  "B",
	CodeBoks:    "BX",
	CodePlace:   "L",
	CodeAsset:   "A",
	CodeRoom:    "R",
	CodeMeeting: "M",
	CodeInvitee: "U",
	CodeBooking: "P",
}

// CodeKinds lists every kind that has a prefix, in a fixed order.
func CodeKinds() []CodeKind {
	return []CodeKind{CodeBerkas, CodeBoks, CodePlace, CodeAsset, CodeRoom, CodeMeeting, CodeInvitee, CodeBooking}
}

// Prefix is the kind's code prefix, "" for an unknown kind.
func (k CodeKind) Prefix() string { return codePrefixes[k] }

// Valid reports whether k is one of CodeKinds.
func (k CodeKind) Valid() bool { return codePrefixes[k] != "" }

// FormatCode builds the code for sequence number seq (1, 2, ...) of kind:
// FormatCode(CodeBoks, 42) is "BX-000042". It returns "" for an unknown
// kind, a sequence below 1, or a result longer than MaxCodeLen.
func FormatCode(kind CodeKind, seq int64) string {
	p := kind.Prefix()
	if p == "" || seq < 1 {
		return ""
	}
	n := strconv.FormatInt(seq, 10)
	if len(n) < CodeSeqDigits {
		n = strings.Repeat("0", CodeSeqDigits-len(n)) + n
	}
	c := p + "-" + n
	if len(c) > MaxCodeLen {
		return ""
	}
	return c
}

// ParseCode splits a code Rapi allocated into its kind and sequence. It
// accepts what a scanner or a clerk typed (see NormalizeCode). ok is false
// for anything else, such as a hand-made place code ("RAK-01") or a
// legacy number: those are still valid codes, just not allocated ones.
func ParseCode(s string) (kind CodeKind, seq int64, ok bool) {
	s = NormalizeCode(s)
	if !ValidCode(s) {
		return "", 0, false
	}
	prefix, num, found := strings.Cut(s, "-")
	if !found || len(num) < CodeSeqDigits {
		return "", 0, false
	}
	for _, r := range num {
		if r < '0' || r > '9' {
			return "", 0, false
		}
	}
	for k, p := range codePrefixes {
		if p == prefix {
			n, err := strconv.ParseInt(num, 10, 64)
			if err != nil || n < 1 || FormatCode(k, n) != s {
				return "", 0, false
			}
			return k, n, true
		}
	}
	return "", 0, false
}
