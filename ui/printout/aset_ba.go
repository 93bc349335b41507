package printout

import (
	"context"
	"strconv"
	"time"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/paper"
)

// The berita acara of the inventaris: the BAST that hands assets to a
// holder, and the Berita Acara Sensus that closes a stock-taking. Both
// are forms with a short table and the signatures of the parties.

// BASTOptions choose the assets a BAST hands over (all to one holder:
// the first asset's).
type BASTOptions struct {
	Codes []string
	Paper label.Paper // A4 (default) or F4
	AsOf  time.Time
}

// BAST lays out the berita acara serah terima of the assets with codes to
// their holder: PIHAK PERTAMA the Pengurus Barang, PIHAK KEDUA the holder
// with name, NIP and jabatan, the assets in a table.
func BAST(ctx context.Context, s *storage.Store, opt BASTOptions) (paper.FormSpec, paper.Rows, error) {
	if len(opt.Codes) == 0 {
		return paper.FormSpec{}, nil, model.Invalid("aset", "", "error.aset_paper_bast")
	}
	inst, err := s.Institution(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = time.Now()
	}
	var list []aset.Aset
	for _, c := range opt.Codes {
		a, err := s.AsetByCode(ctx, c)
		if err != nil {
			return paper.FormSpec{}, nil, err
		}
		list = append(list, a)
	}
	p := list[0].Pemegang
	if p.Empty() {
		return paper.FormSpec{}, nil, model.Invalid("pemegang_nama", list[0].Code, "error.aset_paper_bast")
	}
	rows := make([][]string, len(list))
	var total int64
	for i, a := range list {
		nomor := a.NomorSeri
		if np := a.Detail.NomorPolisi(); np != "" {
			nomor = join2(" · ", np, nomor)
		}
		rows[i] = []string{strconv.Itoa(i + 1), a.Nama, a.Nomor(), a.Merk, nomor, yearText(a.Tahun), a.Kondisi.Name(),
			model.FormatRupiah(a.Harga)}
		total += a.Harga
	}
	rows = append(rows, []string{"", "JUMLAH", "", "", "", "", "", model.FormatRupiah(total)})
	sig, err := s.AsetSigners(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	nomor := p.NomorBAST
	if nomor == "" {
		nomor = "........................"
	}
	sub := []string{"Nomor: " + nomor, "",
		"Pada hari ini, " + model.FormatDateDay(asOf) + ", yang bertanda tangan di bawah ini:",
		"PIHAK PERTAMA: " + pihakPertama(sig.Pengurus) + "Pengurus Barang " + stickerInstitution(inst),
		"PIHAK KEDUA: " + p.Nama + nipText(p.NIP) + jabatanText(p.Jabatan),
		"PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA barang milik daerah berikut untuk digunakan dalam tugas kedinasan:"}
	cols := []paper.Column{{Header: "No", Width: 9, Align: paper.Center}, {Header: "Nama Barang", Weight: 2, Wrap: true},
		{Header: "Kode Barang / Register", Width: 42}, {Header: "Merk/Type", Weight: 1, Wrap: true},
		{Header: "Nomor Seri / Polisi", Weight: 1, Wrap: true}, {Header: "Tahun", Width: 13, Align: paper.Center},
		{Header: "Kondisi", Width: 22, Wrap: true}, {Header: "Harga (Rp)", Width: 28, Align: paper.Right}}
	kedua := paper.Signature{Lines: []string{"", "Yang menerima,", "PIHAK KEDUA"}, Name: p.Nama, NIP: p.NIP}
	if kedua.NIP == "" {
		kedua.NIP = blankNIP
	}
	pertama := signer(sig.Pengurus, true, model.FormatDate(asOf), "Yang menyerahkan,", "PIHAK PERTAMA / Pengurus Barang")
	spec := paper.FormSpec{Header: inst.Lines, Address: inst.Address, Title: "BERITA ACARA SERAH TERIMA BARANG",
		Subtitles: sub, Paper: a4Default(opt.Paper), Columns: cols, Signatures: []paper.Signature{kedua, pertama}}
	return spec, paper.SliceRows(rows), nil
}

// BASensusOptions choose the sensus session (0: the latest).
type BASensusOptions struct {
	SensusID int64
	Paper    label.Paper
	AsOf     time.Time
}

// BASensus lays out the Berita Acara Sensus of a session: room by room
// what was found, missing, misplaced, not on the books, scanned twice and
// corrected, with the totals, signed by the team and the Pengurus Barang,
// known by the head of the unit.
func BASensus(ctx context.Context, s *storage.Store, opt BASensusOptions) (paper.FormSpec, paper.Rows, error) {
	ses, err := pickSensus(ctx, s, opt.SensusID)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	inst, err := s.Institution(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	kode, err := s.KodeLokasi(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	hasil, err := s.AsetSensusTotal(ctx, ses.ID)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	rooms, err := s.AsetRuangSummaries(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	paths := map[int64]string{}
	for _, r := range rooms {
		paths[r.Ruang.ID] = r.Path
	}
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = time.Now()
	}
	var rows [][]string
	var sum [6]int
	for i, h := range hasil {
		n := [6]int{len(h.Ditemukan), len(h.Hilang), len(h.SalahRuang), len(h.TidakDikenal), len(h.Ganda), len(h.Koreksi)}
		row := []string{strconv.Itoa(i + 1), paths[h.RuangID]}
		for j, v := range n {
			row = append(row, strconv.Itoa(v))
			sum[j] += v
		}
		rows = append(rows, row)
	}
	total := []string{"", "JUMLAH"}
	for _, v := range sum {
		total = append(total, strconv.Itoa(v))
	}
	rows = append(rows, total)
	h := asetHeader(inst, kode)
	sub := []string{ses.Nama, "PROVINSI : " + h.Provinsi, "KODE LOKASI : " + kode, "NAMA UNIT : " + h.SatuanKerja,
		"Pada hari ini, " + model.FormatDateDay(asOf) + ", telah dilaksanakan sensus barang milik daerah dengan hasil sebagai berikut:"}
	num := func(h string) paper.Column {
		return paper.Column{Header: h, Width: 24, Align: paper.Center, Wrap: true}
	}
	cols := []paper.Column{{Header: "No", Width: 9, Align: paper.Center}, {Header: "Ruangan", Weight: 1, Wrap: true},
		num("Ditemukan"), num("Tidak Ditemukan"), num("Salah Ruangan"), num("Barang Tidak Tercatat"), num("Terpindai Ganda"),
		num("Kondisi Dikoreksi")}
	sig, err := s.AsetSigners(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	sigs := []paper.Signature{knownBy(sig, h.SatuanKerja), pengurusBlock(sig, ""),
		signer(model.Signer{}, false, model.FormatDate(asOf), "", "Ketua Tim Sensus")}
	spec := paper.FormSpec{Header: inst.Lines, Address: inst.Address, Title: "BERITA ACARA SENSUS BARANG MILIK DAERAH",
		Subtitles: sub, Paper: a4Default(opt.Paper), Columns: cols, Signatures: sigs}
	return spec, paper.SliceRows(rows), nil
}

func pickSensus(ctx context.Context, s *storage.Store, id int64) (aset.Sensus, error) {
	if id != 0 {
		return s.AsetSensus(ctx, id)
	}
	list, err := s.AsetSensusList(ctx)
	if err != nil {
		return aset.Sensus{}, err
	}
	if len(list) == 0 {
		return aset.Sensus{}, model.Invalid("sensus", "", "error.aset_paper_sensus")
	}
	latest := list[0]
	for _, x := range list {
		if x.ID > latest.ID {
			latest = x
		}
	}
	return latest, nil
}

func a4Default(p label.Paper) label.Paper {
	if p == label.PaperF4 {
		return p
	}
	return label.PaperA4
}

func yearText(y int) string {
	if y <= 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func nipText(nip string) string {
	if nip == "" {
		return ""
	}
	return ", NIP " + nip
}

// pihakPertama names the Pengurus Barang in the BAST's text when set:
// "Budi Santoso, NIP 1985..., ".
func pihakPertama(p model.Signer) string {
	if p.Nama == "" {
		return ""
	}
	return p.Nama + nipText(p.NIP) + ", "
}

func jabatanText(j string) string {
	if j == "" {
		return ""
	}
	return ", " + j
}

func join2(sep, a, b string) string { return printJoin(sep, a, b) }
