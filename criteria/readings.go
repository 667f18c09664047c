package criteria

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ReadingSource is where a reading comes from.
type ReadingSource string

// Reading sources: an observation's value, a note's sentence, or a value
// computed from other readings (BMI from weight and height).
const (
	FromObservation ReadingSource = "observation"
	FromNote        ReadingSource = "note"
	FromComputed    ReadingSource = "computed"
)

// Reading is one value of a measure in the record: from an observation, a
// note, or computed from others (BMI from weight and height).
type Reading struct {
	Measure string
	Value   float64
	High    float64
	Unit    string
	Date    time.Time
	Ref     string
	// Inputs are the references a computed value comes from.
	Inputs []string
	Quote  string
	// Start and End are the quote's offsets in the note.
	Start, End int
	Source     ReadingSource
	Context    Context
	// Setting is rest, sleep or exercise, as the words around it say.
	Setting string
	// Label and NoteDate name the note a note reading comes from
	// ("Progress note", its date); Date is when the value was measured.
	Label    string
	NoteDate time.Time
	// Unconfirmed is what a computed score would add were the provisional
	// conditions it leaves out confirmed (a TIA still being worked up).
	Unconfirmed float64
}

// Describe says a reading in words a nurse reads.
func (r Reading) Describe() string {
	val := FormatNumber(r.Value)
	switch {
	case math.IsInf(r.Value, -1):
		val = "<= " + FormatNumber(r.High)
	case math.IsInf(r.High, 1):
		val = ">= " + FormatNumber(r.Value)
	case r.High != r.Value:
		val += "-" + FormatNumber(r.High)
	}
	switch r.Source {
	case FromNote:
		return fmt.Sprintf("%s %s: %q", r.Label, day(r.NoteDate), clipQuote(r.Context.Sentence))
	case FromComputed:
		if r.Quote == "" {
			return fmt.Sprintf("%s %s computed on %s", measureLabel(r.Measure), val, day(r.Date))
		}
		return fmt.Sprintf("%s %s computed from %s on %s", measureLabel(r.Measure), val, r.Quote, day(r.Date))
	}
	u := displayUnit(r.Unit)
	if u != "" {
		u = " " + u
	}
	return fmt.Sprintf("%s %s%s on %s", r.Quote, val, u, day(r.Date))
}

func measureLabel(id string) string {
	if m, ok := vocab.Measure(id); ok {
		return m.Label
	}
	return id
}

// Readings returns every reading of a measure the evidence holds, dated
// on or before asOf, each with its context. Notes give a reading's date as
// the sentence names it, else the note's date.
func (e *Evidence) Readings(measure string, asOf time.Time) []Reading {
	key := readingsKey{measure, asOf}
	if rs, ok := e.readings[key]; ok {
		return rs
	}
	rs := e.readings1(measure, asOf)
	if e.readings == nil {
		e.readings = map[readingsKey][]Reading{}
	}
	e.readings[key] = rs
	return rs
}

func (e *Evidence) readings1(measure string, asOf time.Time) []Reading {
	m, ok := vocab.Measure(measure)
	if !ok {
		return nil
	}
	var out []Reading
	// excluded are the values a disqualified test gave, by day: a later
	// note's retelling of the same value is the same test ("Audiology 8/4:
	// AzBio best-aided 46%" of a score given by monitored live voice).
	type valueDay struct {
		v   float64
		day time.Time
	}
	var excluded []valueDay
	// others are results of other tests in the measure's unit ("ODI
	// 22.3 /h" beside an AHI), by day: a note value that is one of them
	// is read below.
	type otherResult struct {
		valueDay
		display string
	}
	var others []otherResult
	for _, it := range e.Observations() {
		if !visibleT(it.Date, asOf) {
			continue
		}
		if strings.EqualFold(it.Status, "entered-in-error") || strings.EqualFold(it.Status, "cancelled") || strings.EqualFold(it.Status, "preliminary") {
			continue
		}
		if len(it.Components) > 0 && !observationIs(it, m) {
			// A panel's parts are results too: the nadir of a six-minute
			// walk, the LVEF of an echo's measurements.
			for _, c := range it.Components {
				part := &Item{Value: c.Value, Unit: c.Unit}
				if c.Value == nil {
					continue
				}
				v, hi, ok := obsValue(part, m)
				if !ok {
					continue
				}
				if !componentIs(c, m) {
					// Another test's result in the measure's unit (the
					// oximetry's ODI beside an AHI).
					if v == hi {
						others = append(others, otherResult{valueDay{v, dayOf(it.Date)}, c.Display})
					}
					continue
				}
				context := it.Display + "; " + c.Display
				if m.Excluded(context) || m.ExcludedMethod(it.Method) {
					excluded = append(excluded, valueDay{v, dayOf(it.Date)})
					continue
				}
				out = append(out, Reading{Measure: measure, Value: v, High: hi, Unit: valueUnit(m, c.Unit), Date: it.Date, Ref: it.Ref, Quote: label(it) + ": " + c.Display,
					Source: FromObservation, Context: Context{Assertion: Affirmed}, Setting: vocab.SettingOf(context + "; " + it.Method)})
			}
			continue
		}
		if !observationIs(it, m) {
			if v, hi, ok := obsValue(it, m); ok && v == hi {
				others = append(others, otherResult{valueDay{v, dayOf(it.Date)}, it.Display})
			}
			continue
		}
		context := it.Display
		for _, c := range it.Components {
			context += "; " + c.Display
		}
		if m.Excluded(context) || m.ExcludedMethod(it.Method) {
			if v, _, ok := obsValue(it, m); ok {
				excluded = append(excluded, valueDay{v, dayOf(it.Date)})
			}
			continue
		}
		// The method ("nadir during 6-minute walk test") says the setting a
		// reading was taken in: one taken walking is no reading at rest,
		// whatever its code says. It does not disqualify a reading: "awake,
		// seated at rest" is the rest reading a policy asks for.
		v, hi, ok := obsValue(it, m)
		if !ok {
			continue
		}
		out = append(out, Reading{Measure: measure, Value: v, High: hi, Unit: valueUnit(m, it.Unit), Date: it.Date, Ref: it.Ref, Quote: label(it),
			Source: FromObservation, Context: Context{Assertion: Affirmed}, Setting: vocab.SettingOf(context + "; " + it.Method)})
	}
	for i := range out {
		if m.Unit == "" {
			// A grade or a class has no unit another test's number
			// could share.
			break
		}
		// A result charted as the measure whose value, that day, is
		// another test's (a "sleep study AHI" of 22.4 the night the
		// supplier's oximetry gave an ODI of 22.4): the other test's own
		// record says what the number is.
		r := &out[i]
		if j := slices.IndexFunc(others, func(o otherResult) bool {
			return sameValue(o.v, r.Value) && r.Value == r.High && o.day.Equal(dayOf(r.Date)) && !m.Names(o.display)
		}); j >= 0 {
			r.Context.Assertion, r.Context.Cue = Uncertain, "the chart records "+strconv.FormatFloat(r.Value, 'f', -1, 64)+" that day as "+others[j].display
		}
	}
	// Other tests' results a note gives (an oximetry report's "ODI (4%)
	// 27.4 /h"), dated by the note.
	var otherInNotes []otherResult
	// Most measures have no other tests to tell apart: their notes are
	// not read twice.
	for _, it := range e.Notes() {
		if len(m.others) == 0 || it.Text == "" || !visibleT(it.Date, asOf) {
			continue
		}
		own := FindMeasures(it.Text, measure)
		for _, re := range m.others {
			for _, sm := range re.FindAllStringSubmatch(it.Text, -1) {
				// A report giving the measure too, of that value ("AHI
				// 22.3, ODI 22.3"), says the two are equal, not mistaken.
				if v, err := strconv.ParseFloat(sm[1], 64); err == nil && !slices.ContainsFunc(own, func(n NoteValue) bool { return n.Value == v }) {
					otherInNotes = append(otherInNotes, otherResult{valueDay{v, dayOf(it.Date)}, strings.TrimSpace(strings.SplitN(sm[0], sm[1], 2)[0])})
				}
			}
		}
	}
	type found struct {
		it   *Item
		x    NoteValue
		ctx  Context
		when time.Time
	}
	var inNotes []found
	for _, it := range e.Notes() {
		if it.Text == "" || !visibleT(it.Date, asOf) {
			continue
		}
		for _, x := range FindMeasures(it.Text, measure) {
			ctx := ReadContext(it.Text, x.Offset, x.End, it.Date)
			if ctx.Counts() {
				if struck := e.refutedNamed(ctx.clauseText, it.Date); struck != nil {
					// "Wagner grade 3 with osteomyelitis", the osteomyelitis
					// ruled out and struck before the note: the value rests
					// on a finding the record has refuted.
					ctx.Assertion, ctx.Cue = Uncertain, "it rests on "+strings.ToLower(struck.Display)+", which the record marks refuted"
				}
			}
			when := it.Date
			if !ctx.When.IsZero() && !ctx.When.After(it.Date.Add(24*time.Hour)) {
				when = ctx.When
			}
			if m.Excluded(it.Text[x.Offset:min(len(it.Text), x.End+12)]) || m.Excluded(ctx.clauseText) || m.ExcludedByReport(it.Text, ctx.clauseText) {
				excluded = append(excluded, valueDay{x.Value, dayOf(when)})
				if ownReport(it) && !matchesAny(m.keep, ctx.clauseText) {
					// What the test's own report says a number is outweighs
					// the bare number in its panel: "total night AHI 11.3
					// includes CPAP titration" is no diagnostic index,
					// whatever the panel calls it. Only the report of that
					// day: a saturation of 92 % recurs in other contexts.
					out = slices.DeleteFunc(out, func(r Reading) bool {
						return r.Source == FromObservation && r.Value == x.Value && dayOf(r.Date).Equal(dayOf(it.Date))
					})
				}
				continue
			}
			inNotes = append(inNotes, found{it, x, ctx, when})
		}
	}
	for _, f := range inNotes {
		it, x, ctx, when := f.it, f.x, f.ctx, f.when
		stated := when
		if ctx.When.IsZero() {
			// A form's line gives the test's date in its own field ("Test
			// date: 03/03/2026    AHI/RDI/REI: 17.9").
			if d := lineDate(it.Text, x.Offset, it.Date); !d.IsZero() && !d.After(it.Date) {
				stated = d
			}
		}
		if !(m.TakenInSettings && statesSetting.MatchString(ctx.clauseText)) && slices.ContainsFunc(excluded, func(d valueDay) bool { return retells(d.v, d.day, x.Value, stated, it.Date) }) {
			continue
		}
		if scareQuoted(it.Text, x.Offset, x.End) {
			// "“AHI” 22.3": the writer marks the name as not quite the
			// test's; the value is not taken as that measure's.
			ctx.Assertion, ctx.Cue = Uncertain, "the name in quotation marks"
		}
		corroborated := slices.ContainsFunc(out, func(r Reading) bool {
			return r.Source == FromObservation && r.Context.Counts() && r.Value == x.Value && dayOf(r.Date).Equal(dayOf(when))
		}) || slices.ContainsFunc(inNotes, func(g found) bool {
			return g.it.Ref != it.Ref && g.x.Value == x.Value && dayOf(g.when).Equal(dayOf(when))
		})
		if ctx.Counts() && !corroborated {
			// The chart's own result for that day and value is another
			// test's, and nothing else gives it as this measure (a
			// supplier's "AHI 22.3" of the night whose oximetry recorded
			// an ODI of 22.3): the structured result says what the
			// number is.
			if i := slices.IndexFunc(others, func(o otherResult) bool {
				return (o.v == x.Value || m.Unit != "" && sameValue(o.v, x.Value)) && o.day.Equal(dayOf(when))
			}); i >= 0 {
				ctx.Assertion, ctx.Cue = Uncertain, "the chart records "+strconv.FormatFloat(x.Value, 'f', -1, 64)+" that day as "+others[i].display
			} else if i := slices.IndexFunc(otherInNotes, func(o otherResult) bool {
				// The same value with its decimals, given by another test's
				// report that day or in the weeks before: the number is
				// that test's ("AHI 27.4" a week after "ODI (4%) 27.4").
				return o.v == x.Value && (o.day.Equal(dayOf(when)) || x.Value != math.Trunc(x.Value) &&
					!o.day.After(dayOf(when)) && !o.day.Before(dayOf(when).AddDate(0, 0, -42)))
			}); i >= 0 {
				ctx.Assertion, ctx.Cue = Uncertain, "a report of "+day(otherInNotes[i].day)+" gives "+strconv.FormatFloat(x.Value, 'f', -1, 64)+" as "+otherInNotes[i].display
			}
		}
		v, hi := x.Value, x.High
		unit := m.Unit
		if x.Unit != "" {
			v, hi, unit = convert(measure, v, x.Unit), convert(measure, hi, x.Unit), m.Unit
		}
		setting := vocab.SettingOf(ctx.clauseText + " " + lineHeadingText(it.Text, x.Offset))
		if setting == SettingRest && testReport.MatchString(it.Display) {
			// A test's own report ("overnight oximetry report") gives its
			// values in the setting of the test: "Nadir SpO2 .... 81%"
			// of an overnight recording is no resting saturation.
			setting = vocab.SettingOf(it.Display)
		}
		out = append(out, Reading{Measure: measure, Value: v, High: hi, Unit: unit, Date: when, Ref: it.Ref, Quote: x.Quote,
			Start: x.Offset, End: x.End, Source: FromNote, Context: ctx, Label: label(it), NoteDate: it.Date, Setting: setting})
	}
	linkSettings(out)
	e.airUnstated(m, out, asOf)
	unsureRetold(out)
	out = append(out, e.computed(measure, asOf)...)
	return out
}

// scareQuoted reports whether a measure's name found at text[start:end]
// stands in quotation marks before its value ("“AHI” 22.3", "'AHI' 22").
func scareQuoted(text string, start, end int) bool {
	open, _ := utf8.DecodeLastRuneInString(text[:start])
	if !strings.ContainsRune("\"'“‘`", open) {
		return false
	}
	span := text[start:end]
	digit := strings.IndexAny(span, "0123456789")
	if digit < 0 {
		return false
	}
	return strings.ContainsAny(span[:digit], "\"'”’`")
}

// statesSetting finds words by which a note tells how a value was taken:
// such a note reports its own test, it does not retell another.
var statesSetting = regexp.MustCompile(`(?i)\b(?:RA|room air|rest|resting|exercise|exertion|walk|walking|ambulation|sleep|nocturnal|overnight|O2|oxygen|L/min|LPM|cannula|recorded|live voice)\b`)

// lineDate is the first date written on the line holding text[at], zero
// when there is none.
func lineDate(text string, at int, noteDate time.Time) time.Time {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	le := strings.IndexByte(text[at:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += at
	}
	if ds := Dates(text[ls:le], noteDate); len(ds) > 0 {
		return ds[0].t
	}
	return time.Time{}
}

// linkSettings gives an observation the setting a note tells for the same
// value on the same day: the flowsheet says "SpO2 84 %", the note says the
// 6-minute walk stopped when it fell to 84 %.
func linkSettings(rs []Reading) {
	for i := range rs {
		if rs[i].Source != FromObservation || rs[i].Setting != SettingRest {
			continue
		}
		for _, n := range rs {
			if n.Source == FromNote && n.Setting != SettingRest && n.Value == rs[i].Value &&
				math.Abs(n.Date.Sub(rs[i].Date).Hours()) <= 36 {
				rs[i].Setting = n.Setting
				break
			}
		}
	}
}

func visibleT(t, asOf time.Time) bool {
	return asOf.IsZero() || t.IsZero() || !t.After(endOfDay(asOf))
}

func endOfDay(t time.Time) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, 23, 59, 59, 0, t.Location())
}

func observationIs(it *Item, m *Measure) bool {
	for _, c := range it.Codes {
		for _, l := range m.LOINC {
			if c == l {
				return true
			}
		}
	}
	return m.Names(it.Display)
}

// ownReport reports whether a note is a test's report (a DiagnosticReport,
// or a note typed as a test's report).
func ownReport(it *Item) bool {
	return strings.HasPrefix(it.Ref, "DiagnosticReport/") || testReport.MatchString(it.Display)
}

// testReport finds a note type that is a test's report.
var testReport = regexp.MustCompile(`(?i)\b(?:report|study|test|oximetry|recording)\b`)

// componentIs reports whether a panel's component is a reading of the
// measure, by its code or its name.
func componentIs(c Component, m *Measure) bool {
	return slices.Contains(m.LOINC, c.Code) || m.Names(c.Display)
}

// refutedNamed is a condition the record marked refuted (or entered in
// error) by day that the text names as present: its first specific word
// ("osteomyelitis" of "Osteomyelitis of right first metatarsal"),
// affirmed where it stands. Nil when there is none.
func (e *Evidence) refutedNamed(text string, by time.Time) *Item {
	for _, it := range e.Sorted(KindCondition) {
		v := strings.ToLower(it.Verification)
		if v != "refuted" && v != "entered-in-error" || it.Date.IsZero() || dayOf(it.Date).After(dayOf(by)) {
			continue
		}
		w := conditionWord(it.Display)
		if w == "" {
			continue
		}
		for _, hit := range FindPhrase(text, w) {
			if ReadContext(text, hit.Offset, hit.End, by).Counts() {
				return it
			}
		}
	}
	return nil
}

// generic are words of a condition's name that do not say which it is.
var generic = map[string]bool{"acute": true, "chronic": true, "other": true, "unspecified": true, "disease": true,
	"disorder": true, "syndrome": true, "primary": true, "secondary": true, "history": true, "provisional": true}

// conditionWord is the first specific word of a condition's name, six
// letters or more.
func conditionWord(display string) string {
	for _, f := range strings.FieldsFunc(strings.ToLower(display), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(f) >= 6 && !generic[f] {
			return f
		}
	}
	return ""
}
