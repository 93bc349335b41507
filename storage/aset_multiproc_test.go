package storage

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"rapi/model"
	"rapi/model/aset"
)

// TestHelperAsetWriter is not a test on its own: TestAsetRegistersFromManyProcesses
// starts the test binary again with RAPI_ASET_DB set, and this function
// then plays one PC registering chairs (one at a time and in fives), and
// deleting some, printing each register it was given.
func TestHelperAsetWriter(t *testing.T) {
	path := os.Getenv("RAPI_ASET_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	n, _ := strconv.Atoi(os.Getenv("RAPI_ASET_N"))
	ruang, _ := strconv.ParseInt(os.Getenv("RAPI_ASET_RUANG"), 10, 64)
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	defer s.Close()
	s.SetActor(model.Actor{Login: "pc", Name: "pc"})
	chair := aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", RuangID: ruang}
	for i := range n {
		if i%4 == 3 {
			units, err := s.AddAsetUnits(ctx, chair, 5)
			if err != nil {
				fmt.Println("ERR", err)
				continue
			}
			for _, u := range units {
				fmt.Println("ACK", u.Register)
			}
			continue
		}
		a := chair
		if err := s.CreateAset(ctx, &a); err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Println("ACK", a.Register)
		if i%3 == 0 {
			if err := s.DeleteAset(ctx, a.ID, a.Version); err != nil {
				fmt.Println("ERR", err)
			}
		}
	}
}

// Four PCs registering the same kode barang at once never get the same
// nomor register, and a deleted unit's number is not handed out again.
func TestAsetRegistersFromManyProcesses(t *testing.T) {
	s, path := openTemp(t, "Siti")
	r := newRuang(t, s, "Aula")
	const procs, each = 4, 24
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for range procs {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAsetWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), "RAPI_ASET_DB="+path, fmt.Sprintf("RAPI_ASET_N=%d", each), fmt.Sprintf("RAPI_ASET_RUANG=%d", r.ID))
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	given := map[int]int{}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("writer %d: %v\n%s", i, err, outs[i])
		}
		sc := bufio.NewScanner(outs[i])
		for sc.Scan() {
			var tag string
			var reg int
			if fmt.Sscan(sc.Text(), &tag, &reg); tag == "ACK" {
				given[reg]++
			} else if tag == "ERR" {
				t.Errorf("writer %d: %s", i, sc.Text())
			}
		}
	}
	want := procs * (each/4*5 + each*3/4)
	if len(given) != want {
		t.Fatalf("%d distinct registers acknowledged, want %d", len(given), want)
	}
	for reg, n := range given {
		if n > 1 || reg < 1 || reg > want {
			t.Fatalf("register %04d given %d times (of %d)", reg, n, want)
		}
	}
	a := aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", RuangID: r.ID}
	must(t, s.CreateAset(ctx, &a))
	if a.Register != want+1 {
		t.Fatalf("after %d registers (some deleted) the next is %d", want, a.Register)
	}
	if probs, err := s.FullCheck(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("integrity: %v %v", probs, err)
	}
}
