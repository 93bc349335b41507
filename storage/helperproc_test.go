package storage

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// runHelpers plays several PCs on one database: it starts n copies of
// the test binary running only the test helper (each with env(i) added
// to its environment), all at once, waits for every one, and hands each
// line a copy printed to line. A copy that fails, or a line "ERR …",
// fails the test naming who (the copy's role) and its number.
func runHelpers(t *testing.T, helper, who string, n int, env func(i int) []string, line func(i int, text string)) {
	t.Helper()
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for i := range n {
		cmd := exec.Command(os.Args[0], "-test.run=^"+helper+"$", "-test.count=1")
		cmd.Env = append(os.Environ(), env(i)...)
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("%s %d: %v\n%s", who, i, err, outs[i])
		}
		sc := bufio.NewScanner(outs[i])
		for sc.Scan() {
			if tag, _, _ := strings.Cut(sc.Text(), " "); tag == "ERR" {
				t.Errorf("%s %d: %s", who, i, sc.Text())
				continue
			}
			line(i, sc.Text())
		}
	}
}
