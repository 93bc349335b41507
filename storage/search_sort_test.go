package storage

import (
	"context"
	"testing"
)

// A search sorted "terbaru" or "tahun" lists its matches in that order,
// not by relevance: sort means sort. The default still ranks.
func TestSearchHonoursExplicitSort(t *testing.T) {
	s, _ := openTemp(t, "sort.db")
	ctx := context.Background()
	// Relevance puts the file naming "rapat" twice first; it is the oldest.
	old := mkBerkas(t, s, "", "000.1.5", "Rapat rapat koordinasi rapat", 2019, 0)
	mid := mkBerkas(t, s, "", "000.1.5", "Notulen rapat", 2024, 0)
	newest := mkBerkas(t, s, "", "000.1.5", "Undangan rapat", 2021, 0)
	ids := func(sort BerkasSort) []int64 {
		t.Helper()
		page, err := s.SearchBerkas(ctx, "rapat", BerkasFilter{Sort: sort}, Page{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, b := range page.Rows {
			out = append(out, b.ID)
		}
		if page.Total != 3 {
			t.Fatalf("sort %d counts %d matches, want 3", sort, page.Total)
		}
		return out
	}
	if got := ids(SortNewest); len(got) != 3 || got[0] != newest.ID || got[1] != mid.ID || got[2] != old.ID {
		t.Fatalf("Urut: terbaru gives %v, want %v", got, []int64{newest.ID, mid.ID, old.ID})
	}
	if got := ids(SortTahun); len(got) != 3 || got[0] != mid.ID || got[1] != newest.ID || got[2] != old.ID {
		t.Fatalf("Urut: tahun gives %v, want %v", got, []int64{mid.ID, newest.ID, old.ID})
	}
	if got := ids(SortBest); len(got) != 3 || got[0] != old.ID {
		t.Fatalf("the best match is not first: %v", got)
	}
}
