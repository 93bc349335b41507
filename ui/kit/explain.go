package kit

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"rapi/model"
	"rapi/storage"
	"rapi/storage/sheet"
)

// Explain turns an error into a sentence a clerk understands, in the UI
// language. Domain errors get their own words; anything else is shown
// with its technical text after a general sentence, so support can act.
func Explain(err error) string {
	if err == nil {
		return ""
	}
	if ie, ok := model.AsInvalid(err); ok {
		return Ln("error.invalid_field", map[string]any{
			"Field": FieldName(ie.Field), "Value": ie.Value, "Reason": T(ie.Reason),
		})
	}
	if ce, ok := model.AsConflict(err); ok {
		return Ln("error.conflict", map[string]any{
			"By": ce.By, "At": model.FormatDateTime(ce.At.Local()),
		})
	}
	switch {
	case errors.Is(err, model.ErrBusy):
		return lang.L("error.busy")
	case errors.Is(err, model.ErrReadOnly):
		return lang.L("error.read_only")
	case errors.Is(err, storage.ErrDiskFull):
		return lang.L("error.disk_full")
	case storage.IsDamage(err):
		return lang.L("error.damaged") + "\n\n" + err.Error()
	case errors.Is(err, model.ErrUnavailable):
		return lang.L("error.unavailable") + "\n\n" + err.Error()
	case errors.Is(err, model.ErrNotFound):
		return lang.L("error.not_found")
	case errors.Is(err, model.ErrPIN):
		return lang.L("error.pin")
	case errors.Is(err, sheet.ErrFormat):
		return lang.L("dayone.error.not_sheet")
	}
	return lang.L("error.general") + "\n\n" + err.Error()
}

// FieldName is the label of a field key as the forms show it.
func FieldName(key string) string {
	if key == "" {
		return ""
	}
	return T("field." + key)
}
