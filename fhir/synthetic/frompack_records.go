package synthetic

// The records a pack-made chart carries, one per hint: which hint of a
// criterion is written, the value that meets or fails it, and the record.

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

// computedInputs are the coded conditions that raise a stroke-risk score
// the reasoner computes from the record (with age and sex): a chart meets
// a threshold on it by carrying them.
var computedInputs = map[string][]cond{
	"cha2ds2_vasc": {condHFrEF, condHTN, condT2DM, condStrokeHistory},
	"chads2":       {condHFrEF, condHTN, condT2DM, condStrokeHistory},
}

var condStrokeHistory = cond{ICD: "Z86.73", ICDDisplay: "Personal history of transient ischemic attack and cerebral infarction without residual deficits"}

// packGen writes the records that speak to a pack's criteria.
type packGen struct {
	b     *builder
	vocab *criteria.Vocabulary
	pack  *criteria.Pack
	n     int
	// late dates records after the others, inside every window.
	late bool
}

// hintOrder prefers structured records to notes: a value or a code is
// read the same by every reader.
var hintOrder = map[string]int{criteria.KindPatient: 0, criteria.KindObservation: 0, criteria.KindCondition: 1, criteria.KindMedication: 2, criteria.KindDose: 2, criteria.KindProcedure: 3, criteria.KindNote: 4}

// groups are the conjuncts that decide a criterion (one group:
// alternatives), each group's hints in the order they are tried.
func groups(c criteria.Criterion) [][]criteria.Hint {
	var keys []string
	by := map[string][]criteria.Hint{}
	for _, h := range c.Evidence {
		if h.Context {
			// Context hints show the subject, they never meet a criterion.
			continue
		}
		if _, ok := by[h.Group]; !ok {
			keys = append(keys, h.Group)
		}
		by[h.Group] = append(by[h.Group], h)
	}
	if len(keys) > 1 {
		// With named conjuncts, loose hints only support them
		// (criteria.Evaluate): the conjuncts decide.
		keys = slices.DeleteFunc(keys, func(k string) bool { return k == "" })
	}
	var out [][]criteria.Hint
	for _, k := range keys {
		hs := by[k]
		slices.SortStableFunc(hs, func(a, b criteria.Hint) int { return hintOrder[a.Kind] - hintOrder[b.Kind] })
		out = append(out, hs)
	}
	return out
}

// meet writes a record for the first hint of each group that a record can
// carry.
func (g *packGen) meet(c criteria.Criterion) ([]string, error) {
	gs := groups(c)
	if len(gs) == 0 {
		return nil, umassist.Errorf(umassist.EINVALID, "criterion %s has no hint: a chart cannot be made to meet it", c.ID)
	}
	var refs []string
	for _, hs := range gs {
		ref, err := g.meetGroup(c, hs)
		if err != nil {
			return nil, err
		}
		refs = append(refs, ref)
	}
	return refs, nil
}

// meetGroup writes a record for the first of a group's hints a record can
// carry.
func (g *packGen) meetGroup(c criteria.Criterion, hs []criteria.Hint) (string, error) {
	for _, h := range hs {
		if ref, ok := g.write(c, h, true); ok {
			return ref, nil
		}
	}
	return "", umassist.Errorf(umassist.EINVALID, "criterion %s: no hint of group %q can be written as a record", c.ID, hs[0].Group)
}

// contradict writes records that fail the criterion: the other conjuncts
// met, and one conjunct's value on the wrong side of a threshold, or a
// therapy shorter than asked.
func (g *packGen) contradict(c criteria.Criterion) ([]string, error) {
	gs := groups(c)
	for i, hs := range gs {
		for _, h := range hs {
			if !contradictable(h) {
				continue
			}
			var refs []string
			for j, other := range gs {
				if j == i {
					continue
				}
				ref, err := g.meetGroup(c, other)
				if err != nil {
					return nil, err
				}
				refs = append(refs, ref)
			}
			if ref, ok := g.write(c, h, false); ok {
				if ref != "" {
					refs = append(refs, ref)
				}
				return refs, nil
			}
		}
	}
	return nil, ErrCannotContradict
}

func contradictable(h criteria.Hint) bool {
	switch h.Kind {
	case criteria.KindObservation:
		return h.Comparator != "" && h.Threshold != nil
	case criteria.KindNote:
		return h.Measure != "" && h.Comparator != "" && h.Threshold != nil
	case criteria.KindMedication:
		// A therapy shorter than asked, past or present (a step-therapy
		// trial of four weeks against the three months a policy asks).
		return h.MinDurationDays > 0
	case criteria.KindPatient, criteria.KindDose:
		return true
	}
	return false
}

// within is a day inside a hint's look-back window, before the request.
func (g *packGen) within(lookback int) time.Time {
	days := 20
	if g.late {
		days = 3
	}
	if lookback > 0 {
		days = max(2, min(days, lookback/3))
	}
	return g.b.day(-days)
}

// value is a number that meets (or fails) a comparison, inside the
// measure's range; false when there is none.
func value(cmpr string, t float64, high *float64, meets bool, rng [2]float64) (float64, bool) {
	step := math.Max(1, math.Abs(t)*0.1)
	var v float64
	switch cmpr {
	case "<":
		v = t + step
		if meets {
			v = t - step
		}
	case "<=":
		v = t + step
		if meets {
			v = t
		}
	case ">":
		v = t - step
		if meets {
			v = t + step
		}
	case ">=":
		v = t - step
		if meets {
			v = t
		}
	case "==":
		v = t + step
		if meets {
			v = t
		}
	case "!=":
		v = t
		if meets {
			v = t + step
		}
	case "between":
		if high == nil {
			return 0, false
		}
		// Below the range, where there is room: above it is often what
		// a neighbouring criterion excludes (NYHA IV).
		v = t - step
		if rng != [2]float64{} && v < rng[0] {
			v = *high + step
		}
		if meets {
			v = (t + *high) / 2
		}
	default:
		return 0, false
	}
	if rng != [2]float64{} && (v < rng[0] || v > rng[1]) {
		return 0, false
	}
	return v, true
}

// write writes one record for hint h of criterion c, meeting it or (meets
// false) failing it; false when the hint cannot be written.
func (g *packGen) write(c criteria.Criterion, h criteria.Hint, meets bool) (string, bool) {
	g.n++
	prefix := slug(c.ID) + fmt.Sprint(g.n)
	b := g.b
	switch h.Kind {
	case criteria.KindObservation:
		if len(h.LOINC) == 0 {
			return "", false
		}
		m, ok := g.vocab.MeasureForLOINC(h.LOINC[0])
		if !ok {
			return "", false
		}
		v, ok := g.consistent(m)
		if !ok {
			v = (m.Range[0] + m.Range[1]) / 2
		}
		if h.Threshold != nil {
			if v, ok = value(h.Comparator, *h.Threshold, h.ThresholdHigh, meets, m.Range); !ok {
				return "", false
			}
		}
		unit := h.Unit
		if unit == "" {
			unit = m.Unit
		}
		return b.observation(prefix, obs{LOINC: h.LOINC[0], Display: m.Label, Category: "laboratory", Value: v, Decimals: 1, Unit: unit, UCUM: ucum(unit)},
			g.within(h.LookbackDays), ""), true
	case criteria.KindCondition:
		if len(h.Codes) == 0 || !meets {
			return "", false
		}
		// A range ("C00-C96") is written as its first code.
		code, _, _ := strings.Cut(h.Codes[0], "-")
		cd := cond{ICD: code, ICDDisplay: c.Text}
		if isDigits(code) {
			cd = cond{SNOMED: code, SNOMEDDisplay: c.Text}
		}
		onset := b.day(-365)
		if h.LookbackDays > 0 {
			onset = g.within(h.LookbackDays)
		}
		return b.condition(prefix, cd, onset, ""), true
	case criteria.KindMedication:
		rx, name := g.drug(h)
		if rx == "" {
			return "", false
		}
		days := h.MinDurationDays + 60
		if !meets {
			days = max(1, h.MinDurationDays/3)
		}
		return b.medication(prefix, med{RxNorm: rx, Display: name, Sig: "as directed"}, b.day(-days), "active", "internal medicine"), true
	case criteria.KindDose:
		rx, name := g.drug(h)
		if rx == "" || h.MaxDose == nil || h.PerDays <= 0 {
			return "", false
		}
		if in, ok := g.vocab.Ingredient(rx); ok {
			name = in.Name // a prescriber's order names the drug
		}
		// The order being requested: a draft, so it is not read as
		// therapy already taken; half the limit, or twice it.
		amount := *h.MaxDose / 2
		if !meets {
			amount = *h.MaxDose * 2
		}
		sig := fmt.Sprintf("%s %s once every %d days", strconv.FormatFloat(amount, 'f', -1, 64), h.Unit, h.PerDays)
		if h.PerDays == 1 {
			sig = fmt.Sprintf("%s %s once daily", strconv.FormatFloat(amount, 'f', -1, 64), h.Unit)
		}
		return b.medication(prefix, med{RxNorm: rx, Display: name, Sig: sig}, g.within(30), "draft", "internal medicine"), true
	case criteria.KindProcedure:
		if len(h.Codes) == 0 || !meets {
			return "", false
		}
		d := b.day(-60)
		if h.LookbackDays > 0 {
			d = g.within(h.LookbackDays)
		}
		return b.procedure(prefix, proc{CPT: h.Codes[0], CPTDisplay: c.Text}, d, "surgery"), true
	case criteria.KindPatient:
		// The age was chosen with the patient (FromPack): the Patient
		// resource is the record.
		return b.ref, true
	case criteria.KindNote:
		if m, ok := g.vocab.Measure(h.Measure); ok && computedInputs[m.ID] != nil {
			// The score is computed from coded conditions, which govern
			// over any note's number: meeting it takes the conditions; a
			// chart without them scores low.
			if !meets {
				return "", true
			}
			var ref string
			for i, cd := range computedInputs[m.ID] {
				r := b.condition(prefix+fmt.Sprint(i), cd, b.day(-400), "")
				if ref == "" {
					ref = r
				}
			}
			return ref, true
		}
		if m, ok := g.vocab.Measure(h.Measure); ok && len(m.NotePatterns) == 0 {
			// Only derived from other readings (wound healing from serial
			// areas): no note states it as a number of its own.
			return "", false
		}
		text, ok := g.noteText(c, h, meets)
		if !ok {
			return "", false
		}
		specialty := "internal medicine"
		if len(h.Authors) > 0 {
			specialty = h.Authors[0]
		}
		d := g.within(h.LookbackDays)
		if m, ok := g.vocab.Measure(h.Measure); ok {
			d = g.noteDay(h, m)
		}
		return b.document(note{Prefix: prefix, Kind: "progress", Title: "Progress note", Specialty: specialty, Text: text}, d), true
	}
	return "", false
}

// drug is the drug a medication or dose hint names: its first RxNorm
// code, else the first ingredient of its first class that has a code.
func (g *packGen) drug(h criteria.Hint) (rx, name string) {
	if len(h.RxNorm) > 0 {
		return h.RxNorm[0], "medication " + h.RxNorm[0]
	}
	for _, id := range h.MedicationClasses {
		if cl, ok := g.vocab.Class(id); ok {
			for _, in := range cl.Ingredients {
				if in.RxNorm != "" {
					return in.RxNorm, in.Name
				}
			}
		}
	}
	return "", ""
}
