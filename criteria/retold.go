package criteria

import (
	"fmt"
	"math"
	"time"
)

// unsureRetold takes as unsure a note's retelling of a result that is
// itself unsure (a discharge summary's "home O2 evaluation: resting
// saturation 87% per nursing" of a nurse's 87% that does not say room
// air): a retelling is no better than what it retells.
func unsureRetold(rs []Reading) {
	for i := range rs {
		r := &rs[i]
		if !r.Context.Counts() {
			continue
		}
		for _, u := range rs {
			if u.Context.Assertion != Uncertain || u.Context.Cue == "" || !retellsReading(*r, u) {
				continue
			}
			r.Context.Assertion, r.Context.Cue = Uncertain, fmt.Sprintf("retells the result of %s, which is %s", day(u.Date), u.Context.Cue)
			break
		}
	}
}

// retellsReading reports whether note reading r restates reading u: u
// was on the record when r's note was written, and r gives its value
// (retells).
func retellsReading(r, u Reading) bool {
	if r.Source != FromNote || u.Ref == r.Ref {
		return false
	}
	written := u.Date
	if u.Source == FromNote {
		written = u.NoteDate
	}
	return !dayOf(written).After(dayOf(r.NoteDate)) && retells(u.Value, dayOf(u.Date), r.Value, r.Date, r.NoteDate)
}

// sameValue reports whether v gives the value ev, or it rounded ("AHI
// 22" of an index of 22.4).
func sameValue(ev, v float64) bool {
	return ev == v || v == math.Round(v) && math.Round(ev) == v
}

// retells reports whether a note reading (value v, dated when, in a note
// of noteDate) restates a disqualified one (value ev on day): the same
// value (or it rounded), in a note written after that day, dated no
// more than two weeks before it, and either dated to it (or before) or
// written within 30 days of it.
func retells(ev float64, day time.Time, v float64, when, noteDate time.Time) bool {
	nd := dayOf(noteDate)
	// "REI about 18" of an index of 17.9: a retelling rounds.
	same := sameValue(ev, v)
	// A report is often dated days after its test: a retelling may date
	// the value to the test's night, up to two weeks before the report.
	if !same || dayOf(when).Before(day.AddDate(0, 0, -14)) || !nd.After(day) {
		return false
	}
	// A note that dates the value to the test ("per HST 3/3/26 (REI
	// 17.9)") retells it however much later it is written.
	return !dayOf(when).After(day) || !nd.After(day.AddDate(0, 0, 30))
}
