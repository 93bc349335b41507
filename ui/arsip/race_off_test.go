//go:build !race

package arsip

// raceSlowdown scales the time limits of the screen tests (see race_on_test.go).
const raceSlowdown = 1
