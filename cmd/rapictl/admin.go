package main

import (
	"fmt"
	"os"
	"strings"

	"rapi/storage"
)

func init() {
	register(command{"init", "create the database (or migrate it) and report its schema", cmdInit})
	register(command{"check", "full integrity and schema check; non-zero exit when anything is wrong", cmdCheck})
	register(command{"backup", "--out FILE: consistent copy of the database (VACUUM INTO)", cmdBackup})
	register(command{"restore", "--from FILE [--pin PIN]: replace the content with a backup, after backing up the current state", cmdRestore})
	register(command{"version", "print the version of rapictl and of its database schema", cmdVersion})
}

func cmdInit(e *env, args []string) error {
	s, err := e.parseOpen(e.flags("init"), args)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(e.stdout, "database %s ready, schema %d\n", s.Path(), s.SchemaVersion())
	return nil
}

func cmdCheck(e *env, args []string) error {
	s, err := e.parseOpen(e.flags("check"), args)
	if storage.IsDamage(err) {
		return fmt.Errorf("%w%s", err, e.damageAdvice(storage.DefaultBackupDir(storage.CleanPath(e.db))))
	}
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := s.Check(e.ctx)
	if storage.IsDamage(err) {
		return fmt.Errorf("%w%s", err, e.damageAdvice(s.BackupDir()))
	}
	if err != nil {
		return err
	}
	if problems := r.All(); len(problems) > 0 {
		advice := ""
		if len(r.Pages) > 0 {
			advice = e.damageAdvice(s.BackupDir())
		}
		return fmt.Errorf("%d problem(s):\n  %s%s", len(problems), strings.Join(problems, "\n  "), advice)
	}
	fmt.Fprintf(e.stdout, "ok: %s, schema %d\n", s.Path(), s.SchemaVersion())
	return nil
}

func cmdBackup(e *env, args []string) error {
	fs := e.flags("backup")
	out := fs.String("out", "", "backup file to write (must not exist)")
	if err := fs.Parse(args); err != nil || *out == "" {
		return fmt.Errorf("--out FILE is required: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.BackupTo(e.ctx, *out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "backup written to %s\n", *out)
	return nil
}

func cmdRestore(e *env, args []string) error {
	fs := e.flags("restore")
	from := fs.String("from", "", "backup file to restore")
	pin := fs.String("pin", os.Getenv("RAPI_PIN"), "admin PIN (default $RAPI_PIN)")
	if err := fs.Parse(args); err != nil || *from == "" {
		return fmt.Errorf("--from FILE is required: %w", errUsage)
	}
	s, err := e.open()
	if storage.IsDamage(err) {
		return e.replaceDamaged(*from, *pin)
	}
	if err != nil {
		return err
	}
	defer s.Close()
	safety, err := s.Restore(e.ctx, *from, *pin)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "restored from %s; the previous state is in %s\n", *from, safety)
	return nil
}

func cmdVersion(e *env, args []string) error {
	fmt.Fprintf(e.stdout, "rapictl %s (schema %d)\n", version, storage.LatestSchema())
	return nil
}
