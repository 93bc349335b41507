// Command rapictl is Rapi's command line for admins, scripts and tests.
// It calls the same storage and model functions as the desktop app:
//
//	rapictl [--db PATH] init | check | backup --out FILE | restore --from FILE | version
//
// --db falls back to the RAPI_DB environment variable. Errors go to
// stderr and the exit status is non-zero.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"rapi/model"
	"rapi/storage"
)

// version is set at build time from FyneApp.toml (see the Makefile).
var version = "dev"

// command is one sub-command. Features register theirs from their own
// files with register, so adding a command touches no other file.
type command struct {
	name  string
	usage string // one line: arguments and what it does
	run   func(env *env, args []string) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// env is what every command gets: where to write and how to open the store.
type env struct {
	ctx    context.Context
	db     string
	stdout io.Writer
	stderr io.Writer
}

// open opens the database named by --db or RAPI_DB.
func (e *env) open() (*storage.Store, error) {
	if e.db == "" {
		return nil, errors.New("no database: give --db PATH or set RAPI_DB")
	}
	s, err := storage.Open(e.ctx, e.db, storage.Options{})
	if err != nil {
		return nil, err
	}
	s.SetActor(model.Actor{Login: loginName(), Name: "rapictl"})
	return s, nil
}

// defaultDB is RAPI_DB, else the path the installer wrote to rapi.ini.
func defaultDB() string {
	if p := os.Getenv("RAPI_DB"); p != "" {
		return p
	}
	return storage.InstalledDBPath()
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without os.Exit, for tests.
func run(args []string, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("rapictl", flag.ContinueOnError)
	global.SetOutput(stderr)
	db := global.String("db", defaultDB(), "database file (default $RAPI_DB, else rapi.ini beside rapictl)")
	global.Usage = func() { usage(stderr) }
	if err := global.Parse(args); err != nil {
		return 2
	}
	rest := global.Args()
	if len(rest) == 0 {
		usage(stderr)
		return 2
	}
	c, ok := commands[rest[0]]
	if !ok {
		fmt.Fprintf(stderr, "rapictl: unknown command %q\n", rest[0])
		usage(stderr)
		return 2
	}
	e := &env{ctx: context.Background(), db: *db, stdout: stdout, stderr: stderr}
	if err := c.run(e, rest[1:]); err != nil {
		fmt.Fprintf(stderr, "rapictl %s: %s\n", c.name, explain(err))
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

var errUsage = errors.New("wrong arguments")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: rapictl [--db PATH] COMMAND [ARGS]")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].usage)
	}
}

// parseOpen parses a command's flags and opens the database: the start
// of every command that works on data. The caller closes the store.
func (e *env) parseOpen(fs *flag.FlagSet, args []string) (*storage.Store, error) {
	if err := fs.Parse(args); err != nil {
		return nil, errUsage
	}
	return e.open()
}

// flags makes a command's flag set; --db is accepted after the command too.
func (e *env) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("rapictl "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Func("db", "database file", func(v string) error { e.db = v; return nil })
	return fs
}

func loginName() string {
	for _, k := range []string{"USERNAME", "USER"} {
		if v := os.Getenv(k); v != "" {
			return v[strings.LastIndex(v, `\`)+1:]
		}
	}
	return "?"
}
