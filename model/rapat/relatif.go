package rapat

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/value"
)

// FormatRelatif writes a due relative to the meeting's start as the
// clerks say it on a template: the day ("H-3", "H", "H+1") and, when not on the
// start's clock, the hours and minutes more ("H -01.00": an hour before).
func FormatRelatif(d time.Duration) string {
	days := int(d / (24 * time.Hour))
	rest := d - time.Duration(days)*24*time.Hour
	day := "H"
	if days != 0 {
		day = fmt.Sprintf("H%+d", days)
	}
	if rest == 0 {
		return day
	}
	sign := "+"
	if rest < 0 {
		sign, rest = "-", -rest
	}
	return fmt.Sprintf("%s %s%02d.%02d", day, sign, int(rest/time.Hour), int(rest%time.Hour/time.Minute))
}

// maxRelatifDays bounds a due: a year before or after the meeting.
const maxRelatifDays = 366

// ParseRelatif reads what FormatRelatif writes ("H-3", "h+1 -2.30",
// "H -1"); empty is the phase's own due (0).
func ParseRelatif(s string) (time.Duration, error) {
	f := strings.Fields(strings.ToUpper(s))
	if len(f) == 0 {
		return 0, nil
	}
	bad := model.Invalid("batas", s, "rapatlink.error.due")
	if len(f) > 2 || !strings.HasPrefix(f[0], "H") {
		return 0, bad
	}
	var d time.Duration
	if day := f[0][1:]; day != "" {
		n, err := strconv.Atoi(day)
		// a task is due within a year of its meeting; more is a typo
		// (and would overflow the duration)
		if err != nil || (day[0] != '-' && day[0] != '+') || n < -maxRelatifDays || n > maxRelatifDays {
			return 0, bad
		}
		d = time.Duration(n) * 24 * time.Hour
	}
	if len(f) == 1 {
		return d, nil
	}
	sign, clock := time.Duration(1), f[1]
	switch {
	case strings.HasPrefix(clock, "-"):
		sign, clock = -1, clock[1:]
	case strings.HasPrefix(clock, "+"):
		clock = clock[1:]
	default:
		return 0, bad
	}
	h, m, err := value.ParseClock(clock)
	if err != nil {
		return 0, bad
	}
	return d + sign*(time.Duration(h)*time.Hour+time.Duration(m)*time.Minute), nil
}
