// Package paper puts labels on paper. A label design draws only through
// the small Canvas interface, which has two implementations: a PDF page
// (fpdf, millimetres, exact scale, for printing) and an RGBA image at a
// chosen dpi (for the on-screen preview). One layout, two outputs, so what
// the clerk previews is what the printer gets.
//
// Layout (where each label goes) comes from model/label; this package only
// draws. Text is laid out once, with Helvetica's metrics, in both outputs;
// the preview draws the same lines with the Go fonts, squeezing a line
// where the Go font runs wider, so neither output overflows a box.
package paper
