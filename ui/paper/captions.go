package paper

// Caption keys printed on labels and test pages. The caller passes a
// translator (lang.L in the app); without one the Indonesian text below is
// used, which is what assets/translations/label.id.json holds too (a test
// keeps them equal).
const (
	capBox       = "label.caption.box"
	capClass     = "label.caption.class"
	capYears     = "label.caption.years"
	capPlace     = "label.caption.place"
	capNumber    = "label.caption.number"
	capTestTitle = "label.testpage.title"
	capTestHint  = "label.testpage.hint"
)

var captionsID = map[string]string{
	capBox:       "BOKS",
	capClass:     "Klasifikasi",
	capYears:     "Kurun waktu",
	capPlace:     "Lokasi",
	capNumber:    "No.",
	capTestTitle: "Halaman uji printer",
	capTestHint:  "Garis penggaris harus tepat 100 mm. Selisih posisi kotak diisi sebagai offset printer.",
}

// translator returns tr, or the Indonesian captions when tr is nil.
func translator(tr func(string) string) func(string) string {
	if tr != nil {
		return tr
	}
	return func(key string) string {
		if s, ok := captionsID[key]; ok {
			return s
		}
		return key
	}
}
