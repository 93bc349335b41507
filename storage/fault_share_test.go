package storage

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"rapi/assets"
	"rapi/model"
)

// expectUnreachable asserts that a save fails as "database unavailable",
// the error the app explains as a share out of reach.
func expectUnreachable(t *testing.T, s *Store, name string) {
	t.Helper()
	err := s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: name})
	if !errors.Is(err, model.ErrUnavailable) {
		t.Fatalf("save with the share gone: %v, want ErrUnavailable", err)
	}
	if msgs, _ := assets.Messages("id"); msgs["error.unavailable"] == "" {
		t.Fatal("no Indonesian explanation for an unreachable share")
	}
}

// expectBack asserts that saving works again on the same open store and
// that nothing saved before is lost.
func expectBack(t *testing.T, s *Store, before []int64) {
	t.Helper()
	p := model.Place{Kind: model.PlaceRak, Name: "Rak setelah jaringan kembali"}
	must(t, s.CreatePlace(ctx, &p))
	checkAcked(t, s, append(before, p.ID))
}

// The share drops between two saves (the folder is no longer where it
// was): the save fails as unreachable, and works again when the folder
// returns, without reopening the store.
func TestShareGoneThenBack(t *testing.T) {
	share := filepath.Join(t.TempDir(), "arsip")
	must(t, os.Mkdir(share, 0o755))
	s := openAt(t, filepath.Join(share, "rapi.db"), "Siti", Options{})
	p := model.Place{Kind: model.PlaceRak, Name: "Rak sebelum putus"}
	must(t, s.CreatePlace(ctx, &p))

	away := share + "-offline"
	must(t, os.Rename(share, away))
	expectUnreachable(t, s, "Rak saat putus")
	must(t, os.Rename(away, share))
	expectBack(t, s, []int64{p.ID})
}

// The share turns read-only (a permission change on the server, a full
// quota): the save fails as unreachable, and works again once it is
// writable. A read-only bind mount stands in for the server, since root
// ignores file modes.
func TestShareReadOnlyThenWritable(t *testing.T) {
	share := filepath.Join(t.TempDir(), "arsip")
	must(t, os.Mkdir(share, 0o755))
	s := openAt(t, filepath.Join(share, "rapi.db"), "Siti", Options{})
	p := model.Place{Kind: model.PlaceRak, Name: "Rak sebelum read-only"}
	must(t, s.CreatePlace(ctx, &p))

	if out, err := exec.Command("mount", "--bind", share, share).CombinedOutput(); err != nil {
		t.Skipf("cannot make a read-only folder (bind mount needs root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", share).Run() })
	if out, err := exec.Command("mount", "-o", "remount,ro,bind", share).CombinedOutput(); err != nil {
		t.Fatalf("remount read-only: %v %s", err, out)
	}
	expectUnreachable(t, s, "Rak saat read-only")
	if out, err := exec.Command("mount", "-o", "remount,rw,bind", share).CombinedOutput(); err != nil {
		t.Fatalf("remount writable: %v %s", err, out)
	}
	expectBack(t, s, []int64{p.ID})
}
