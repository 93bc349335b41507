package storage

import (
	"os"
	"path/filepath"
	"testing"

	"rapi/model/aset"
)

func TestKodeBarangSeedAndAdmin(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	list, err := s.KodeBarangList(ctx)
	must(t, err)
	full, unverified := 0, 0
	for _, k := range list {
		if k.Kode.Full() {
			full++
		}
		if !k.Verified {
			unverified++
		}
		if k.Kode.Level() > 1 && k.Kode.Parent() != "" {
			if _, err := s.KodeBarang(ctx, k.Kode.Parent()); err != nil {
				t.Errorf("%s has no parent row", k.Kode)
			}
		}
	}
	if full < 30 || unverified == 0 {
		t.Fatalf("%d full codes, %d marked unverified", full, unverified)
	}
	if n, _ := s.MasaManfaat(ctx, "1.3.2.10.01.02.002"); n != 4 {
		t.Fatalf("laptop useful life %d", n)
	}
	must(t, s.SetAdminPIN(ctx, "", "2468"))
	k := aset.KodeBarang{Kode: "1.3.2.05.01.05.099", Nama: "Papan Pengumuman", MasaManfaat: 5}
	if err := s.SaveKodeBarangAdmin(ctx, &k, "0000"); err == nil {
		t.Fatal("saved without the PIN")
	}
	must(t, s.SaveKodeBarangAdmin(ctx, &k, "2468"))
	k.Nama = "Papan Pengumuman Kaca"
	must(t, s.SaveKodeBarangAdmin(ctx, &k, "2468"))
	dup := aset.KodeBarang{Kode: "132050105099", Nama: "Lain"}
	if err := s.SaveKodeBarangAdmin(ctx, &dup, "2468"); field(t, err) != "kode_barang" {
		t.Fatalf("duplicate code: %v", err)
	}
	must(t, s.DeleteKodeBarangAdmin(ctx, k.ID, k.Version, "2468"))
	again := aset.KodeBarang{Kode: "1.3.2.05.01.05.099", Nama: "Papan Informasi"}
	must(t, s.SaveKodeBarangAdmin(ctx, &again, "2468"))
	if got, err := s.KodeBarang(ctx, "1.3.2.05.01.05.099"); err != nil || got.Nama != "Papan Informasi" || !got.Verified {
		t.Fatalf("back from the bin: %+v %v", got, err)
	}
}

func TestKodeBarangImportAllOrNothing(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		must(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	bad := write("bad.csv", "Kode Barang,Uraian,Masa Manfaat\n132050105043,LCD Projector,5\n1.3.2.005.01,Rusak,\n1.3.2.05.01.05.099,Papan,abc\n")
	rep, err := s.ImportKodeBarang(ctx, bad, ImportKodeBarangOptions{})
	must(t, err)
	if rep.Written || rep.Rejected != 2 || len(rep.Read.Problems) != 2 || rep.Read.Problems[0].Column != "Kode Barang" || rep.Read.Problems[0].Row != 3 ||
		rep.Read.Problems[1].Column != "Masa Manfaat" {
		t.Fatalf("bad file: %+v %+v", rep, rep.Read.Problems)
	}
	if got, _ := s.KodeBarang(ctx, "1.3.2.05.01.05.043"); got.Nama != "LCD Projector/Infocus" {
		t.Fatal("a refused file changed a code")
	}
	good := write("good.csv", "Kode Barang,Uraian,Masa Manfaat\n132050105043,LCD Projector,5\n1.3.2.05.01.05.099,Papan Pengumuman,\n")
	rep, err = s.ImportKodeBarang(ctx, good, ImportKodeBarangOptions{})
	must(t, err)
	if !rep.Written || rep.Created != 1 || rep.Updated != 1 {
		t.Fatalf("good file: %+v", rep)
	}
	if got, _ := s.KodeBarang(ctx, "1.3.2.05.01.05.043"); got.Nama != "LCD Projector" || !got.Verified || got.MasaManfaat != 5 {
		t.Fatalf("updated code %+v", got)
	}
	rep, err = s.ImportKodeBarang(ctx, good, ImportKodeBarangOptions{})
	must(t, err)
	if rep.Unchanged != 2 || rep.Created+rep.Updated != 0 {
		t.Fatalf("second import: %+v", rep)
	}
}

func TestKodeLokasiSetting(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	if k, err := s.KodeLokasi(ctx); err != nil || k != "" {
		t.Fatalf("%q %v", k, err)
	}
	must(t, s.SetAdminPIN(ctx, "", "2468"))
	if err := s.SetKodeLokasi(ctx, "12.01.01.03.01", "1111"); err == nil {
		t.Fatal("saved without the PIN")
	}
	if err := s.SetKodeLokasi(ctx, "12.01/A", "2468"); field(t, err) != "kode_lokasi" {
		t.Fatalf("bad kode: %v", err)
	}
	must(t, s.SetKodeLokasi(ctx, " 12.01.01.03.01 ", "2468"))
	if k, _ := s.KodeLokasi(ctx); k != "12.01.01.03.01" {
		t.Fatalf("%q", k)
	}
}
