package storage

import (
	"errors"
	"strings"
	"testing"
	"time"

	"rapi/model"
	lbl "rapi/model/label"
)

// A Tom & Jerry sheet as a clerk measured it: 3 x 8 labels on A4.
func tomJerry() lbl.Template {
	return lbl.Template{Name: "Tom & Jerry 103", Note: "dari toko ATK depan kantor", Paper: lbl.PaperA4,
		LabelWidth: 64, LabelHeight: 32, Radius: 3, Columns: 3, Rows: 8, Left: 6, Top: 14.5, HPitch: 66, VPitch: 34}
}

func TestTemplateLifecycle(t *testing.T) {
	s, path := openTemp(t, "Siti Rahma")
	st := StoredTemplate{Template: tomJerry()}
	if err := s.CreateTemplate(ctx, &st); err != nil {
		t.Fatal(err)
	}
	if st.ID == 0 || st.Version != 1 || st.CreatedBy == "" {
		t.Fatalf("saved template has no meta: %+v", st.Meta)
	}

	// Another PC opens the same file and sees it, with every measurement.
	other := openAt(t, path, "Budi Santoso", Options{})
	got, err := other.FindTemplate(ctx, "tom & jerry 103")
	if err != nil || got != tomJerry() {
		t.Fatalf("other PC reads %+v, %v", got, err)
	}
	all, _ := other.AllTemplates(ctx)
	if len(all) != len(lbl.Builtins())+1 || all[0].Name != lbl.Builtins()[0].Name || all[len(all)-1].Name != "Tom & Jerry 103" {
		t.Fatalf("picker list: %d templates", len(all))
	}

	// Budi corrects the pitch; Siti's stale copy then conflicts.
	stale := st
	st2, _ := other.Templates(ctx)
	st2[0].VPitch = 34.5
	if err := other.UpdateTemplate(ctx, &st2[0]); err != nil {
		t.Fatal(err)
	}
	stale.Note = "ganti"
	if err := s.UpdateTemplate(ctx, &stale); err == nil {
		t.Fatal("a stale edit overwrote a newer one")
	} else if _, ok := model.AsConflict(err); !ok {
		t.Fatalf("stale edit: %v", err)
	}
	h, _ := s.History(ctx, "label_template", st.ID)
	if len(h) != 2 || !strings.Contains(h[1].After, "34.5") {
		t.Fatalf("audit log: %+v", h)
	}

	// Deleted templates leave the picker and free their name.
	if err := s.DeleteTemplate(ctx, st2[0].ID, st2[0].Version); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindTemplate(ctx, "Tom & Jerry 103"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("deleted template still found: %v", err)
	}
	again := StoredTemplate{Template: tomJerry()}
	if err := s.CreateTemplate(ctx, &again); err != nil {
		t.Fatalf("name of a deleted template not free: %v", err)
	}
	if err := s.RestoreTemplate(ctx, st.ID); err == nil {
		t.Fatal("restoring a template whose name is taken again succeeded")
	}
}

func TestTemplateRefusals(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	bad := []struct {
		edit  func(*lbl.Template)
		field string
	}{
		{func(t *lbl.Template) { t.Name = "Avery L7163" }, "Name"},
		{func(t *lbl.Template) { t.Name = "  " }, "Name"},
		{func(t *lbl.Template) { t.LabelWidth = 0 }, "LabelWidth"},
		{func(t *lbl.Template) { t.Columns = 4 }, "Columns"}, // runs off the A4 sheet
	}
	for _, b := range bad {
		tpl := tomJerry()
		b.edit(&tpl)
		err := s.CreateTemplate(ctx, &StoredTemplate{Template: tpl})
		ie, ok := model.AsInvalid(err)
		if !ok || ie.Field != b.field {
			t.Errorf("%+v: error %v, want one naming %s", tpl, err, b.field)
		}
	}
	first := StoredTemplate{Template: tomJerry()}
	if err := s.CreateTemplate(ctx, &first); err != nil {
		t.Fatal(err)
	}
	dup := StoredTemplate{Template: tomJerry()}
	if ie, ok := model.AsInvalid(s.CreateTemplate(ctx, &dup)); !ok || ie.Reason != ReasonTemplateTaken {
		t.Fatal("a second template with the same name was accepted")
	}
	if ts, _ := s.Templates(ctx); len(ts) != 1 {
		t.Fatalf("%d templates stored after refusals", len(ts))
	}
}

const koalaXML = `<?xml version="1.0"?>
<Glabels-templates>
  <Template brand="Koala" part="K-121" size="A4" _description="Label nama">
    <Label-rectangle id="0" width="70mm" height="37mm" round="2mm">
      <Layout nx="3" ny="8" x0="0mm" y0="0.5mm" dx="70mm" dy="37mm"/>
    </Label-rectangle>
  </Template>
</Glabels-templates>`

func TestImportGLabelsTwiceAddsOnce(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	res, err := s.ImportGLabels(ctx, strings.NewReader(koalaXML))
	if err != nil || len(res.Added) != 1 || len(res.Skipped) != 0 {
		t.Fatalf("first import: %+v %v", res, err)
	}
	got, err := s.FindTemplate(ctx, res.Added[0])
	if err != nil || got.LabelWidth != 70 || got.LabelHeight != 37 || got.Columns != 3 || got.Rows != 8 || got.Top != 0.5 {
		t.Fatalf("imported %+v %v", got, err)
	}
	res, err = s.ImportGLabels(ctx, strings.NewReader(koalaXML))
	if err != nil || len(res.Added) != 0 || len(res.Skipped) != 1 {
		t.Fatalf("second import: %+v %v", res, err)
	}
	if _, err := s.ImportGLabels(ctx, strings.NewReader("<bukan xml")); err == nil {
		t.Fatal("a broken file imported without error")
	}
}

func TestPrintedRemembered(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	if err := s.RecordPrinted(ctx, "lokasi", "Avery L7163", []string{"LOK-000001", "LOK-000002"}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond)
	if err := s.RecordPrinted(ctx, "lokasi", "Rol 50x30", []string{"LOK-000001"}); err != nil {
		t.Fatal(err)
	}
	last, err := s.LastPrinted(ctx, "lokasi")
	if err != nil || len(last) != 2 || !last["LOK-000001"].After(last["LOK-000002"]) {
		t.Fatalf("last printed: %v %v", last, err)
	}
	if other, _ := s.LastPrinted(ctx, "berkas"); len(other) != 0 {
		t.Fatalf("kinds mixed up: %v", other)
	}
	h, err := s.PrintHistory(ctx, "lokasi", "LOK-000001")
	if err != nil || len(h) != 2 || h[0].Template != "Rol 50x30" || !strings.Contains(h[0].By, "Siti") {
		t.Fatalf("history: %+v %v", h, err)
	}
}
