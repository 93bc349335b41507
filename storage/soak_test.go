package storage

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"

	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"rapi/model/arsip"
)

// soakConfig is the size of a soak. The short one runs in every
// `go test ./storage/...`; `make soak` sets RAPI_SOAK=full for the default
// of 10 writers × 1,000 changes, one killed every 3 s. Each figure can be
// set on its own: RAPI_SOAK_PROCS, _CHANGES, _KILL_EVERY, _KILLS.
type soakConfig struct {
	procs, changes, kills int
	killEvery             time.Duration
}

func soakSettings() soakConfig {
	c := soakConfig{procs: 4, changes: 80, kills: 4, killEvery: 700 * time.Millisecond}
	if os.Getenv("RAPI_SOAK") == "full" {
		c = soakConfig{procs: 10, changes: 1000, kills: 1 << 30, killEvery: 3 * time.Second}
	}
	envInt := func(k string, v *int) {
		if n, err := strconv.Atoi(os.Getenv(k)); err == nil {
			*v = n
		}
	}
	envInt("RAPI_SOAK_PROCS", &c.procs)
	envInt("RAPI_SOAK_CHANGES", &c.changes)
	envInt("RAPI_SOAK_KILLS", &c.kills)
	if d, err := time.ParseDuration(os.Getenv("RAPI_SOAK_KILL_EVERY")); err == nil {
		c.killEvery = d
	}
	return c
}

// soakLog gathers what the writers acknowledged, line by line, as it
// arrives: a killed writer's lines up to its death count.
type soakLog struct {
	mu        sync.Mutex
	acks      [][]string // fields after "ACK <µs>"
	latencies []time.Duration
	busy      []string
	errs      []string
}

func (l *soakLog) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.acks)
}

func (l *soakLog) read(sc *bufio.Scanner) {
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		l.mu.Lock()
		switch {
		case len(f) >= 3 && f[0] == "ACK":
			us, _ := strconv.ParseInt(f[1], 10, 64)
			l.latencies = append(l.latencies, time.Duration(us)*time.Microsecond)
			l.acks = append(l.acks, f[2:])
		case len(f) > 0 && f[0] == "BUSY":
			l.busy = append(l.busy, sc.Text())
		case len(f) > 0 && f[0] == "ERR":
			l.errs = append(l.errs, sc.Text())
		}
		l.mu.Unlock()
	}
}

// soakRun starts and kills the writer processes.
type soakRun struct {
	t       *testing.T
	cfg     soakConfig
	path    string
	boxes   string
	log     *soakLog
	mu      sync.Mutex
	running map[int]*exec.Cmd
	wg      sync.WaitGroup
	started int
	killed  int
}

func (r *soakRun) start(changes int) {
	r.mu.Lock()
	id := r.started
	r.started++
	r.mu.Unlock()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSoakWorker$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RAPI_SOAK_DB="+r.path, fmt.Sprintf("RAPI_SOAK_NAME=w%d", id),
		fmt.Sprintf("RAPI_SOAK_N=%d", changes), "RAPI_SOAK_BOXES="+r.boxes, "RAPI_SOAK_TMP="+filepath.Dir(r.path))
	out, err := cmd.StdoutPipe()
	if err != nil {
		r.t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		r.t.Fatal(err)
	}
	r.mu.Lock()
	r.running[id] = cmd
	r.mu.Unlock()
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		r.log.read(bufio.NewScanner(out))
		cmd.Wait()
		r.mu.Lock()
		delete(r.running, id)
		r.mu.Unlock()
	}()
}

// killOne SIGKILLs a random running writer at a random moment of the
// interval and starts a fresh one in its place, as when a clerk's PC
// loses power mid-save.
func (r *soakRun) killOne() bool {
	time.Sleep(r.cfg.killEvery/2 + rand.N(r.cfg.killEvery))
	r.mu.Lock()
	var victims []*exec.Cmd
	for _, c := range r.running {
		victims = append(victims, c)
	}
	r.mu.Unlock()
	if len(victims) == 0 {
		return false
	}
	if victims[rand.IntN(len(victims))].Process.Signal(syscall.SIGKILL) == nil {
		r.killed++
		r.start(max(r.cfg.changes/2, 1))
	}
	return true
}

func TestSoakKillsWriters(t *testing.T) {
	if os.Getenv("RAPI_SOAK_DB") != "" {
		t.Skip("inside a writer")
	}
	cfg := soakSettings()
	s, path := openTemp(t, "Admin")
	var boxes []string
	for i := 1; i <= 3; i++ {
		b := arsip.Boks{Nomor: fmt.Sprintf("%04d", i)}
		must(t, s.CreateBoks(ctx, &b))
		boxes = append(boxes, strconv.FormatInt(b.ID, 10))
	}
	r := &soakRun{t: t, cfg: cfg, path: path, boxes: strings.Join(boxes, ","), log: &soakLog{}, running: map[int]*exec.Cmd{}}
	begin := time.Now()
	for i := 0; i < cfg.procs; i++ {
		r.start(cfg.changes)
	}
	// Kill until N×M changes are acknowledged: replacements are killed
	// too, so without this bound the soak would never end.
	for r.killed < cfg.kills && r.log.count() < cfg.procs*cfg.changes && r.killOne() {
	}
	r.wg.Wait()
	elapsed := time.Since(begin)
	s.Close()
	verifySoak(t, path, r.log)
	reportSoak(t, cfg, r, elapsed)
}

func reportSoak(t *testing.T, cfg soakConfig, r *soakRun, elapsed time.Duration) {
	l := r.log
	sort.Slice(l.latencies, func(i, j int) bool { return l.latencies[i] < l.latencies[j] })
	pct := func(p float64) time.Duration {
		if len(l.latencies) == 0 {
			return 0
		}
		return l.latencies[int(p*float64(len(l.latencies)-1))]
	}
	t.Logf("soak: %d writers (%d started), %d kills survived, %d changes acknowledged in %v: %.0f changes/s, commit p50 %v, p99 %v, busy after retries %d",
		cfg.procs, r.started, r.killed, len(l.acks), elapsed.Round(time.Millisecond),
		float64(len(l.acks))/elapsed.Seconds(), pct(0.5).Round(100*time.Microsecond), pct(0.99).Round(100*time.Microsecond), len(l.busy))
	if len(l.busy) > 0 {
		t.Errorf("%d changes failed as busy after every retry, first: %s", len(l.busy), l.busy[0])
	}
	if len(l.errs) > 0 {
		t.Errorf("%d changes failed, first: %s", len(l.errs), l.errs[0])
	}
	if r.killed == 0 && cfg.kills > 0 {
		t.Error("no writer was killed: the soak proved nothing about crashes")
	}
}

func splitIDs(s string) []int64 {
	var out []int64
	for _, f := range strings.Split(s, ",") {
		if n, err := strconv.ParseInt(f, 10, 64); err == nil {
			out = append(out, n)
		}
	}
	return out
}
