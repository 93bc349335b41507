//go:build race

package arsip

// raceSlowdown scales the time limits of the screen tests: the race
// detector makes the same work several times slower, and make test runs
// the ui package only with it.
const raceSlowdown = 10
