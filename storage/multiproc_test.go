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
)

// TestHelperWriter is not a test on its own: TestManyProcessesWriteOneFile
// starts the test binary again with RAPI_WRITER_DB set, and this function
// then plays one PC that writes places and prints each acknowledged one.
func TestHelperWriter(t *testing.T) {
	path := os.Getenv("RAPI_WRITER_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	who := os.Getenv("RAPI_WRITER_NAME")
	n, _ := strconv.Atoi(os.Getenv("RAPI_WRITER_N"))
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	defer s.Close()
	s.SetActor(model.Actor{Login: who, Name: who})
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("%s-%03d", who, i)
		if err := s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: name}); err != nil {
			fmt.Println("ERR", name, err)
			continue
		}
		fmt.Println("ACK", name)
	}
}

func TestManyProcessesWriteOneFile(t *testing.T) {
	s, path := openTemp(t, "Siti")
	const procs, each = 4, 40
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for p := 0; p < procs; p++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), "RAPI_WRITER_DB="+path,
			fmt.Sprintf("RAPI_WRITER_NAME=pc%d", p), fmt.Sprintf("RAPI_WRITER_N=%d", each))
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	acked := map[string]bool{}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("writer %d: %v\n%s", i, err, outs[i])
		}
		sc := bufio.NewScanner(outs[i])
		for sc.Scan() {
			var tag, name string
			fmt.Sscan(sc.Text(), &tag, &name)
			if tag == "ACK" {
				acked[name] = true
			}
		}
	}
	// Contention alone must not fail a write: the retries are there for it.
	if len(acked) < procs*each {
		t.Fatalf("only %d of %d writes acknowledged", len(acked), procs*each)
	}
	places, err := s.Places(ctx)
	must(t, err)
	found := map[string]bool{}
	for _, p := range places {
		found[p.Name] = true
	}
	for name := range acked {
		if !found[name] {
			t.Errorf("acknowledged write %s is missing", name)
		}
	}
	probs, err := s.FullCheck(ctx)
	if err != nil || len(probs) > 0 {
		t.Fatalf("integrity after concurrent writers: %v %v", probs, err)
	}
	t.Logf("%d writes acknowledged by %d processes, all present", len(acked), procs)
}
