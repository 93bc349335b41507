package model

import "strings"

// MaxCodeLen is the longest label code Rapi makes or accepts.
const MaxCodeLen = 20

// NormalizeCode upper-cases and trims what a scanner or a clerk typed.
func NormalizeCode(s string) string {
	return strings.ToUpper(strings.TrimSpace(s))
}

// ValidCode reports whether s is a well-formed label code: 1 to 20
// characters of A-Z, 0-9 and '-', which every keyboard layout a USB
// scanner emulates types the same way.
func ValidCode(s string) bool {
	if s == "" || len(s) > MaxCodeLen {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
