package arsip

import "time"

// timeNow is the clock the archive screens read (due dates, "today"); a
// test may set it.
var timeNow = time.Now
