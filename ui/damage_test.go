package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
)

// After the daily check found damage, the banner names the backup to
// restore, in Indonesian; a full disk and a damaged file get their own
// sentences rather than "an error occurred".
func TestDamageAndDiskFullAreExplained(t *testing.T) {
	if err := kit.SetLanguage("id"); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dir := t.TempDir()
	s, err := storage.Open(ctx, filepath.Join(dir, "rapi.db"), storage.Options{BackupDir: filepath.Join(dir, "cadangan")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetActor(model.Actor{Login: "siti", Name: "Siti"})
	if note := damageNote(ctx, s); !strings.Contains(note, "Pemeriksaan harian menemukan kerusakan") {
		t.Fatalf("no backup yet: %q", note)
	}
	good, _, err := s.AutoBackup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if note := damageNote(ctx, s); !strings.Contains(note, good) || !strings.Contains(note, "Cadangan terakhir yang baik") {
		t.Fatalf("banner does not name the backup %s: %q", good, note)
	}
	if got := kit.Explain(fmt.Errorf("create place: %w", storage.ErrDiskFull)); !strings.Contains(got, "penuh") {
		t.Fatalf("disk full explained as %q", got)
	}
	if got := kit.Explain(fmt.Errorf("read: %w", storage.ErrDamaged)); !strings.Contains(got, "rusak") {
		t.Fatalf("damage explained as %q", got)
	}
}
