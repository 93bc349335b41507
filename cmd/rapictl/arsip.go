package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"rapi/model"
	"rapi/storage"
)

func init() {
	register(command{"demo", "[--berkas N] [--aset N] [--rapat N] [--booking WEEKS] [--seed S]: fill an empty database with realistic demo places, files, items, loans, assets, contacts, meetings and bookings", cmdDemo})
	register(command{"find", "TEXT [--json]: what a scan shows; a code finds its record, other text searches the files and the assets; assets show kode barang, register, holder and condition", cmdFind})
}

func cmdDemo(e *env, args []string) error {
	fs := e.flags("demo")
	n := fs.Int("berkas", 2000, "how many files (berkas) to make")
	nAset := fs.Int("aset", 0, "how many assets (inventaris) to make")
	nRapat := fs.Int("rapat", storage.DemoRapat, "how many meetings (with the contact book) to make, about eight a week around today")
	weeks := fs.Int("booking", storage.DemoBookingWeeks, "weeks of bookings of the demo's rooms, cars and drivers")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same data")
	if err := fs.Parse(args); err != nil || *n < 0 || *nAset < 0 || *nRapat < 0 || *weeks < 0 || fs.NArg() > 0 {
		return fmt.Errorf("demo [--berkas N] [--aset N] [--rapat N] [--booking WEEKS] [--seed S]: %w", errUsage)
	}
	bookingWeeks := *weeks
	if bookingWeeks == 0 {
		bookingWeeks = -1 // none
	}
	rapatN := *nRapat
	if rapatN == 0 {
		rapatN = -1 // none
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	start := time.Now()
	if err := storage.Demo(e.ctx, s, storage.DemoOptions{Berkas: *n, Aset: *nAset, Rapat: rapatN, Booking: bookingWeeks, Seed: *seed}); err != nil {
		return err
	}
	made := fmt.Sprintf("%d berkas", *n)
	if *nAset > 0 {
		made += fmt.Sprintf(", %d aset", *nAset)
	}
	if *nRapat > 0 {
		made += fmt.Sprintf(", %d rapat", *nRapat)
	}
	if n, err := demoBookings(e, s); err != nil || n > 0 {
		made += fmt.Sprintf(", %d peminjaman", n)
	}
	fmt.Fprintf(e.stdout, "demo: %s in %.1f s\n", made, time.Since(start).Seconds())
	return nil
}

func cmdFind(e *env, args []string) error {
	fs := e.flags("find")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 20, "most results to show")
	// flags may come after the text
	var words []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		args = fs.Args()[1:]
	}
	text := strings.TrimSpace(strings.Join(words, " "))
	if text == "" {
		return fmt.Errorf("find TEXT: %w", errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	hits, err := s.Find(e.ctx, text, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if hits == nil {
			hits = []storage.Hit{}
		}
		return enc.Encode(hits)
	}
	if len(hits) == 0 {
		return fmt.Errorf("nothing found for %q: %w", text, model.ErrNotFound)
	}
	for _, h := range hits {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\n", h.Kind, h.Code, h.Title)
		if h.Klasifikasi != "" {
			fmt.Fprintf(e.stdout, "  klasifikasi: %s\n", h.Klasifikasi)
		}
		if h.PlacePath != "" {
			fmt.Fprintf(e.stdout, "  tempat:      %s\n", h.PlacePath)
		}
		if h.Status != "" {
			fmt.Fprintf(e.stdout, "  status:      %s\n", h.Status)
		}
		printAsetHit(e, h)
		if h.Borrower != "" {
			fmt.Fprintf(e.stdout, "  dipinjam:    %s sampai %s\n", h.Borrower, model.FormatDate(*h.Due))
		}
	}
	return nil
}
