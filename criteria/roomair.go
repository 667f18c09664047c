package criteria

import (
	"fmt"
	"time"
)

// oxygenCarries is how many days a note or result that has the patient on
// oxygen speaks for the days after it, unless a room-air reading comes
// between: a patient sent home from a nursing facility on 2 L continuous
// three days before a clinic's "SpO2 87%" may well have been on it then.
const oxygenCarries = 7

// airUnstated takes as unsure each reading that does not say it was on
// room air when the record has the patient on oxygen that day or in the
// week before with no room-air reading since (Measure.RoomAir): the
// policy's test is a room-air test, and the reviewer cannot tell that one
// was.
func (e *Evidence) airUnstated(m *Measure, rs []Reading, asOf time.Time) {
	if len(m.roomAir) == 0 {
		return
	}
	on := e.onOxygen(m, asOf)
	if len(on) == 0 {
		return
	}
	saysAir := make([]bool, len(rs))
	for i, r := range rs {
		said := r.Context.Sentence
		if it := e.Items[r.Ref]; it != nil && r.Source == FromObservation {
			said = it.Display + "; " + r.Quote + "; " + it.Method
		}
		saysAir[i] = matchesAny(m.roomAir, said)
	}
	for i := range rs {
		r := &rs[i]
		if !r.Context.Counts() || r.Date.IsZero() || saysAir[i] {
			continue
		}
		d := dayOf(r.Date)
		// The latest mention on oxygen, from the reading's day back a week.
		j := -1
		for k, o := range on {
			if !o.day.After(d) && !o.day.Before(d.AddDate(0, 0, -oxygenCarries)) && (j < 0 || o.day.After(on[j].day)) {
				j = k
			}
		}
		if j < 0 {
			continue
		}
		// A room-air reading after that mention has the patient off it.
		off := false
		for k, o := range rs {
			if saysAir[k] && o.Context.Counts() && dayOf(o.Date).After(on[j].day) && !dayOf(o.Date).After(d) {
				off = true
				break
			}
		}
		if !off {
			r.Context.Assertion = Uncertain
			r.Context.Cue = fmt.Sprintf("not said to be on room air, while %s on %s has the patient on oxygen (%q)", on[j].where, day(on[j].day), on[j].words)
		}
	}
}

// oxygenMention is a day the record has the patient on oxygen.
type oxygenMention struct {
	day          time.Time
	where, words string
}

// onOxygen finds the days the record has the patient breathing oxygen:
// a note affirming it ("on 2 L NC per RN", "weaned to 1 L NC"; not "not
// on oxygen", not "home O2 2 L planned") or an observation taken so.
func (e *Evidence) onOxygen(m *Measure, asOf time.Time) []oxygenMention {
	var out []oxygenMention
	for _, it := range e.Observations() {
		if visibleT(it.Date, asOf) && !it.Date.IsZero() && m.ExcludedMethod(it.Method) {
			out = append(out, oxygenMention{dayOf(it.Date), label(it), it.Method})
		}
	}
	for _, it := range e.Notes() {
		if it.Text == "" || !visibleT(it.Date, asOf) {
			continue
		}
		for _, re := range m.excludeMethod {
			for _, loc := range re.FindAllStringIndex(it.Text, -1) {
				ctx := ReadContext(it.Text, loc[0], loc[1], it.Date)
				if ctx.Assertion != Affirmed || ctx.Historical {
					continue
				}
				when := it.Date
				if !ctx.When.IsZero() && !ctx.When.After(it.Date.Add(24*time.Hour)) {
					when = ctx.When
				}
				out = append(out, oxygenMention{dayOf(when), label(it), it.Text[loc[0]:loc[1]]})
			}
		}
	}
	return out
}
