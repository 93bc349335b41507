package model

import "strings"

// NormalizeNIP removes the spaces a NIP is often printed with
// ("19850312 201001 1 002"): Rapi stores the 18 digits.
func NormalizeNIP(s string) string { return strings.Join(strings.Fields(s), "") }

// ValidNIP reports whether s is a civil servant's NIP: 18 digits, with
// spaces allowed between the groups as printed.
func ValidNIP(s string) bool {
	d := NormalizeNIP(s)
	if len(d) != 18 {
		return false
	}
	for _, r := range d {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
