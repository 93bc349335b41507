package printout

import (
	"context"
	"errors"
	"strings"
	"testing"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
)

// signedStore is asetStore with the Pengurus Barang, the head of the unit
// and the Aula's penanggung jawab set, NIPs typed with spaces.
func signedStore(t *testing.T) (*storage.Store, model.Place) {
	t.Helper()
	s, r := asetStore(t, 3, false)
	ctx := context.Background()
	sig := model.AsetSigners{
		Pengurus: model.Signer{Nama: "Budi Santoso", NIP: "19850312 201001 1 002", Jabatan: "Penata Muda / III a"},
		Kepala:   model.Signer{Nama: "Dra. Siti Aminah, M.Si", NIP: "19700101 199503 2 001", Jabatan: "Kepala Biro Umum"}}
	if err := s.SetAsetSigners(ctx, sig, "1234"); err != nil {
		t.Fatal(err)
	}
	_, v, err := s.RuangPJ(ctx, r.ID)
	if err == nil {
		err = s.SetRuangPJ(ctx, r.ID, v, model.Signer{Nama: "Rina Wati", NIP: "199001012015032003"})
	}
	if err != nil {
		t.Fatal(err)
	}
	return s, r
}

func TestKIRSignedByRoomPengurusAndHead(t *testing.T) {
	s, r := signedStore(t)
	all := strings.Join(pdfPages(t, s, AsetOptions{List: storage.ListKIR, RuangID: r.ID}), "\n")
	mustContain(t, "KIR", all, "Rina Wati", "NIP. 199001012015032003", "Budi Santoso", "Penata Muda / III a",
		"NIP. 198503122010011002", "Dra. Siti Aminah, M.Si", "NIP. 197001011995032001", "Mengetahui,", "Kepala Biro Umum")
	if strings.Contains(all, "......") {
		t.Errorf("the KIR still has dotted lines:\n%s", all)
	}
}

func TestKIBBSignedByPengurusAndHead(t *testing.T) {
	s, _ := signedStore(t)
	all := strings.Join(pdfPages(t, s, AsetOptions{List: storage.ListKIBB}), "\n")
	mustContain(t, "KIB B", all, "Budi Santoso", "NIP. 198503122010011002", "Dra. Siti Aminah, M.Si",
		"NIP. 197001011995032001")
	if strings.Contains(all, "Rina Wati") {
		t.Error("the KIB B is signed by a room's penanggung jawab")
	}
}

// Until the names are set, every paper keeps the dotted lines.
func TestUnsetSignersKeepDottedLines(t *testing.T) {
	s, _ := asetStore(t, 1, false)
	all := strings.Join(pdfPages(t, s, AsetOptions{List: storage.ListKIBB}), "\n")
	mustContain(t, "KIB B", all, "(................................................)", "NIP. ......")
}

func TestBadSignerNIPRefusedNamingTheField(t *testing.T) {
	s, r := asetStore(t, 1, false)
	ctx := context.Background()
	for _, c := range []struct {
		sig   model.AsetSigners
		field string
	}{
		{model.AsetSigners{Pengurus: model.Signer{Nama: "Budi", NIP: "1985 0312"}}, "pengurus_nip"},
		{model.AsetSigners{Kepala: model.Signer{Nama: "Siti", NIP: "19700101199503200X"}}, "kepala_nip"},
		{model.AsetSigners{Kepala: model.Signer{NIP: "197001011995032001"}}, "kepala_nama"},
	} {
		var ie *model.InvalidError
		if err := s.SetAsetSigners(ctx, c.sig, "1234"); !errors.As(err, &ie) || ie.Field != c.field {
			t.Errorf("%+v: got %v, want a refusal naming %s", c.sig, err, c.field)
		}
	}
	_, v, _ := s.RuangPJ(ctx, r.ID)
	var ie *model.InvalidError
	if err := s.SetRuangPJ(ctx, r.ID, v, model.Signer{Nama: "Rina", NIP: "123"}); !errors.As(err, &ie) || ie.Field != "pj_nip" {
		t.Errorf("room NIP 123: got %v", err)
	}
	if got, _ := s.AsetSigners(ctx); got != (model.AsetSigners{}) {
		t.Errorf("a refused save left %+v", got)
	}
}

// A penanggung jawab saved on a room another PC changed since is refused.
func TestRuangPJVersionChecked(t *testing.T) {
	s, r := asetStore(t, 1, false)
	ctx := context.Background()
	_, v, _ := s.RuangPJ(ctx, r.ID)
	if err := s.SetRuangPJ(ctx, r.ID, v, model.Signer{Nama: "Rina"}); err != nil {
		t.Fatal(err)
	}
	var ce *model.ConflictError
	if err := s.SetRuangPJ(ctx, r.ID, v, model.Signer{Nama: "Joko"}); !errors.As(err, &ce) {
		t.Fatalf("a stale save: %v", err)
	}
	if pj, _, _ := s.RuangPJ(ctx, r.ID); pj.Nama != "Rina" {
		t.Errorf("penanggung jawab %q after a refused save", pj.Nama)
	}
}

// The BAST names the Pengurus Barang as PIHAK PERTAMA and signs with his
// NIP; the Berita Acara Sensus is known by the head and signed by him.
func TestBASTAndBASensusSignedBySettings(t *testing.T) {
	s, r := signedStore(t)
	ctx := context.Background()
	laptop := aset.Aset{KodeBarang: "1.3.2.10.01.02.001", Nama: "Laptop", Tahun: 2024, RuangID: r.ID,
		Pemegang: aset.Pemegang{Nama: "Andi Saputra", NIP: "198011112005011010"}}
	if err := s.CreateAset(ctx, &laptop); err != nil {
		t.Fatal(err)
	}
	spec, rows, err := BAST(ctx, s, BASTOptions{Codes: []string{laptop.Code}})
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, "BAST", formText(t, spec, rows), "PIHAK PERTAMA: Budi Santoso, NIP 198503122010011002, Pengurus Barang",
		"NIP. 198503122010011002", "Andi Saputra", "NIP. 198011112005011010")

	ses, err := s.AsetSensusOpen(ctx, "Sensus Semester II 2026")
	if err == nil {
		err = s.AsetSensusRuang(ctx, ses.ID, r.ID)
	}
	if err != nil {
		t.Fatal(err)
	}
	spec, rows, err = BASensus(ctx, s, BASensusOptions{SensusID: ses.ID})
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, "BA sensus", formText(t, spec, rows), "Dra. Siti Aminah, M.Si", "NIP. 197001011995032001",
		"Budi Santoso", "NIP. 198503122010011002", "Ketua Tim Sensus")
}
