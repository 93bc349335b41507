package inventaris

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/value"
	"rapi/ui/kit"
)

// detailEntries are the fields of the six KIB groups, keyed by group and
// field key (the key names the label "inv.f.<key>" and the field model
// errors name: nomor_polisi, luas, panjang, nilai_kontrak).
type detailEntries map[aset.KIB]map[string]*kit.Entry

// detailKeys are the group fields in the order the form shows them.
var detailKeys = map[aset.KIB][]string{
	aset.KIBA: {"luas", "alamat", "status_hak", "sertifikat_nomor", "sertifikat_tanggal", "penggunaan"},
	aset.KIBB: {"nomor_rangka", "nomor_mesin", "nomor_polisi", "nomor_bpkb"},
	aset.KIBC: {"luas_lantai", "alamat", "dokumen_nomor", "dokumen_tanggal", "luas_tanah", "status_tanah", "kode_tanah"},
	aset.KIBD: {"konstruksi", "panjang", "lebar", "luas", "alamat", "dokumen_nomor", "dokumen_tanggal", "status_tanah"},
	aset.KIBE: {"buku_judul", "buku_spesifikasi", "seni_asal", "seni_pencipta", "seni_bahan", "hewan_jenis", "hewan_ukuran"},
	aset.KIBF: {"bangunan", "luas", "alamat", "dokumen_nomor", "tanggal_mulai", "status_tanah", "nilai_kontrak"},
}

func newDetailEntries(a Shell) detailEntries {
	d := detailEntries{}
	for g, keys := range detailKeys {
		d[g] = map[string]*kit.Entry{}
		for _, k := range keys {
			d[g][k] = a.NewEntry()
		}
	}
	return d
}

func (d detailEntries) all() []*kit.Entry {
	var out []*kit.Entry
	for _, g := range aset.KIBs {
		for _, k := range detailKeys[g] {
			out = append(out, d[g][k])
		}
	}
	return out
}

// detailRows are the rows of group g, each with its error line.
func (f *asetForm) detailRows(g aset.KIB) []*widget.FormItem {
	var rows []*widget.FormItem
	for _, k := range detailKeys[g] {
		l := widget.NewLabel("")
		l.Importance = widget.DangerImportance
		l.Hide()
		f.errs[string(g)+"."+k] = l
		rows = append(rows, widget.NewFormItem(trKey("inv.f.", k), container.NewVBox(f.detail[g][k], l)))
	}
	return rows
}

func num(f float64) string {
	if f == 0 {
		return ""
	}
	return strings.ReplaceAll(strconv.FormatFloat(f, 'f', -1, 64), ".", ",")
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return model.FormatDateShort(t)
}

// fill shows the group fields of d.
func (d detailEntries) fill(det aset.Detail) {
	set := func(g aset.KIB, kv map[string]string) {
		for k, v := range kv {
			d[g][k].SetText(v)
		}
	}
	if t := det.A; t != nil {
		set(aset.KIBA, map[string]string{"luas": num(t.Luas), "alamat": t.Alamat, "status_hak": t.StatusHak,
			"sertifikat_nomor": t.SertifikatNomor, "sertifikat_tanggal": date(t.SertifikatTanggal), "penggunaan": t.Penggunaan})
	}
	if m := det.B; m != nil {
		set(aset.KIBB, map[string]string{"nomor_rangka": m.NomorRangka, "nomor_mesin": m.NomorMesin,
			"nomor_polisi": m.NomorPolisi, "nomor_bpkb": m.NomorBPKB})
	}
	if c := det.C; c != nil {
		set(aset.KIBC, map[string]string{"luas_lantai": num(c.LuasLantai), "alamat": c.Alamat, "dokumen_nomor": c.DokumenNomor,
			"dokumen_tanggal": date(c.DokumenTanggal), "luas_tanah": num(c.LuasTanah), "status_tanah": c.StatusTanah, "kode_tanah": c.KodeTanah})
	}
	if j := det.D; j != nil {
		set(aset.KIBD, map[string]string{"konstruksi": j.Konstruksi, "panjang": num(j.Panjang), "lebar": num(j.Lebar),
			"luas": num(j.Luas), "alamat": j.Alamat, "dokumen_nomor": j.DokumenNomor, "dokumen_tanggal": date(j.DokumenTanggal),
			"status_tanah": j.StatusTanah})
	}
	if e := det.E; e != nil {
		set(aset.KIBE, map[string]string{"buku_judul": e.BukuJudul, "buku_spesifikasi": e.BukuSpesifikasi, "seni_asal": e.SeniAsal,
			"seni_pencipta": e.SeniPencipta, "seni_bahan": e.SeniBahan, "hewan_jenis": e.HewanJenis, "hewan_ukuran": e.HewanUkuran})
	}
	if k := det.F; k != nil {
		nilai := ""
		if k.NilaiKontrak != 0 {
			nilai = value.FormatRupiah(k.NilaiKontrak)
		}
		set(aset.KIBF, map[string]string{"bangunan": k.Bangunan, "luas": num(k.Luas), "alamat": k.Alamat,
			"dokumen_nomor": k.DokumenNomor, "tanggal_mulai": date(k.TanggalMulai), "status_tanah": k.StatusTanah, "nilai_kontrak": nilai})
	}
}

// detailReader reads the fields of one group; the first field that does
// not read is kept in err, named by its group and key.
type detailReader struct {
	e   map[string]*kit.Entry
	g   aset.KIB
	err error
}

func (r *detailReader) s(k string) string { return strings.TrimSpace(r.e[k].Text) }

func (r *detailReader) f(k string) float64 {
	t := r.s(k)
	if t == "" || r.err != nil {
		return 0
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(t, ".", ""), ",", "."), 64)
	if err != nil {
		r.err = model.Invalid(string(r.g)+"."+k, t, "inv.error.number")
	}
	return v
}

func (r *detailReader) d(k string) time.Time {
	t := r.s(k)
	if t == "" || r.err != nil {
		return time.Time{}
	}
	v, err := value.ParseDate(t)
	if err != nil {
		r.err = model.Invalid(string(r.g)+"."+k, t, value.Reason(err))
	}
	return v
}

func (r *detailReader) rp(k string) int64 {
	t := r.s(k)
	if t == "" || r.err != nil {
		return 0
	}
	v, err := value.ParseRupiah(t)
	if err != nil {
		r.err = model.Invalid(string(r.g)+"."+k, t, "inv.error.rupiah")
	}
	return v
}

// read builds the detail of group g from its fields (the other groups'
// fields are not kept).
func (d detailEntries) read(g aset.KIB) (aset.Detail, error) {
	var det aset.Detail
	e, ok := d[g]
	if !ok {
		return det, nil
	}
	r := &detailReader{e: e, g: g}
	switch g {
	case aset.KIBA:
		det.A = &aset.Tanah{Luas: r.f("luas"), Alamat: r.s("alamat"), StatusHak: r.s("status_hak"),
			SertifikatNomor: r.s("sertifikat_nomor"), SertifikatTanggal: r.d("sertifikat_tanggal"), Penggunaan: r.s("penggunaan")}
	case aset.KIBB:
		det.B = &aset.Mesin{NomorRangka: r.s("nomor_rangka"), NomorMesin: r.s("nomor_mesin"), NomorPolisi: r.s("nomor_polisi"),
			NomorBPKB: r.s("nomor_bpkb")}
	case aset.KIBC:
		det.C = &aset.Gedung{LuasLantai: r.f("luas_lantai"), Alamat: r.s("alamat"), DokumenNomor: r.s("dokumen_nomor"),
			DokumenTanggal: r.d("dokumen_tanggal"), LuasTanah: r.f("luas_tanah"), StatusTanah: r.s("status_tanah"), KodeTanah: r.s("kode_tanah")}
	case aset.KIBD:
		det.D = &aset.Jalan{Konstruksi: r.s("konstruksi"), Panjang: r.f("panjang"), Lebar: r.f("lebar"), Luas: r.f("luas"),
			Alamat: r.s("alamat"), DokumenNomor: r.s("dokumen_nomor"), DokumenTanggal: r.d("dokumen_tanggal"), StatusTanah: r.s("status_tanah")}
	case aset.KIBE:
		det.E = &aset.Lainnya{BukuJudul: r.s("buku_judul"), BukuSpesifikasi: r.s("buku_spesifikasi"), SeniAsal: r.s("seni_asal"),
			SeniPencipta: r.s("seni_pencipta"), SeniBahan: r.s("seni_bahan"), HewanJenis: r.s("hewan_jenis"), HewanUkuran: r.s("hewan_ukuran")}
	case aset.KIBF:
		det.F = &aset.Konstruksi{Bangunan: r.s("bangunan"), Luas: r.f("luas"), Alamat: r.s("alamat"), DokumenNomor: r.s("dokumen_nomor"),
			TanggalMulai: r.d("tanggal_mulai"), StatusTanah: r.s("status_tanah"), NilaiKontrak: r.rp("nilai_kontrak")}
	}
	return det, r.err
}
