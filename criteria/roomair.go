package criteria

import (
	"fmt"
	"slices"
	"time"
)

// airUnstated takes as unsure each reading that does not say it was on
// room air when the record has the patient on oxygen that day or the day
// before (Measure.RoomAir): the policy's test is a room-air test, and the
// reviewer cannot tell that one was.
func (e *Evidence) airUnstated(m *Measure, rs []Reading, asOf time.Time) {
	if len(m.roomAir) == 0 {
		return
	}
	on := e.onOxygen(m, asOf)
	if len(on) == 0 {
		return
	}
	for i := range rs {
		r := &rs[i]
		if !r.Context.Counts() || r.Date.IsZero() {
			continue
		}
		said := r.Context.Sentence
		if it := e.Items[r.Ref]; it != nil && r.Source == FromObservation {
			said = it.Display + "; " + r.Quote + "; " + it.Method
		}
		if matchesAny(m.roomAir, said) {
			continue
		}
		d := dayOf(r.Date)
		if j := slices.IndexFunc(on, func(o oxygenMention) bool { return o.day.Equal(d) || o.day.Equal(d.AddDate(0, 0, -1)) }); j >= 0 {
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
