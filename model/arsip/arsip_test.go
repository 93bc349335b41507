package arsip

import (
	"rapi/model"
	"testing"
	"time"
)

func TestKlasifikasiCode(t *testing.T) {
	for _, c := range []string{"000", "000.1", "000.1.7.2", "900.1"} {
		if !ValidKlasifikasiCode(c) {
			t.Errorf("%s refused", c)
		}
	}
	for _, c := range []string{"", "00", "000.", "000..1", "000.1.7.2.1", "A00", "000-1"} {
		if ValidKlasifikasiCode(c) {
			t.Errorf("%s accepted", c)
		}
	}
	if NormalizeKlasifikasiCode(" 000. 1,5 ") != "000.1.5" || KlasifikasiParent("000.1.5") != "000.1" || KlasifikasiParent("000") != "" {
		t.Error("normalize/parent")
	}
	k := Klasifikasi{Code: "000.1.5", Name: "Rapat Pimpinan", JRA: JRA{Aktif: 2, Inaktif: 3, Nasib: "hancur"}}
	if ie, ok := model.AsInvalid(k.Validate()); !ok || ie.Field != "nasib_akhir" {
		t.Fatalf("bad nasib: %v", k.Validate())
	}
}

func TestBerkasValidateNamesField(t *testing.T) {
	good := func() Berkas {
		return Berkas{Code: "b-000001", KodeKlasifikasi: "000.1.5", Uraian: " Undangan  rapat pimpinan ", TahunSampai: 2024}
	}
	b := good()
	if err := b.Validate(); err != nil || b.Code != "B-000001" || b.Uraian != "Undangan rapat pimpinan" || b.TahunDari != 2024 || b.Status != StatusAktif {
		t.Fatalf("good berkas: %v %+v", err, b)
	}
	cases := map[string]func(*Berkas){
		"code":                 func(b *Berkas) { b.Code = "B 1" },
		"kode_klasifikasi":     func(b *Berkas) { b.KodeKlasifikasi = "1.5" },
		"uraian":               func(b *Berkas) { b.Uraian = " " },
		"tahun_sampai":         func(b *Berkas) { b.TahunSampai = 0 },
		"tahun_dari":           func(b *Berkas) { b.TahunDari = 2025 },
		"media":                func(b *Berkas) { b.Media = "kaset" },
		"status":               func(b *Berkas) { b.Status = StatusDipinjam },
		"klasifikasi_keamanan": func(b *Berkas) { b.Keamanan = "top secret" },
	}
	for field, spoil := range cases {
		b := good()
		spoil(&b)
		if ie, ok := model.AsInvalid(b.Validate()); !ok || ie.Field != field {
			t.Errorf("%s: got %v", field, b.Validate())
		}
	}
}

func TestShownStatusAndLoan(t *testing.T) {
	b := Berkas{Status: StatusInaktif}
	if b.ShownStatus() != StatusInaktif {
		t.Fatal(b.ShownStatus())
	}
	b.Loan = &Loan{Borrower: "Andi", Due: day(2025, 5, 10)}
	if b.ShownStatus() != StatusDipinjam {
		t.Fatal("file on loan not shown as Dipinjam")
	}
	if b.Loan.Overdue(day(2025, 5, 10)) || !b.Loan.Overdue(day(2025, 5, 11)) {
		t.Fatal("overdue boundary")
	}
}

func TestPeminjamanValidate(t *testing.T) {
	p := Peminjaman{BerkasID: 1, BoksID: 2, Borrower: "Andi", Tanggal: time.Now(), Due: time.Now()}
	if ie, ok := model.AsInvalid(p.Validate()); !ok || ie.Field != "berkas" {
		t.Fatalf("both targets: %v", p.Validate())
	}
	p.BoksID = 0
	p.NIP = "1987 0101"
	if ie, ok := model.AsInvalid(p.Validate()); !ok || ie.Field != "nip" {
		t.Fatalf("short NIP: %v", p.Validate())
	}
	p.NIP = "198701012010011001"
	p.Due = p.Tanggal.AddDate(0, 0, -1)
	if ie, ok := model.AsInvalid(p.Validate()); !ok || ie.Field != "jatuh_tempo" {
		t.Fatalf("due before date: %v", p.Validate())
	}
	p.Due = p.Tanggal.AddDate(0, 0, 7)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}
