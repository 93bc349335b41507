package storage

import (
	"bufio"
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"rapi/model"
)

func TestAllocateCodeCountsPerKind(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	var got []string
	for _, k := range []model.CodeKind{model.CodeBerkas, model.CodeBerkas, model.CodeBoks, model.CodeBerkas} {
		c, err := s.AllocateCode(ctx, k)
		must(t, err)
		got = append(got, c)
	}
	want := "B-000001 B-000002 BX-000001 B-000003"
	if strings.Join(got, " ") != want {
		t.Fatalf("allocated %v, want %s", got, want)
	}
	ref, err := s.LookupCode(ctx, "bx-000001 ")
	must(t, err)
	if ref.Kind != model.CodeBoks || ref.EntityID != 0 {
		t.Fatalf("lookup of a reserved box code: %+v", ref)
	}
	if _, err := s.LookupCode(ctx, "B-000099"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("an unknown code: %v, want ErrNotFound", err)
	}
	if _, err := s.AllocateCode(ctx, "folder"); err == nil {
		t.Fatal("a code was allocated for an unknown kind")
	}
}

func TestCodesAreUniqueAcrossPlacesAndAllocations(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	// A clerk typed an allocated-looking code on a shelf by hand.
	rak := &model.Place{Kind: model.PlaceRak, Name: "Rak 1", Code: "L-000001"}
	must(t, s.CreatePlace(ctx, rak))
	c, err := s.AllocateCode(ctx, model.CodePlace)
	must(t, err)
	if c != "L-000002" {
		t.Fatalf("allocation gave %s, which a shelf already holds or skipped too far", c)
	}
	ref, err := s.LookupCode(ctx, "L-000001")
	must(t, err)
	if ref.Kind != model.CodePlace || ref.EntityID != rak.ID {
		t.Fatalf("the shelf's code is not registered to it: %+v", ref)
	}

	// The reserved code goes to the next place saved with it.
	rak2 := &model.Place{Kind: model.PlaceRak, Name: "Rak 2", Code: c}
	must(t, s.CreatePlace(ctx, rak2))
	if ref, _ := s.LookupCode(ctx, c); ref.EntityID != rak2.ID {
		t.Fatalf("reserved code not bound to the new shelf: %+v", ref)
	}

	// A folder's code cannot be typed onto a shelf.
	b, err := s.AllocateCode(ctx, model.CodeBerkas)
	must(t, err)
	err = s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak 3", Code: b})
	var inv *model.InvalidError
	if !errors.As(err, &inv) || inv.Reason != "error.code_taken" {
		t.Fatalf("a shelf took folder code %s: %v", b, err)
	}

	// Renaming a shelf's code frees the old one and registers the new one.
	rak.Code = "RAK-A1"
	must(t, s.UpdatePlace(ctx, rak))
	if _, err := s.LookupCode(ctx, "L-000001"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("the old code is still registered: %v", err)
	}
	if ref, err := s.LookupCode(ctx, "RAK-A1"); err != nil || ref.EntityID != rak.ID {
		t.Fatalf("the new code is not registered: %+v %v", ref, err)
	}
}

func TestRegisterCodeTx(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	reg := func(code string, k model.CodeKind, id int64) error {
		return s.write(ctx, "register", func(tx *sql.Tx) error { return registerCodeTx(ctx, tx, code, k, id) })
	}
	var inv *model.InvalidError
	// A legacy number with '/' cannot go on a label as it is.
	if err := reg("SK-12/2019", model.CodeBerkas, 7); !errors.As(err, &inv) || inv.Reason != "error.code_format" {
		t.Fatalf("'/' accepted in a code: %v", err)
	}
	must(t, reg("kode-lama-7", model.CodeBerkas, 7))
	must(t, reg("KODE-LAMA-7", model.CodeBerkas, 7)) // again for the same record: fine
	if err := reg("KODE-LAMA-7", model.CodeBoks, 3); !errors.As(err, &inv) || inv.Reason != "error.code_taken" {
		t.Fatalf("a box took a folder's code: %v", err)
	}
	must(t, s.write(ctx, "unregister", func(tx *sql.Tx) error {
		return unregisterCodeTx(ctx, tx, "KODE-LAMA-7", model.CodeBerkas, 7)
	}))
	must(t, reg("KODE-LAMA-7", model.CodeBoks, 3))
}

// TestHelperAllocator is not a test on its own: TestTwoProcessesAllocate
// starts the test binary again with RAPI_ALLOC_DB set, and this function
// then plays one PC allocating codes and printing each one.
func TestHelperAllocator(t *testing.T) {
	path := os.Getenv("RAPI_ALLOC_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	n, _ := strconv.Atoi(os.Getenv("RAPI_ALLOC_N"))
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	defer s.Close()
	for i := 0; i < n; i++ {
		c, err := s.AllocateCode(ctx, model.CodeBerkas)
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		fmt.Println("CODE", c)
	}
}

func TestTwoProcessesAllocateNoDuplicate(t *testing.T) {
	s, path := openTemp(t, "Siti")
	const procs, each = 2, 100
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for p := 0; p < procs; p++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAllocator$", "-test.count=1")
		cmd.Env = append(os.Environ(), "RAPI_ALLOC_DB="+path, fmt.Sprintf("RAPI_ALLOC_N=%d", each))
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	seen := map[string]int{}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("allocator %d: %v\n%s", i, err, outs[i])
		}
		got := 0
		sc := bufio.NewScanner(outs[i])
		for sc.Scan() {
			var tag, code string
			fmt.Sscan(sc.Text(), &tag, &code)
			if tag != "CODE" {
				continue
			}
			got++
			if prev, dup := seen[code]; dup {
				t.Errorf("%s given to PC %d and PC %d", code, prev, i)
			}
			seen[code] = i
		}
		if got != each {
			t.Fatalf("allocator %d printed %d codes, want %d\n%s", i, got, each, outs[i])
		}
	}
	if len(seen) != procs*each {
		t.Fatalf("%d distinct codes, want %d", len(seen), procs*each)
	}
	// Every sequence number from 1 to 200 was used: none lost, none twice.
	for n := int64(1); n <= procs*each; n++ {
		if _, ok := seen[model.FormatCode(model.CodeBerkas, n)]; !ok {
			t.Errorf("%s was never handed out", model.FormatCode(model.CodeBerkas, n))
		}
	}
	next, err := s.AllocateCode(ctx, model.CodeBerkas)
	must(t, err)
	if next != model.FormatCode(model.CodeBerkas, procs*each+1) {
		t.Fatalf("after both PCs the next code is %s", next)
	}
}
