package storage

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"rapi/assets"
	"rapi/model"
)

// smallDisk mounts a filesystem of sizeMB megabytes at a fresh folder: an
// ext4 image on a loop device (a real disk's behaviour), else a tmpfs
// with size=. Both need root; the test is skipped, saying why, otherwise.
func smallDisk(t *testing.T, sizeMB int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "disk")
	must(t, os.Mkdir(dir, 0o755))
	img := filepath.Join(t.TempDir(), "disk.img")
	loop := exec.Command("sh", "-c", fmt.Sprintf("truncate -s %dM %s && mkfs.ext4 -q -m 0 %s && mount -o loop %s %s",
		sizeMB, img, img, img, dir))
	if out, err := loop.CombinedOutput(); err != nil {
		if out2, err2 := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%dm", sizeMB), "tmpfs", dir).CombinedOutput(); err2 != nil {
			t.Skipf("no size-limited folder: loop mount: %v %s; tmpfs: %v %s (run as root)", err, out, err2, out2)
		}
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// fillDisk leaves about leaveKB free on the filesystem of dir, with a file
// the test can delete to free the space again.
func fillDisk(t *testing.T, dir string, leaveKB int64) (filler string) {
	t.Helper()
	var st syscall.Statfs_t
	must(t, syscall.Statfs(dir, &st))
	free := int64(st.Bavail) * int64(st.Bsize)
	filler = filepath.Join(dir, "filler.bin")
	n := free - leaveKB*1024
	if n > 0 {
		must(t, os.WriteFile(filler, make([]byte, n), 0o644))
	}
	return filler
}

// The disk fills up while a clerk saves: the save that does not fit fails
// with a "disk full" message, every save acknowledged before it is there,
// the file is consistent, and saving works again once space is freed.
func TestDiskFullDuringWrite(t *testing.T) {
	disk := smallDisk(t, 4)
	path := filepath.Join(disk, "rapi.db")
	s := openAt(t, path, "Siti", Options{BackupDir: filepath.Join(disk, "rapi-backup")})
	filler := fillDisk(t, disk, 256)
	note := strings.Repeat("catatan panjang ", 500) // 8 KB per record
	var acked []int64
	var err error
	for i := 0; i < 200 && err == nil; i++ {
		p := model.Place{Kind: model.PlaceRak, Name: fmt.Sprintf("Rak %d", i), Note: note}
		if err = s.CreatePlace(ctx, &p); err == nil {
			acked = append(acked, p.ID)
		}
	}
	if err == nil {
		t.Fatal("200 records of 8 KB fitted in 256 KB")
	}
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("save on a full disk: %v, want ErrDiskFull", err)
	}
	msgs, _ := assets.Messages("id")
	if msgs["error.disk_full"] == "" {
		t.Fatal("no Indonesian explanation for a full disk")
	}
	checkAcked(t, s, acked)
	must(t, os.Remove(filler))
	p := model.Place{Kind: model.PlaceRak, Name: "Rak setelah disk lega", Note: note}
	must(t, s.CreatePlace(ctx, &p))
	checkAcked(t, s, append(acked, p.ID))
}

// The daily backup runs out of space: no half-written copy is left behind
// (a truncated file named like a backup would be restored one day).
func TestDiskFullDuringBackup(t *testing.T) {
	disk := smallDisk(t, 4)
	path := filepath.Join(disk, "rapi.db")
	backups := filepath.Join(disk, "rapi-backup")
	s := openAt(t, path, "Siti", Options{BackupDir: backups})
	note := strings.Repeat("isi berkas ", 800)
	for i := 0; i < 60; i++ {
		must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: fmt.Sprintf("Rak %d", i), Note: note}))
	}
	must(t, os.MkdirAll(backups, 0o755))
	st, err := os.Stat(path)
	must(t, err)
	fillDisk(t, disk, st.Size()/1024/2) // room for half a copy
	_, _, err = s.AutoBackup(ctx)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("backup on a full disk: %v, want ErrDiskFull", err)
	}
	left, _ := os.ReadDir(backups)
	for _, e := range left {
		t.Errorf("half-written backup left behind: %s", e.Name())
	}
	if probs, err := s.QuickCheck(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("database after a failed backup: %v %v", probs, err)
	}
}

// checkAcked asserts that exactly the acknowledged places exist and the
// file passes the integrity check.
func checkAcked(t *testing.T, s *Store, acked []int64) {
	t.Helper()
	ps, err := s.Places(ctx)
	must(t, err)
	if len(ps) != len(acked) {
		t.Fatalf("%d places in the file, %d acknowledged", len(ps), len(acked))
	}
	have := map[int64]bool{}
	for _, p := range ps {
		have[p.ID] = true
	}
	for _, id := range acked {
		if !have[id] {
			t.Fatalf("acknowledged place %d is missing", id)
		}
	}
	if probs, err := s.FullCheck(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("check: %v %v", probs, err)
	}
}

// A PC killed in the middle of a backup leaves a half-written ".tmp"
// beside the backups; the next pruning removes it once it is clearly
// abandoned, and leaves a fresh one (another PC may be writing it).
func TestPruneRemovesAbandonedHalfBackups(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "rapi-2026-11-30.db.1764460800000000000.tmp")
	fresh := filepath.Join(dir, "rapi-2026-12-01.db.1764547200000000000.tmp")
	manual := filepath.Join(dir, "catatan.tmp")
	for _, p := range []string{old, fresh, manual} {
		must(t, os.WriteFile(p, []byte("half"), 0o644))
	}
	longAgo := time.Now().Add(-2 * time.Hour)
	must(t, os.Chtimes(old, longAgo, longAgo))
	must(t, os.Chtimes(manual, longAgo, longAgo))
	must(t, PruneBackups(dir))
	if _, err := os.Stat(old); err == nil {
		t.Error("an abandoned half-written backup was kept")
	}
	for _, p := range []string{fresh, manual} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(p), err)
		}
	}
}
