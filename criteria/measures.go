package criteria

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
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

// ReadableBounds are the limits within which each measure's values read
// as results (Measure.Interpretable): a finding that sets a value aside
// states them ("above 1.4 the ankle vessels do not compress"). No
// measure named means every measure.
func ReadableBounds(measures ...string) []float64 {
	if len(measures) == 0 {
		for _, m := range vocab.Measures {
			measures = append(measures, m.ID)
		}
	}
	var out []float64
	for _, id := range measures {
		if m, ok := vocab.Measure(id); ok && m.Interpretable != nil {
			out = append(out, m.Interpretable[0], m.Interpretable[1])
		}
	}
	return out
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
			if vs < 0 || ve < len(text) && text[ve] >= '0' && text[ve] <= '9' {
				// The first digits of a longer number are no value: "BMI:
				// --. BP 146/90" gives no BMI of 14.
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
			if boundRE.MatchString(afterLastDigit(text[loc[0]:vs])) {
				// "EF above 30%", "LVEF <=35%": a bound someone states,
				// often the policy's own threshold, not a measured value.
				// A comparator before another number bounds that number
				// (">= 4 h on 87% of nights").
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

// afterLastDigit is the text after its last digit: the words that qualify
// the value that follows.
func afterLastDigit(s string) string {
	if i := strings.LastIndexAny(s, "0123456789"); i >= 0 {
		return s[i+1:]
	}
	return s
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
			var vals []float64
			for _, v := range []float64{r.Value, r.High} {
				if !math.IsInf(v, 0) {
					vals = append(vals, v)
				}
			}
			if r.Source == FromComputed {
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
