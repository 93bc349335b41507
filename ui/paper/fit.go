package paper

import (
	"strings"
	"unicode/utf8"
)

// lineSpacing is line height as a multiple of font size.
const lineSpacing = 1.15

// fitted is text laid out in a box: one font size and the lines to draw.
type fitted struct {
	Size  float64 // points
	Lines []string
}

// lineHeight in mm.
func (f fitted) lineHeight() float64 { return f.Size * ptMM * lineSpacing }

// fitText lays s out in a w x h mm box. It tries sizes from st.Size down
// to the minimum, wrapping at each, and takes the first that fits; at the
// minimum it keeps the lines that fit and ends the last with an ellipsis.
// The minimum is lowered when even one line would be taller than the box.
func fitText(s string, w, h float64, st TextStyle) fitted {
	words := strings.Fields(s)
	if len(words) == 0 || w <= 0 || h <= 0 {
		return fitted{}
	}
	size, minSize := st.Size, st.MinSize
	if minSize <= 0 {
		minSize = 6
	}
	minSize = min(minSize, size, h/(ptMM*lineSpacing))
	size = min(size, h/(ptMM*lineSpacing))
	for ; size > minSize; size -= stepFor(size) {
		if f := layout(words, w, h, size, st); f.fits(w, h, st) {
			return f
		}
	}
	return cut(layout(words, w, h, minSize, st), w, h, st)
}

// stepFor keeps big type (box numbers) from taking hundreds of steps.
func stepFor(size float64) float64 {
	return max(0.5, size/20)
}

func layout(words []string, w, h, size float64, st TextStyle) fitted {
	if st.MaxLines == 1 {
		return fitted{Size: size, Lines: []string{strings.Join(words, " ")}}
	}
	return fitted{Size: size, Lines: wrap(words, w, size, st.Bold)}
}

// fits checks lines, height and width: wrap never makes a line wider than
// w, but a one-line layout may.
func (f fitted) fits(w, h float64, st TextStyle) bool {
	if st.MaxLines > 0 && len(f.Lines) > st.MaxLines {
		return false
	}
	if float64(len(f.Lines))*f.lineHeight() > h+1e-9 {
		return false
	}
	return f.widest(st) <= w+1e-9
}

// widest is the width in mm of the longest line.
func (f fitted) widest(st TextStyle) float64 {
	m := 0.0
	for _, l := range f.Lines {
		m = max(m, textWidth(l, f.Size, st.Bold))
	}
	return m
}

// cut keeps the lines that fit and ends the last one with an ellipsis.
func cut(f fitted, w, h float64, st TextStyle) fitted {
	n := max(1, int((h+1e-9)/f.lineHeight()))
	if st.MaxLines > 0 {
		n = min(n, st.MaxLines)
	}
	if len(f.Lines) <= n && f.widest(st) <= w {
		return f
	}
	rest := strings.Join(f.Lines[min(n, len(f.Lines))-1:], " ")
	f.Lines = append(f.Lines[:min(n, len(f.Lines))-1], ellipsize(rest, w, f.Size, st.Bold))
	return f
}

// ellipsize shortens s until it plus "…" fits in w.
func ellipsize(s string, w, size float64, bold bool) string {
	const ell = "…"
	if textWidth(s, size, bold) <= w {
		return s
	}
	for s != "" {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		if textWidth(strings.TrimRight(s, " ")+ell, size, bold) <= w {
			return strings.TrimRight(s, " ") + ell
		}
	}
	return ell
}

// wrap breaks words into lines no wider than w; a word wider than w on its
// own (a long code, a URL) is broken between characters.
func wrap(words []string, w, size float64, bold bool) []string {
	var lines []string
	cur := ""
	for _, word := range words {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if textWidth(try, size, bold) <= w {
			cur = try
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		pieces := breakWord(word, w, size, bold)
		lines = append(lines, pieces[:len(pieces)-1]...)
		cur = pieces[len(pieces)-1]
	}
	return append(lines, cur)
}

func breakWord(word string, w, size float64, bold bool) []string {
	var out []string
	cur := ""
	for _, r := range word {
		if cur != "" && textWidth(cur+string(r), size, bold) > w {
			out = append(out, cur)
			cur = ""
		}
		cur += string(r)
	}
	return append(out, cur)
}
