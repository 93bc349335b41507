package rapat

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
)

// progressText is a checklist's state as the clerks say it: "9 dari 14
// selesai, 2 terlambat".
func progressText(p mrapat.Progress) string {
	data := map[string]any{"Done": p.Done, "Total": p.Total, "Late": p.Late}
	if p.Late > 0 {
		return kit.Ln("rapatui.progress_late", data)
	}
	return kit.Ln("rapatui.progress", data)
}

// statusName is a status as the clerk reads it.
func statusName(s mrapat.Status) string { return lang.L("rapatui.status." + string(s)) }

func statusNames() []string {
	out := make([]string, len(mrapat.Statuses))
	for i, s := range mrapat.Statuses {
		out[i] = statusName(s)
	}
	return out
}

// faseName is a phase as the paper checklists head it: "H-3 (tiga hari sebelum)".
func faseName(f mrapat.Fase) string { return lang.L("rapatui.fase." + string(f)) }

func faseNames() []string {
	out := make([]string, len(mrapat.Fases))
	for i, f := range mrapat.Fases {
		out[i] = faseName(f)
	}
	return out
}

// when is a day and clock time: "Jumat, 4 Desember 2026 09.00".
func when(t time.Time) string {
	if t.IsZero() {
		return "–"
	}
	return model.FormatDateDay(t) + " " + mrapat.FormatJam(t)
}

// rowWhen is a meeting's day and time in a list: "Senin 07/12/2026 09.00–11.00".
func rowWhen(r mrapat.Rapat) string {
	s := model.DayNames[r.Mulai.Weekday()] + " " + model.FormatDateShort(r.Mulai) + " " + mrapat.FormatJam(r.Mulai)
	if !r.Selesai.IsZero() {
		s += "–" + mrapat.FormatJam(r.Selesai)
	}
	return s
}

// rekapText counts the invitees: "12 diundang · 9 hadir · 3 belum · 1 tanpa undangan".
func rekapText(r mrapat.Rekap) string {
	return kit.Ln("rapatui.rekap", map[string]any{"Diundang": r.Diundang, "Hadir": r.Hadir, "Absen": r.Absen, "WalkIn": r.WalkIn})
}
