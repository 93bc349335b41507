// Package value parses single values as Indonesian clerks write them in
// their registers: dates in every usual form, kurun waktu (year ranges),
// rupiah amounts, asset conditions, and messy text.
//
// Every parser returns a *model.InvalidError whose Reason is a translation
// key (Reason* constants below; the messages live in
// assets/translations/sheet.*.json) so a caller can say exactly why a cell
// was refused. Field is the kind of value ("date", "money", ...); callers
// that know the column replace it.
package value

import (
	"rapi/model"
)

// Reason keys. Each one has an Indonesian and an English message.
const (
	ReasonEmpty          = "value.empty"             // nothing in the cell
	ReasonDate           = "value.date.invalid"      // not recognisable as a date
	ReasonDateImpossible = "value.date.impossible"   // looks like a date but does not exist (31/02)
	ReasonDateYearOnly   = "value.date.year_only"    // only a year where a full date is needed
	ReasonDateOutOfRange = "value.date.out_of_range" // year outside 1800..2200
	ReasonYearRange      = "value.yearrange.invalid"
	ReasonYearRangeOrder = "value.yearrange.order" // end before start
	ReasonMoney          = "value.money.invalid"
	ReasonInt            = "value.int.invalid"
	ReasonCondition      = "value.condition.invalid"
	ReasonClock          = "value.clock.invalid"
)

// Reasons lists every reason key this package can return (for translation checks).
var Reasons = []string{ReasonEmpty, ReasonDate, ReasonDateImpossible, ReasonDateYearOnly,
	ReasonDateOutOfRange, ReasonYearRange, ReasonYearRangeOrder, ReasonMoney, ReasonInt, ReasonCondition, ReasonClock}

func invalid(kind, v, reason string) error { return model.Invalid(kind, v, reason) }

// Reason returns the reason key inside err, or "" when err is not a parse error.
func Reason(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		return ie.Reason
	}
	return ""
}
