package aset

import "testing"

// Forty identical chairs print as one KIB B row "0001 - 0040", jumlah 40;
// a laptop with a serial number keeps its own row.
func TestKIBBGroupsIdenticalUnits(t *testing.T) {
	g := Grouper{List: &KIBBList}
	var rows []ListRow
	add := func(a Aset) {
		if r, ok := g.Add(&a); ok {
			rows = append(rows, r)
		}
	}
	for i := 1; i <= 40; i++ {
		add(Aset{KodeBarang: "1.3.2.05.01.04.001", Register: i, Nama: "Kursi Lipat", Tahun: 2020, Harga: 350000, Kondisi: KondisiB})
	}
	add(Aset{KodeBarang: "1.3.2.10.01.02.001", Register: 1, Nama: "Laptop", NomorSeri: "SN1", Harga: 12500000, Kondisi: KondisiB})
	add(Aset{KodeBarang: "1.3.2.10.01.02.001", Register: 2, Nama: "Laptop", NomorSeri: "SN2", Harga: 12500000, Kondisi: KondisiB})
	if r, ok := g.Flush(); ok {
		rows = append(rows, r)
	}
	if len(rows) != 3 {
		t.Fatalf("rows = %d, want 3", len(rows))
	}
	cells := KIBBList.Texts(&rows[0])
	want := map[string]string{"No": "1", "Nomor Register": "0001 - 0040", "Jumlah": "40", "Harga (Rp)": "Rp14.000.000"}
	for i, h := range KIBBList.Headers() {
		if w, ok := want[h]; ok && cells[i] != w {
			t.Errorf("%s = %q, want %q", h, cells[i], w)
		}
	}
	if rows[2].N != 3 || rows[2].Registers() != "0002" || rows[2].Jumlah != 1 {
		t.Errorf("laptop row = %+v", rows[2])
	}
}

func TestKIRKeadaanThreeColumns(t *testing.T) {
	r := ListRow{N: 1, Aset: &Aset{Register: 3, Kondisi: KondisiRR, Harga: 12500000}, Jumlah: 1, Last: 3}
	got := map[string]string{}
	texts := KIRList.Texts(&r)
	for i, h := range KIRList.Headers() {
		got[h] = texts[i]
	}
	if got["Baik (B)"] != "" || got["Kurang Baik (KB)"] != "1" || got["Rusak Berat (RB)"] != "" {
		t.Errorf("keadaan = %q %q %q", got["Baik (B)"], got["Kurang Baik (KB)"], got["Rusak Berat (RB)"])
	}
	if got["Harga Beli/Perolehan"] != "Rp12.500.000" || got["Jumlah/Register"] != "0003" {
		t.Errorf("row = %v", got)
	}
}
