package main

import (
	"fmt"
	"strings"
	"time"

	"rapi/model/booking"
	"rapi/storage"
)

func init() {
	register(command{"resource", "list [--jenis ruang|kendaraan|sopir] [--all] [--json]: the bookable rooms, vehicles and drivers; " +
		"add --room PLACE-CODE | --vehicle ASSET-CODE | --driver NAME [--code C] [--name N] [--category K] [--capacity N] " +
		"[--facility F]... [--buffer MINUTES] [--approval] [--pending-free] [--nip N] [--phone T]: make one bookable", cmdResource})
}

const (
	resourceListUsage = "resource list [--jenis J] [--all] [--json]"
	resourceAddUsage  = "resource add --room PLACE-CODE | --vehicle ASSET-CODE | --driver NAME [options]"
)

func cmdResource(e *env, args []string) error {
	if len(args) > 0 && args[0] == "list" {
		return cmdResourceList(e, args[1:])
	}
	if len(args) > 0 && args[0] == "add" {
		return cmdResourceAdd(e, args[1:])
	}
	return fmt.Errorf("%s | %s: %w", resourceListUsage, resourceAddUsage, errUsage)
}

// resourceJSON is one resource as `resource list --json` prints it.
type resourceJSON struct {
	Code             string   `json:"code"`
	Jenis            string   `json:"jenis"`
	Nama             string   `json:"nama"`
	Kategori         string   `json:"kategori,omitempty"`
	Kapasitas        int      `json:"kapasitas,omitempty"`
	Fasilitas        []string `json:"fasilitas,omitempty"`
	JedaMenit        int      `json:"jeda_menit,omitempty"`
	PerluPersetujuan bool     `json:"perlu_persetujuan,omitempty"`
	PengajuanBebas   bool     `json:"pengajuan_bebas,omitempty"`
	Aktif            bool     `json:"aktif"`
}

func cmdResourceList(e *env, args []string) error {
	fs := e.flags("resource list")
	jenis := fs.String("jenis", "", "ruang, kendaraan or sopir (default all)")
	all := fs.Bool("all", false, "include the ones no longer lent")
	asJSON := fs.Bool("json", false, "print JSON")
	s, err := e.parseOpen(fs, args)
	if err != nil {
		return fmt.Errorf("%s: %w", resourceListUsage, err)
	}
	defer s.Close()
	if *jenis != "" && !booking.Jenis(*jenis).Valid() {
		return fmt.Errorf("--jenis %q: %w", *jenis, errUsage)
	}
	list, err := s.Resources(e.ctx, storage.ResourceFilter{Jenis: booking.Jenis(*jenis), All: *all})
	if err != nil {
		return err
	}
	rows := []resourceJSON{}
	for _, r := range list {
		rows = append(rows, resourceJSON{Code: r.Code, Jenis: string(r.Jenis), Nama: r.Nama, Kategori: r.Kategori,
			Kapasitas: r.Kapasitas, Fasilitas: r.Fasilitas, JedaMenit: int(r.Jeda / time.Minute),
			PerluPersetujuan: r.PerluPersetujuan, PengajuanBebas: r.PengajuanBebas, Aktif: r.Aktif})
	}
	if *asJSON {
		return printJSON(e, rows)
	}
	for _, r := range list {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%d\t%s\n", r.Code, r.Jenis, r.Nama, r.Kategori, r.Kapasitas, strings.Join(r.Fasilitas, ", "))
	}
	return nil
}

func cmdResourceAdd(e *env, args []string) error {
	fs := e.flags("resource add")
	room := fs.String("room", "", "the room's place code (R-… or hand-made)")
	vehicle := fs.String("vehicle", "", "the vehicle's asset code (A-…)")
	driver := fs.String("driver", "", "the driver's name")
	r := booking.Resource{Aktif: true}
	fs.StringVar(&r.Code, "code", "", "the resource's code (default the room's or vehicle's, SOPIR-NN for a driver)")
	fs.StringVar(&r.Nama, "name", "", "name (default the room's or vehicle's)")
	fs.StringVar(&r.Kategori, "category", "", "Ruang Rapat, Aula, Minibus …")
	fs.IntVar(&r.Kapasitas, "capacity", 0, "people or seats (0: not checked)")
	fas := listFlag(fs, "facility", "a facility (again for more): Proyektor, Sound System …")
	buffer := fs.Int("buffer", 0, "minutes kept free between two bookings")
	fs.BoolVar(&r.PerluPersetujuan, "approval", false, "bookings wait for an approver")
	fs.BoolVar(&r.PengajuanBebas, "pending-free", false, "a waiting request does not hold the slot")
	fs.StringVar(&r.NIP, "nip", "", "a driver's NIP")
	fs.StringVar(&r.Telepon, "phone", "", "a driver's phone")
	s, err := e.parseOpen(fs, args)
	if err != nil {
		return fmt.Errorf("%s: %w", resourceAddUsage, err)
	}
	defer s.Close()
	r.Fasilitas, r.Jeda = *fas, time.Duration(*buffer)*time.Minute
	switch {
	case *room != "" && *vehicle == "" && *driver == "":
		r.Jenis = booking.JenisRuang
		if r.PlaceID, err = placeByCode(e, s, *room); err != nil {
			return err
		}
	case *vehicle != "" && *room == "" && *driver == "":
		a, err := s.AsetByCode(e.ctx, *vehicle)
		if err != nil {
			return fmt.Errorf("--vehicle %s: %w", *vehicle, err)
		}
		r.Jenis, r.AsetID = booking.JenisKendaraan, a.ID
	case *driver != "" && *room == "" && *vehicle == "":
		r.Jenis, r.Nama = booking.JenisSopir, *driver
	default:
		return fmt.Errorf("%s: %w", resourceAddUsage, errUsage)
	}
	if err := s.SaveResource(e.ctx, &r); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, r.Code, r.Nama)
	return nil
}
