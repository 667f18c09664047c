package criteria

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// vocab is the shared clinical vocabulary (vocabulary.json).
var vocab = MustVocabulary()

// NoteValue is one value of a measure read from note text.
type NoteValue struct {
	Value float64
	// High is the top of a range the text gave ("25-30%"); equal to Value
	// otherwise.
	High   float64
	Offset int
	End    int
	Quote  string
	Unit   string
}

// MeasureSearchWords are the search_notes queries that find a measure.
func MeasureSearchWords(measure string) []string {
	if m, ok := vocab.Measure(measure); ok {
		return m.SearchWords
	}
	return nil
}

var boundRE = regexp.MustCompile(`(?i)(<|>|≤|≥|=<|=>|\babove\b|\bbelow\b|\bover\b|\bunder\b|\bgreater\b|\bless\b|\bmore than\b|\bat least\b|\bat most\b|\bup to\b|\bexceed|\bthreshold\b|\bcutoff\b|\bcut-off\b|\bgoal\b|\btarget\b)`)

var rangeAfter = regexp.MustCompile(`^\s*(?:[-–]|to)\s*(\d+(?:\.\d+)?)`)

// FindMeasures reads every value of a measure from text, in order. Values
// are normalised: Roman numerals as numbers, fractions as percent where
// the measure is a percentage (an ejection fraction of 0.30 is 30).
func FindMeasures(text, measure string) []NoteValue {
	m, ok := vocab.Measure(measure)
	if !ok {
		return nil
	}
	var out []NoteValue
	var spans [][2]int // a value two patterns both find is one value
	for _, re := range m.Patterns() {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			vs, ve, us, ue := -1, -1, -1, -1
			names := re.SubexpNames()
			for g := 1; g*2+1 < len(loc); g++ {
				switch {
				case loc[g*2] < 0:
				case names[g] == "unit":
					us, ue = loc[g*2], loc[g*2+1]
				case vs < 0:
					vs, ve = loc[g*2], loc[g*2+1]
				}
			}
			if vs < 0 {
				continue
			}
			dup := false
			for _, sp := range spans {
				if vs >= sp[0] && vs < sp[1] {
					dup = true
				}
			}
			if dup {
				continue
			}
			spans = append(spans, [2]int{vs, ve})
			if boundRE.MatchString(text[loc[0]:vs]) {
				// "EF above 30%", "LVEF <=35%": a bound someone states,
				// often the policy's own threshold, not a measured value.
				continue
			}
			raw := text[vs:ve]
			v, ok := parseValue(raw, m)
			if !ok {
				continue
			}
			hi := v
			if r := rangeAfter.FindStringSubmatch(text[ve:]); r != nil {
				if h, ok := parseValue(r[1], m); ok && h >= v {
					hi = h
				}
			}
			unit := ""
			if us >= 0 {
				unit = strings.ToLower(text[us:ue])
			}
			out = append(out, NoteValue{Value: v, High: hi, Offset: loc[0], End: loc[1], Quote: strings.TrimSpace(text[loc[0]:loc[1]]), Unit: unit})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Offset < out[j].Offset })
	return out
}

func parseValue(raw string, m *Measure) (float64, bool) {
	if m.Numerals == "roman" {
		if n := Roman(raw); n > 0 {
			return float64(n), true
		}
	}
	v, err := strconv.ParseFloat(strings.TrimPrefix(raw, "."), 64)
	if strings.HasPrefix(raw, ".") {
		v, err = strconv.ParseFloat("0"+raw, 64)
	}
	if err != nil {
		return 0, false
	}
	if m.FractionToPercent && v <= 1 && strings.Contains(raw, ".") {
		v = round(v*100, 2)
	}
	return v, true
}

// Roman reads a Roman numeral from I to V (NYHA classes, Wagner grades);
// anything else is 0.
func Roman(s string) int {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "I":
		return 1
	case "II":
		return 2
	case "III":
		return 3
	case "IV":
		return 4
	case "V":
		return 5
	}
	return 0
}

var romanInText = regexp.MustCompile(`(?i)\b(IV|III|II|I|V|[0-9]+(?:\.[0-9]+)?)\b`)

// MedicationClasses returns the classes a drug belongs to, by its display.
func MedicationClasses(display string) []string { return vocab.ClassesOf("", display) }

// ClassLabel is a class as people write it.
func ClassLabel(class string) string {
	if c, ok := vocab.Class(class); ok {
		return c.Label
	}
	return strings.ReplaceAll(class, "_", " ")
}

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
	Source     string // observation, note, computed
	Context    Context
	// Setting is rest, sleep or exercise, as the words around it say.
	Setting string
	// Label and NoteDate name the note a note reading comes from
	// ("Progress note", its date); Date is when the value was measured.
	Label    string
	NoteDate time.Time
}

// Describe says a reading in words a nurse reads.
func (r Reading) Describe() string {
	val := FormatNumber(r.Value)
	if r.High != r.Value {
		val += "-" + FormatNumber(r.High)
	}
	switch r.Source {
	case "note":
		return fmt.Sprintf("%s %s: %q", r.Label, day(r.NoteDate), clipQuote(r.Context.Sentence))
	case "computed":
		if r.Quote == "" {
			return fmt.Sprintf("%s %s computed on %s", measureLabel(r.Measure), val, day(r.Date))
		}
		return fmt.Sprintf("%s %s computed from %s on %s", measureLabel(r.Measure), val, r.Quote, day(r.Date))
	}
	u := r.Unit
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
	for _, it := range e.Sorted("observation") {
		if !visibleT(it.Date, asOf) || !observationIs(it, m) {
			continue
		}
		if strings.EqualFold(it.Status, "entered-in-error") || strings.EqualFold(it.Status, "cancelled") || strings.EqualFold(it.Status, "preliminary") {
			continue
		}
		context := it.Display
		for _, c := range it.Components {
			context += "; " + c.Display
		}
		if m.Excluded(context) {
			continue
		}
		v, ok := obsValue(it, m)
		if !ok {
			continue
		}
		out = append(out, Reading{Measure: measure, Value: v, High: v, Unit: it.Unit, Date: it.Date, Ref: it.Ref, Quote: label(it),
			Source: "observation", Context: Context{Assertion: Affirmed}, Setting: vocab.SettingOf(context)})
	}
	for _, it := range e.Sorted("note") {
		if it.Text == "" || !visibleT(it.Date, asOf) {
			continue
		}
		for _, x := range FindMeasures(it.Text, measure) {
			ctx := ReadContext(it.Text, x.Offset, x.End, it.Date)
			if m.Excluded(it.Text[x.Offset:min(len(it.Text), x.End+12)]) || m.Excluded(ctx.clauseText) {
				continue
			}
			when := it.Date
			if !ctx.When.IsZero() && !ctx.When.After(it.Date.Add(24*time.Hour)) {
				when = ctx.When
			}
			v, hi := x.Value, x.High
			unit := m.Unit
			if x.Unit != "" {
				v, hi, unit = convert(measure, v, x.Unit), convert(measure, hi, x.Unit), m.Unit
			}
			out = append(out, Reading{Measure: measure, Value: v, High: hi, Unit: unit, Date: when, Ref: it.Ref, Quote: x.Quote,
				Start: x.Offset, End: x.End, Source: "note", Context: ctx, Label: label(it), NoteDate: it.Date, Setting: vocab.SettingOf(ctx.clauseText + " " + lineHeadingText(it.Text, x.Offset))})
		}
	}
	linkSettings(out)
	out = append(out, e.computed(measure, asOf)...)
	return out
}

// linkSettings gives an observation the setting a note tells for the same
// value on the same day: the flowsheet says "SpO2 84 %", the note says the
// 6-minute walk stopped when it fell to 84 %.
func linkSettings(rs []Reading) {
	for i := range rs {
		if rs[i].Source != "observation" || rs[i].Setting != SettingRest {
			continue
		}
		for _, n := range rs {
			if n.Source == "note" && n.Setting != SettingRest && n.Value == rs[i].Value &&
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

func obsValue(it *Item, m *Measure) (float64, bool) {
	if it.Value != nil {
		v := *it.Value
		u := strings.ToLower(it.Unit)
		if m.FractionToPercent && v <= 1 && u != "%" {
			v = round(v*100, 4)
		}
		return convert(m.ID, v, u), true
	}
	if it.ValueText != "" {
		if mm := romanInText.FindStringSubmatch(it.ValueText); mm != nil {
			return parseValue(mm[1], m)
		}
	}
	return 0, false
}

// convert brings a value in unit into the measure's unit (pounds to
// kilograms, inches to centimetres).
func convert(measure string, v float64, unit string) float64 {
	u := strings.ToLower(strings.TrimSpace(unit))
	switch {
	case measure == "body_weight" && (u == "lb" || u == "lbs" || u == "pounds" || u == "[lb_av]"):
		return round(v*0.45359237, 2)
	case measure == "body_height" && (u == "in" || u == "inches" || u == "[in_i]"):
		return round(v*2.54, 2)
	case measure == "body_height" && u == "m":
		return v * 100
	case measure == "pao2" && u == "kpa":
		return round(v*7.50062, 1)
	}
	return v
}

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
			return e.ratioReadings("bmi", "body_weight", "body_height", asOf, 180, func(w, h float64) (float64, bool) {
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
		"cha2ds2_vasc":         strokeScoreOf("cha2ds2_vasc"),
		"chads2":               strokeScoreOf("chads2"),
		"wound_area_reduction": (*Evidence).woundHealing,
	}
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
			if x.Source == "note" || y.Source == "note" {
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
			Quote: fmt.Sprintf(how, FormatNumber(x.Value), FormatNumber(best.Value)), Source: "computed",
			Context: Context{Assertion: Affirmed, Historical: x.Context.Historical || best.Context.Historical}})
	}
	return out
}

func countedReadings(rs []Reading) []Reading {
	var out []Reading
	for _, r := range rs {
		if r.Context.Counts() {
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
	has := func(prefixes ...string) *Item {
		for _, it := range e.Sorted("condition") {
			v := strings.ToLower(it.Verification)
			if v == "refuted" || v == "entered-in-error" || v == "provisional" || v == "differential" || !visibleT(it.Date, asOf) {
				continue
			}
			if codeMatch(it.Codes, prefixes, true) {
				return it
			}
		}
		return nil
	}
	score := 0
	var parts, inputs []string
	point := func(n int, what string, it *Item) {
		score += n
		parts = append(parts, fmt.Sprintf("%s +%d", what, n))
		if it != nil {
			inputs = appendNew(inputs, it.Ref)
		}
	}
	if it := has("I50", "I11.0", "I13.0", "I13.2", "I42"); it != nil {
		point(1, "heart failure", it)
	}
	if it := has("I10", "I11", "I12", "I13", "I15", "I16"); it != nil {
		point(1, "hypertension", it)
	}
	if it := has("E08", "E09", "E10", "E11", "E13"); it != nil {
		point(1, "diabetes", it)
	}
	if it := has("I63", "I64", "G45", "Z86.73", "I74", "I69.3"); it != nil {
		point(2, "stroke/TIA/thromboembolism", it)
	}
	switch measure {
	case "chads2":
		if age > 75 {
			point(1, fmt.Sprintf("age %d", age), nil)
		}
	default:
		if it := has("I21", "I22", "I25.2", "I70", "I73.9", "I71"); it != nil {
			point(1, "vascular disease", it)
		}
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
	if len(inputs) > 0 {
		ref = inputs[0]
	}
	return Reading{Measure: measure, Value: float64(score), High: float64(score), Date: asOf, Ref: ref, Inputs: e.withNotes(asOf, inputs...),
		Quote: strings.Join(parts, ", "), Source: "computed", Context: Context{Assertion: Affirmed}}, true
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

var numberInText = regexp.MustCompile(`\d+(?:\.\d+)?`)

// DerivedNumbers lists, by reference, the values the reasoner reads from
// or computes with each resource: a note's value in the measure's unit, a
// weight converted to kilograms, a BMI under each of the weight and height
// it came from. The verifier allows a summary to quote them.
//
// With measures named, only those are read (the governing pack's); with
// none, every measure of the vocabulary.
func (e *Evidence) DerivedNumbers(asOf time.Time, measures ...string) map[string][]float64 {
	if len(measures) == 0 {
		for _, m := range vocab.Measures {
			measures = append(measures, m.ID)
		}
	}
	out := map[string][]float64{}
	for _, id := range measures {
		for _, r := range e.Readings(id, asOf) {
			vals := []float64{r.Value, r.High}
			if r.Source == "computed" {
				for _, s := range numberInText.FindAllString(r.Quote, -1) {
					if f, err := strconv.ParseFloat(s, 64); err == nil {
						vals = append(vals, f)
					}
				}
			}
			for _, ref := range appendNew([]string{r.Ref}, r.Inputs...) {
				out[ref] = append(out[ref], vals...)
			}
		}
	}
	return out
}

// Wound length and width, as observations or an observation's components.
const (
	loincWoundLength = "39126-8"
	loincWoundWidth  = "39125-0"
)

// woundHealing computes how much the wound's area (length x width) shrank
// from the earliest measurement 28 to 90 days before the newest one: a
// policy's "no measurable signs of healing for 30 days" is a number the
// serial measurements give, not a phrase someone wrote.
func (e *Evidence) woundHealing(asOf time.Time) []Reading {
	type area struct {
		date time.Time
		ref  string
		cm2  float64
	}
	var areas []area
	for _, it := range e.Sorted("observation") {
		if !visibleT(it.Date, asOf) || strings.EqualFold(it.Status, "entered-in-error") {
			continue
		}
		var l, w float64
		for _, c := range it.Components {
			switch {
			case c.Value == nil:
			case c.Code == loincWoundLength:
				l = *c.Value
			case c.Code == loincWoundWidth:
				w = *c.Value
			}
		}
		if l > 0 && w > 0 {
			areas = append(areas, area{it.Date, it.Ref, round(l*w, 2)})
		}
	}
	if len(areas) < 2 {
		return nil
	}
	latest := areas[0] // Sorted is newest first
	var base *area
	for i := range areas {
		a := &areas[i]
		gap := latest.date.Sub(a.date).Hours() / 24
		if gap >= 28 && gap <= 90 {
			base = a // keeps the earliest in range
		}
	}
	if base == nil || base.cm2 <= 0 {
		return nil
	}
	pct := round((base.cm2-latest.cm2)/base.cm2*100, 1)
	return []Reading{{Measure: "wound_area_reduction", Value: pct, High: pct, Date: latest.date, Ref: latest.ref,
		Inputs: e.withNotes(asOf, latest.ref, base.ref), Source: "computed", Context: Context{Assertion: Affirmed},
		Quote: fmt.Sprintf("%s cm2 on %s to %s cm2 on %s", FormatNumber(base.cm2), day(base.date), FormatNumber(latest.cm2), day(latest.date))}}
}

// lineHeadingText is the start of the line a reading sits on, which often
// names the test ("OVERNIGHT OXIMETRY", "6-minute walk:").
func lineHeadingText(text string, at int) string {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	if at-ls > 60 {
		return text[ls : ls+60]
	}
	return text[ls:at]
}

// HintMeasures lists the measures a criterion's hints read: named ones and
// those their observation codes belong to.
func HintMeasures(hs []Hint) []string {
	var out []string
	for _, h := range hs {
		if h.Measure != "" {
			out = appendNew(out, h.Measure)
		}
		for _, l := range h.LOINC {
			if m, ok := vocab.MeasureForLOINC(l); ok {
				out = appendNew(out, m.ID)
			}
		}
	}
	return out
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
		if !it.Start.IsZero() && it.Kind == "condition" {
			when = it.Start
		}
		out = appendNew(out, notesAbout(e, it, when, umassist.Date{Time: asOf})...)
	}
	return out
}
