package sim

import "strconv"

// Time is virtual time in nanoseconds since the main module started. Nothing in
// a run reads the wall clock: JavaScript sees this clock through Date.now(),
// performance.now() and process.hrtime(), so the same program gives the same
// trace every time.
type Time int64

const (
	Nanosecond  Time = 1
	Microsecond      = 1000 * Nanosecond
	Millisecond      = 1000 * Microsecond
	Second           = 1000 * Millisecond
)

// Ms is the time in whole milliseconds, truncated: what libuv's uv_now() reports.
func (t Time) Ms() int64 { return int64(t / Millisecond) }

// String formats the time in milliseconds with up to three decimals: "12.345ms".
func (t Time) String() string {
	ms := int64(t / Millisecond)
	frac := int64(t%Millisecond) / 1000 // microseconds
	if t < 0 {
		if t == -t { // the most negative Time has no positive counterpart
			return "-inf"
		}
		return "-" + (-t).String()
	}
	if frac == 0 {
		return strconv.FormatInt(ms, 10) + "ms"
	}
	s := strconv.FormatInt(1000+frac, 10)[1:]
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return strconv.FormatInt(ms, 10) + "." + s + "ms"
}

// Epoch is what Date.now() returns when the main module starts:
// 2025-01-01T00:00:00.000Z plus the bootstrap time below.
const Epoch int64 = 1735689600000

// Bootstrap is how long Node has been up when the main module starts; it offsets
// performance.now() and process.uptime() the way a real start-up does.
const Bootstrap = 30 * Millisecond
