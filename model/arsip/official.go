package arsip

import "rapi/model"

// How the official lists and forms write the stored choices. Known values
// are plain strings (an export writes them for every row); anything else,
// such as a value an old register brought in, is title-cased.
var (
	officialTingkat = map[Tingkat]string{TingkatAsli: "Asli", TingkatSalinan: "Salinan",
		TingkatTembusan: "Tembusan", TingkatPertinggal: "Pertinggal"}
	officialMedia = map[Media]string{MediaTekstual: "Tekstual", MediaKartografi: "Kartografi/Kearsitekturan",
		MediaAudioVisual: "Audio Visual", MediaElektronik: "Elektronik"}
	officialKeamanan = map[Keamanan]string{KeamananBiasa: "Biasa/Terbuka", KeamananTerbatas: "Terbatas",
		KeamananRahasia: "Rahasia", KeamananSangatRahasia: "Sangat Rahasia"}
	officialStatus = map[Status]string{StatusAktif: "Aktif", StatusInaktif: "Inaktif", StatusDipinjam: "Dipinjam",
		StatusMusnah: "Musnah", StatusPermanen: "Permanen"}
)

// Official is the copy kind as the lists write it: "Asli".
func (t Tingkat) Official() string { return official(officialTingkat, t) }

// Official is the medium as the lists write it: "Kartografi/Kearsitekturan".
func (m Media) Official() string { return official(officialMedia, m) }

// Official is the security class as the lists write it: "Biasa/Terbuka".
func (k Keamanan) Official() string { return official(officialKeamanan, k) }

// Official is the status as the lists write it: "Dipinjam".
func (s Status) Official() string { return official(officialStatus, s) }

func official[T ~string](names map[T]string, v T) string {
	if n, ok := names[v]; ok {
		return n
	}
	return model.TitleCase(string(v))
}
