// Package label describes label sheets and rolls as data, and computes
// where each label lands on paper. Everything is in millimetres, measured
// from the top-left corner of the page, so a sheet a clerk measured with a
// ruler can be typed in as is.
//
// The package knows nothing about what is printed on a label; ui/paper
// draws the labels at the placements computed here.
package label
