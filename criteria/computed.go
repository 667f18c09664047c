package criteria

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// computations derive readings the record does not state: BMI from the
// nearest weight and height; AHI from the events over the hours recorded;
// stroke-risk scores from age, sex and conditions; wound healing from
// serial measurements. Their keys are exactly the vocabulary's measures
// with a "computed" description (a test holds the two together).
var computations map[string]func(e *Evidence, asOf time.Time) []Reading

// init breaks the initialisation cycle (a computation reads readings,
// which include computations).
func init() {
	computations = map[string]func(e *Evidence, asOf time.Time) []Reading{
		"bmi": func(e *Evidence, asOf time.Time) []Reading {
			// An adult's height stands for two years: a weight today and a
			// height from last year's visit make today's BMI.
			return e.ratioReadings("bmi", "body_weight", "body_height", asOf, 730, func(w, h float64) (float64, bool) {
				if h <= 0 {
					return 0, false
				}
				m := h / 100
				return round(w/(m*m), 1), true
			}, "weight %s kg and height %s cm")
		},
		"ahi": func(e *Evidence, asOf time.Time) []Reading {
			return e.ratioReadings("ahi", "respiratory_events", "recording_hours", asOf, 2, func(n, h float64) (float64, bool) {
				if h <= 0 {
					return 0, false
				}
				return round(n/h, 1), true
			}, "%s events over %s h")
		},
		"cha2ds2_vasc":          strokeScoreOf("cha2ds2_vasc"),
		"chads2":                strokeScoreOf("chads2"),
		"wound_area_reduction":  (*Evidence).woundHealing,
		"wound_area_change_30d": (*Evidence).woundChange30,
		"spo2_fall_sleep":       (*Evidence).sleepFall,
	}
}

// sleepFall is how far the saturation fell during sleep below the awake
// resting baseline: each sleep reading against the resting reading
// nearest it, from 30 days before to 2 days after. A sleep test whose
// nadir is above 88 % can still show the policy's fall of more than 5
// points; one that does not qualify makes a fall that does not either
// (the fall cites the test as its input).
func (e *Evidence) sleepFall(asOf time.Time) []Reading {
	rs := countedReadings(e.Readings("spo2", asOf))
	var out []Reading
	for _, x := range rs {
		if x.Setting != "sleep" {
			continue
		}
		var base *Reading
		for i := range rs {
			y := &rs[i]
			gap := x.Date.Sub(y.Date).Hours() / 24
			if y.Setting != SettingRest || gap > 30 || gap < -2 || y.Ref == x.Ref {
				continue
			}
			if base == nil || math.Abs(gap) < math.Abs(x.Date.Sub(base.Date).Hours()/24) {
				base = y
			}
		}
		if base == nil || base.Value <= x.Value {
			continue
		}
		out = append(out, Reading{Measure: "spo2_fall_sleep", Value: base.Value - x.Value, High: base.Value - x.Value, Date: x.Date, Ref: x.Ref,
			Inputs: e.withNotes(asOf, x.Ref, base.Ref), Source: FromComputed, Context: Context{Assertion: Affirmed},
			Quote: fmt.Sprintf("awake at rest %s %% (%s), during sleep %s %% (%s)", FormatNumber(base.Value), day(base.Date), FormatNumber(x.Value), day(x.Date))})
	}
	return out
}

func strokeScoreOf(measure string) func(e *Evidence, asOf time.Time) []Reading {
	return func(e *Evidence, asOf time.Time) []Reading {
		if r, ok := e.strokeScore(measure, asOf); ok {
			return []Reading{r}
		}
		return nil
	}
}

func (e *Evidence) computed(measure string, asOf time.Time) []Reading {
	if f, ok := computations[measure]; ok {
		return f(e, asOf)
	}
	return nil
}

// ratioReadings pairs each reading of a with the nearest reading of b
// taken within maxDays, newest first.
func (e *Evidence) ratioReadings(measure, a, b string, asOf time.Time, maxDays int, f func(x, y float64) (float64, bool), how string) []Reading {
	as, bs := countedReadings(e.Readings(a, asOf)), countedReadings(e.Readings(b, asOf))
	var out []Reading
	for _, x := range as {
		var best *Reading
		bestGap := math.MaxFloat64
		for i := range bs {
			y := &bs[i]
			gap := math.Abs(x.Date.Sub(y.Date).Hours() / 24)
			if x.Source == FromNote || y.Source == FromNote {
				// From notes, only two values written together make a
				// pair: "142 events over 6.8 hours".
				if x.Ref != y.Ref || x.Source != y.Source || absInt(x.Start-y.Start) > 120 {
					continue
				}
				gap = 0
			}
			if gap <= float64(maxDays) && gap < bestGap {
				best, bestGap = y, gap
			}
		}
		if best == nil {
			continue
		}
		v, ok := f(x.Value, best.Value)
		if !ok {
			continue
		}
		date := x.Date
		if best.Date.After(date) {
			date = best.Date
		}
		out = append(out, Reading{Measure: measure, Value: v, High: v, Date: date, Ref: x.Ref, Inputs: e.withNotes(asOf, x.Ref, best.Ref),
			Quote: fmt.Sprintf(how, FormatNumber(x.Value), FormatNumber(best.Value)), Source: FromComputed,
			Context: Context{Assertion: Affirmed, Historical: x.Context.Historical || best.Context.Historical}})
	}
	return out
}

// countedReadings are the affirmed, single-valued readings a computation
// may use: a range or a bound ("weight < 100 kg") is not a value.
func countedReadings(rs []Reading) []Reading {
	var out []Reading
	for _, r := range rs {
		if r.Context.Counts() && r.Value == r.High {
			out = append(out, r)
		}
	}
	return out
}

// strokeScore computes CHA2DS2-VASc or CHADS2 from the patient's age and
// sex and the conditions on the record (refuted and provisional ones left
// out; a relative's stroke is not on the patient's problem list). The
// NCD's CHADS2 counts age over 75; CHA2DS2-VASc 65-74 as 1 and 75 or more
// as 2.
func (e *Evidence) strokeScore(measure string, asOf time.Time) (Reading, bool) {
	age := e.Patient.Age(asOf)
	if age < 0 || e.Patient.Sex == "" {
		return Reading{}, false
	}
	score, unconfirmed := 0, 0
	var parts, inputs, counted, dropped []string
	provisional := false // set by has: the condition is on the record, not yet confirmed
	has := func(prefixes ...string) *Item {
		provisional = false
		var doubted *Item
		for _, it := range e.Sorted(KindCondition) {
			if !visibleT(it.Date, asOf) || !codeMatch(it.Codes, prefixes, true) {
				continue
			}
			switch v := strings.ToLower(it.Verification); v {
			case "refuted", "entered-in-error", "provisional", "differential":
				if doubted == nil {
					doubted = it
				}
				continue
			}
			return it
		}
		if doubted != nil {
			// Said, so the reviewer sees why the score differs from one
			// a note gives ("CHA2DS2-VASc 3" counting a refuted TIA).
			name := doubted.Display
			if name == "" {
				name = "a condition"
			}
			dropped = append(dropped, fmt.Sprintf("%s, %s", name, strings.ToLower(doubted.Verification)))
			inputs = appendNew(inputs, doubted.Ref)
			v := strings.ToLower(doubted.Verification)
			provisional = v == "provisional" || v == "differential"
		}
		return nil
	}
	// condition scores a condition on the record; one still provisional
	// is kept aside: the score it would give once confirmed.
	condition := func(n int, what string, prefixes ...string) {
		if it := has(prefixes...); it != nil {
			score += n
			parts = append(parts, fmt.Sprintf("%s +%d", what, n))
			counted = appendNew(counted, it.Ref)
			inputs = appendNew(inputs, it.Ref)
		} else if provisional {
			unconfirmed += n
		}
	}
	point := func(n int, what string, it *Item) {
		score += n
		parts = append(parts, fmt.Sprintf("%s +%d", what, n))
		if it != nil {
			counted = appendNew(counted, it.Ref)
			inputs = appendNew(inputs, it.Ref)
		}
	}
	condition(1, "heart failure", "I50", "I11.0", "I13.0", "I13.2", "I42")
	condition(1, "hypertension", "I10", "I11", "I12", "I13", "I15", "I16")
	condition(1, "diabetes", "E08", "E09", "E10", "E11", "E13")
	condition(2, "stroke/TIA/thromboembolism", "I63", "I64", "G45", "Z86.73", "I74", "I69.3")
	switch measure {
	case "chads2":
		if age > 75 {
			point(1, fmt.Sprintf("age %d", age), nil)
		}
	default:
		condition(1, "vascular disease", "I21", "I22", "I25.2", "I70", "I73.9", "I71")
		switch {
		case age >= 75:
			point(2, fmt.Sprintf("age %d", age), nil)
		case age >= 65:
			point(1, fmt.Sprintf("age %d", age), nil)
		}
		if e.Patient.Sex == "female" {
			point(1, "female", nil)
		}
	}
	ref := ""
	if len(counted) > 0 {
		ref = counted[0]
	}
	quote := strings.Join(parts, ", ")
	if len(dropped) > 0 {
		quote += " (not counted: " + strings.Join(dropped, "; ") + ")"
	}
	return Reading{Measure: measure, Value: float64(score), High: float64(score), Date: asOf, Ref: ref, Inputs: e.withNotes(asOf, inputs...),
		Quote: quote, Source: FromComputed, Context: Context{Assertion: Affirmed}, Unconfirmed: float64(unconfirmed)}, true
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// woundHealing computes how much the wound's area (length x width) shrank
// over the last four weeks or more: from the newest measurement 28 to 90
// days before the newest one. A policy's "no measurable signs of healing
// for 30 days" is a number the serial measurements give, not a phrase
// someone wrote; and a wound that shrank in May and has not since, by
// July, has gone 30 days without healing.
func (e *Evidence) woundHealing(asOf time.Time) []Reading {
	areas := e.woundAreas(asOf)
	if len(areas) < 2 {
		return nil
	}
	latest := areas[0] // Sorted is newest first
	var base *woundArea
	for i := range areas {
		a := &areas[i]
		gap := latest.date.Sub(a.date).Hours() / 24
		if gap >= 28 && gap <= 90 {
			base = a // the newest in range
			break
		}
	}
	if base == nil || base.cm2 <= 0 {
		return nil
	}
	pct := round((base.cm2-latest.cm2)/base.cm2*100, 1)
	return []Reading{{Measure: "wound_area_reduction", Value: pct, High: pct, Date: latest.date, Ref: latest.ref,
		Inputs: e.withNotes(asOf, append(latest.refs(), base.refs()...)...), Source: FromComputed, Context: Context{Assertion: Affirmed},
		Quote: fmt.Sprintf("%s cm2 on %s to %s cm2 on %s", FormatNumber(base.cm2), day(base.date), FormatNumber(latest.cm2), day(latest.date))}}
}

// woundArea is one wound measurement: length x width.
type woundArea struct {
	date time.Time
	ref  string
	cm2  float64
	// width is the width's own result when the record charts length
	// and width apart.
	width string
}

func (a woundArea) refs() []string { return appendNew([]string{a.ref}, a.width) }

// woundLengthRE and woundWidthRE name a wound measurement's parts where a
// record codes them locally ("wound-length", "Wound width").
var (
	woundLengthRE = regexp.MustCompile(`(?i)\blength\b`)
	// woundRE: a result charted alone is a wound's only if it says so
	// ("Length of Wound"), not a length of stay.
	woundRE      = regexp.MustCompile(`(?i)\b(?:wound|ulcer)\b`)
	woundWidthRE = regexp.MustCompile(`(?i)\bwidth\b`)
)

// woundAreas are the record's wound measurements, newest first: the
// components coded by LOINC, or named length and width, of one result,
// or a length and a width charted as two results at the same time.
func (e *Evidence) woundAreas(asOf time.Time) []woundArea {
	var areas []woundArea
	type part struct {
		cm  float64
		ref string
	}
	lengths, widths := map[time.Time]part{}, map[time.Time]part{}
	for _, it := range e.Observations() {
		if !visibleT(it.Date, asOf) || strings.EqualFold(it.Status, "entered-in-error") {
			continue
		}
		if len(it.Components) == 0 && it.Value != nil && !it.Date.IsZero() {
			name := strings.Join(it.Codes, " ") + " " + it.Display
			v, ok := centimetres(*it.Value, it.Unit)
			isWound := slices.Contains(it.Codes, loincWoundLength) || slices.Contains(it.Codes, loincWoundWidth) || woundRE.MatchString(name)
			switch {
			case !ok || !isWound:
			case slices.Contains(it.Codes, loincWoundLength) || !slices.Contains(it.Codes, loincWoundWidth) && woundLengthRE.MatchString(name):
				lengths[it.Date] = part{v, it.Ref}
			case slices.Contains(it.Codes, loincWoundWidth) || woundWidthRE.MatchString(name):
				widths[it.Date] = part{v, it.Ref}
			}
			continue
		}
		var l, w float64
		for _, c := range it.Components {
			name := c.Code + " " + c.Display
			if c.Value == nil {
				continue
			}
			v, ok := centimetres(*c.Value, c.Unit)
			switch {
			case !ok:
			case c.Code == loincWoundLength || c.Code != loincWoundWidth && woundLengthRE.MatchString(name):
				l = v
			case c.Code == loincWoundWidth || woundWidthRE.MatchString(name):
				w = v
			}
		}
		if l > 0 && w > 0 {
			areas = append(areas, woundArea{date: it.Date, ref: it.Ref, cm2: round(l*w, 2)})
		}
	}
	for at, l := range lengths {
		if w, ok := widths[at]; ok && l.cm > 0 && w.cm > 0 {
			areas = append(areas, woundArea{date: at, ref: l.ref, cm2: round(l.cm*w.cm, 2), width: w.ref})
		}
	}
	// Newest first, as the observations were.
	sort.SliceStable(areas, func(i, j int) bool { return areas[i].date.After(areas[j].date) })
	return areas
}

// centimetres is a length in cm from its unit (UCUM or as written); no
// unit is taken as cm, the unit wound measurements are charted in. A
// unit not a length gives false.
func centimetres(v float64, unit string) (float64, bool) {
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "", "cm", "centimeter", "centimeters", "centimetre", "centimetres":
		return v, true
	case "mm", "millimeter", "millimeters", "millimetre", "millimetres":
		return v / 10, true
	case "m", "meter", "meters", "metre", "metres":
		return v * 100, true
	case "[in_i]", "in", "inch", "inches":
		return v * 2.54, true
	}
	return 0, false
}

// woundChange30 computes how much the wound's area shrank over the last
// 30 days or so: from the newest measurement at least 28 days before the
// newest one. A policy's "measurable signs of healing within any 30-day
// period of treatment" asks about the latest such period, not the wound's
// whole course.
func (e *Evidence) woundChange30(asOf time.Time) []Reading {
	areas := e.woundAreas(asOf)
	if len(areas) < 2 {
		return nil
	}
	latest := areas[0]
	for _, a := range areas[1:] {
		if latest.date.Sub(a.date).Hours()/24 < 28 {
			continue
		}
		if a.cm2 <= 0 {
			return nil
		}
		pct := round((a.cm2-latest.cm2)/a.cm2*100, 1)
		return []Reading{{Measure: "wound_area_change_30d", Value: pct, High: pct, Date: latest.date, Ref: latest.ref,
			Inputs: e.withNotes(asOf, append(latest.refs(), a.refs()...)...), Source: FromComputed, Context: Context{Assertion: Affirmed},
			Quote: fmt.Sprintf("%s cm2 on %s to %s cm2 on %s", FormatNumber(a.cm2), day(a.date), FormatNumber(latest.cm2), day(latest.date))}}
	}
	return nil
}

// withNotes adds to a computed value's inputs the notes written about each
// of them (the clinic note of the day a wound was measured, the neurology
// note behind a stroke on the problem list), so the reviewer sees where the
// numbers were taken.
func (e *Evidence) withNotes(asOf time.Time, refs ...string) []string {
	out := appendNew(nil, refs...)
	for _, ref := range refs {
		it := e.Items[ref]
		if it == nil {
			continue
		}
		when := it.Date
		if !it.Start.IsZero() && it.Kind == KindCondition {
			when = it.Start
		}
		out = appendNew(out, notesAbout(e, it, when, umassist.Date{Time: asOf})...)
	}
	return out
}
