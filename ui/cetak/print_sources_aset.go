package cetak

import (
	"context"

	"fyne.io/fyne/v2/lang"

	rstore "rapi/storage"
	"rapi/ui/paper"
	"rapi/ui/printout"
)

// Kinds under which asset stickers and room door labels are remembered as printed.
const (
	AsetKind  = "aset"
	RuangKind = "ruang"
)

// AsetSource is the stickers of the assets: institution, kode lokasi,
// kode barang + register, year and the QR of the asset's code.
type AsetSource struct{}

func (AsetSource) Kind() string  { return AsetKind }
func (AsetSource) Title() string { return lang.L("aset_paper.source.aset") }

// Items lists every asset in kode barang and register order.
func (AsetSource) Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error) {
	return labeledItems(AsetKind)(printout.AsetLabels(ctx, s))
}

// Labels are the stickers of the assets with codes.
func (AsetSource) Labels(ctx context.Context, s *rstore.Store, codes []string) ([]PrintItem, error) {
	return labeledItems(AsetKind)(printout.AsetLabels(ctx, s, codes...))
}

// RuangSource is the door labels of the rooms: the room's name and the
// QR a sensus scans first.
type RuangSource struct{}

func (RuangSource) Kind() string  { return RuangKind }
func (RuangSource) Title() string { return lang.L("aset_paper.source.ruang") }

// Items lists every room with a code, by path.
func (RuangSource) Items(ctx context.Context, s *rstore.Store) ([]PrintItem, error) {
	return labeledItems(RuangKind)(printout.RuangLabels(ctx, s))
}

// Labels are the door labels of the rooms with codes.
func (RuangSource) Labels(ctx context.Context, s *rstore.Store, codes []string) ([]PrintItem, error) {
	return labeledItems(RuangKind)(printout.RuangLabels(ctx, s, codes...))
}

// labeledItems turns laid-out labels into queue items of kind.
func labeledItems(kind string) func([]printout.Labeled, error) ([]PrintItem, error) {
	return func(ls []printout.Labeled, err error) ([]PrintItem, error) {
		if err != nil {
			return nil, err
		}
		out := make([]PrintItem, len(ls))
		for i, l := range ls {
			d := l.Label
			out[i] = PrintItem{Kind: kind, Code: l.Code, Title: l.Title, Label: func() paper.Drawer { return d }}
		}
		return out, nil
	}
}
