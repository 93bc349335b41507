package storage

import (
	"regexp"
	"testing"
)

// Every field and reason the bookings' errors name, and the reason a
// series names a month without the date, has id and en text.
func TestBookingErrorsAreTranslated(t *testing.T) {
	assertErrorsTranslated(t, regexp.MustCompile(`"(error\.[a-z_]+|booking\.lewat\.[a-z_]+)"`), "booking*.go", "../model/booking/*.go",
		"../cmd/rapictl/booking*.go")
}
