package storage

import (
	"testing"

	"rapi/model"
	"rapi/model/arsip"
)

// A loan made before the clerk typed a name records the Windows login the
// loan form showed as petugas, not an empty name.
func TestLoanWithoutClerkNameRecordsTheLogin(t *testing.T) {
	s, _ := openTemp(t, "root")
	s.SetActor(model.Actor{Login: "root"})
	b := mkBerkas(t, s, "B-1", "000.1.5", "Notulen rapat pimpinan Januari", 2024, 0)
	loan := arsip.Peminjaman{BerkasID: b.ID, Borrower: "Andi Saputra", Tanggal: d(2025, 3, 1), Due: d(2025, 3, 8)}
	if err := s.LendArsip(ctx, &loan); err != nil {
		t.Fatal(err)
	}
	got, err := s.ArsipLoan(ctx, loan.ID)
	if err != nil || got.Clerk != "root" {
		t.Fatalf("petugas stored as %q (%v), want the login the form showed", got.Clerk, err)
	}
}
