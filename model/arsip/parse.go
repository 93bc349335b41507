package arsip

import (
	"strings"

	"rapi/model/value"
)

// ParseTingkat reads a tingkat perkembangan as registers write it.
func ParseTingkat(s string) (Tingkat, bool) {
	switch value.Fold(s) {
	case "asli", "a", "original":
		return TingkatAsli, true
	case "salinan", "copy", "fotokopi", "fotocopy", "s", "kopi", "k", "copy an", "kopian":
		return TingkatSalinan, true
	case "tembusan", "t":
		return TingkatTembusan, true
	case "pertinggal", "arsip pertinggal", "p":
		return TingkatPertinggal, true
	}
	return "", false
}

// ParseMedia reads a medium as registers write it.
func ParseMedia(s string) (Media, bool) {
	f := value.Fold(s)
	switch {
	case f == "tekstual" || f == "kertas" || f == "teks" || f == "textual":
		return MediaTekstual, true
	case strings.HasPrefix(f, "kartografi") || strings.HasPrefix(f, "kearsitekturan") || f == "peta":
		return MediaKartografi, true
	case strings.HasPrefix(f, "audio") || f == "foto" || f == "video" || f == "film":
		return MediaAudioVisual, true
	case strings.HasPrefix(f, "elektronik") || f == "digital":
		return MediaElektronik, true
	}
	return "", false
}

// ParseKeamanan reads a security class as registers write it.
func ParseKeamanan(s string) (Keamanan, bool) {
	switch value.Fold(s) {
	// "Umum" and "Publik" are how some registers say open to all
	case "biasa", "terbuka", "biasa terbuka", "terbuka biasa", "b", "umum", "publik", "terbuka umum":
		return KeamananBiasa, true
	case "terbatas":
		return KeamananTerbatas, true
	case "rahasia", "r":
		return KeamananRahasia, true
	case "sangat rahasia", "sr":
		return KeamananSangatRahasia, true
	}
	return "", false
}
