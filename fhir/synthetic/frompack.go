package synthetic

// Charts made from a criteria pack alone, for any pack: one that meets
// every deciding criterion, one that contradicts one criterion, one that
// is silent on one, one that shows an exclusion. Every published pack
// gets its tests from these without a hand-written scenario; the
// hand-written scenarios remain for the ways real charts are written.

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

// PackMode says how a chart made from a pack stands against it.
type PackMode string

// Pack chart modes.
const (
	// PackMeets: every deciding criterion met, no exclusion.
	PackMeets PackMode = "meets"
	// PackFails: one criterion contradicted (a value on the wrong side of
	// its threshold, a therapy too short), the rest met.
	PackFails PackMode = "fails"
	// PackSilent: one criterion on which the chart says nothing.
	PackSilent PackMode = "silent"
	// PackExcluded: every criterion met, and one exclusion present.
	PackExcluded PackMode = "excluded"
)

// ErrCannotContradict is returned for a criterion no hint of which can
// be contradicted by a record (a diagnosis is present or absent).
var ErrCannotContradict = umassist.Errorf(umassist.EINVALID, "synthetic: the criterion has no hint a record can contradict")

// ErrEntangled is returned for a criterion a chart cannot be silent on,
// or contradict, while meeting the others: it reads what another
// criterion reads (a blood gas that is both the test and its value), or
// what every record holds (a stroke-risk score computed from age and sex).
var ErrEntangled = umassist.Errorf(umassist.EINVALID, "synthetic: the chart speaks to this criterion whenever it meets the others")

// Deciding lists what a pack's main pathway decides on for the request
// FromPack makes: the criteria that must all be met, the first of each
// any-of group, and the exclusions.
func Deciding(p *criteria.Pack) (required, exclusions []string) {
	req := criteria.RequestOf(packRequest(p, time.Time{}))
	all, anyOf, excl, _ := criteria.Pathway(p.Logic, nil, req)
	required = slices.Clone(all)
	for _, g := range anyOf {
		if len(g) > 0 && !slices.Contains(required, g[0]) {
			required = append(required, g[0])
		}
	}
	return required, slices.Clone(excl)
}

// packRequest is the request a chart made from a pack carries: the pack's
// first service and first diagnosis, for its payer.
func packRequest(p *criteria.Pack, date time.Time) umassist.ServiceRequest {
	r := umassist.ServiceRequest{Payer: p.Payer, Urgency: umassist.UrgencyStandard, Date: umassist.Date{Time: date}}
	if len(p.Services) > 0 {
		r.Service = p.Services[0]
	}
	if len(p.Diagnoses) > 0 {
		r.Diagnoses = []umassist.Coding{{System: umassist.SystemICD10CM, Code: p.Diagnoses[0]}}
	}
	return r
}

// FromPack makes a chart for pack p in mode; criterion names the
// criterion contradicted (PackFails), left out (PackSilent) or the
// exclusion present (PackExcluded). The request falls on a weekday in the
// first half of 2026, from the seed.
func FromPack(p *criteria.Pack, mode PackMode, criterion string, seed uint64) (Case, error) {
	return FromPackWith(p, mode, criterion, seed, Options{})
}

// FromPackWith is FromPack with options: the request date, the case's id
// (its resource ids follow it) and relative resource ids, as the demo
// uses them.
func FromPackWith(p *criteria.Pack, mode PackMode, criterion string, seed uint64, opts Options) (Case, error) {
	vocab, err := criteria.LoadVocabulary()
	if err != nil {
		return Case{}, err
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%s/%s", p.ID, mode, criterion)
	rng := rand.New(rand.NewPCG(splitmix64(seed^h.Sum64()), splitmix64(h.Sum64()+seed)))
	req := requestDay(rng, opts)
	id := slug(p.ID + "-" + string(mode))
	if criterion != "" {
		id += "-" + slug(criterion)
	}
	// Resource ids carry the builder's prefix and stay under FHIR's 64
	// characters: a short one from the hash, or the caller's id.
	short := fmt.Sprintf("pk%08x", uint32(h.Sum64()))
	if opts.ID != "" {
		id, short = opts.ID, opts.ID
	}
	b := newBuilder(rng, short, "pt-"+short, req)
	b.relIDs = opts.RelativeIDs
	b.payer = p.Payer
	g := &packGen{b: b, vocab: vocab, pack: p}

	required, exclusions := Deciding(p)
	byID := map[string]criteria.Criterion{}
	for _, c := range p.Criteria {
		byID[c.ID] = c
	}
	// The patient's age meets every age limit of the criteria the chart
	// meets, and fails the one it contradicts.
	age := 45 + rng.IntN(30)
	for _, id := range required {
		for _, h := range byID[id].Evidence {
			if h.Kind != criteria.KindPatient {
				continue
			}
			switch {
			case mode == PackFails && id == criterion && h.MinAge > 0:
				age = h.MinAge - 1
			case mode == PackFails && id == criterion:
				age = h.MaxAge + 1
			default:
				age = max(age, h.MinAge)
				if h.MaxAge > 0 {
					age = min(age, h.MaxAge)
				}
			}
		}
	}
	b.patientResource(b.one("male", "female"), age)
	gold := Gold{Policy: p.Policy, Evidence: []string{}, Missing: []string{}, Criteria: map[string]umassist.CriterionStatus{}}
	gold.Recommendation = umassist.RecommendApprove
	for _, id := range required {
		c := byID[id]
		switch {
		case mode == PackFails && id == criterion:
			refs, err := g.contradict(c)
			if err != nil {
				return Case{}, err
			}
			gold.Criteria[id] = umassist.CriterionNotMet
			gold.Evidence = append(gold.Evidence, refs...)
			gold.Recommendation = umassist.RecommendRefer
		case mode == PackSilent && id == criterion:
			gold.Criteria[id] = umassist.CriterionNotDocumented
			gold.Missing = append(gold.Missing, c.Missing)
			gold.Recommendation = umassist.RecommendRequestInfo
		default:
			refs, err := g.meet(c)
			if err != nil {
				return Case{}, fmt.Errorf("synthetic: %s %s: %w", p.ID, id, err)
			}
			gold.Criteria[id] = umassist.CriterionMet
			if mode == PackMeets {
				gold.Evidence = append(gold.Evidence, refs...)
			}
		}
	}
	if mode == PackExcluded {
		if !slices.Contains(exclusions, criterion) {
			return Case{}, umassist.Errorf(umassist.EINVALID, "synthetic: %s is not an exclusion of %s", criterion, p.ID)
		}
		// Written last and newest: the newest reading governs.
		g.late = true
		refs, err := g.meet(byID[criterion])
		if err != nil {
			return Case{}, fmt.Errorf("synthetic: %s %s: %w", p.ID, criterion, err)
		}
		gold.Criteria[criterion] = umassist.CriterionMet
		gold.Evidence = append(gold.Evidence, refs...)
		gold.Recommendation = umassist.RecommendRefer
		// An exclusion read from what a required criterion reads (NYHA IV
		// against NYHA II-III) changes that criterion too: its status is
		// not this chart's point.
		excl := g.subjects(byID[criterion])
		for _, id := range required {
			for k := range g.subjects(byID[id]) {
				if excl[k] {
					delete(gold.Criteria, id)
				}
			}
		}
	}
	if (mode == PackFails || mode == PackSilent) && !slices.Contains(required, criterion) {
		return Case{}, umassist.Errorf(umassist.EINVALID, "synthetic: %s is not a deciding criterion of %s", criterion, p.ID)
	}
	if (mode == PackSilent || mode == PackFails) && g.entangled(byID[criterion], required, byID, mode) {
		return Case{}, ErrEntangled
	}
	bundle, err := b.bundle()
	if err != nil {
		return Case{}, err
	}
	return Case{ID: id, Scenario: "pack:" + p.ID, Variant: string(mode), PatientID: b.patient, Bundle: bundle,
		Request: packRequest(p, req), Requester: b.orderer, Gold: gold}, nil
}

// subjects are what a criterion's hints read: measures (by id, also for
// LOINC codes), codes, medication classes and phrases.
func (g *packGen) subjects(c criteria.Criterion) map[string]bool {
	out := map[string]bool{}
	for _, h := range c.Evidence {
		if h.Context {
			continue
		}
		if h.Measure != "" {
			out["m:"+h.Measure] = true
		}
		for _, l := range h.LOINC {
			if m, ok := g.vocab.MeasureForLOINC(l); ok {
				out["m:"+m.ID] = true
			}
		}
		for _, x := range h.Codes {
			out["c:"+x] = true
		}
		for _, x := range h.MedicationClasses {
			out["k:"+x] = true
		}
		for _, x := range h.Phrases {
			out["p:"+strings.ToLower(x)] = true
		}
	}
	return out
}

// entangled reports whether a chart meeting the other required criteria
// must speak to c too.
func (g *packGen) entangled(c criteria.Criterion, required []string, byID map[string]criteria.Criterion, mode PackMode) bool {
	mine := g.subjects(c)
	if mode == PackSilent && slices.ContainsFunc(c.Evidence, func(h criteria.Hint) bool { return h.Kind == criteria.KindPatient }) {
		// Every chart has the patient's date of birth.
		return true
	}
	for k := range mine {
		if id, ok := strings.CutPrefix(k, "m:"); ok {
			if m, ok := g.vocab.Measure(id); ok && computedInputs[m.ID] != nil {
				return true
			}
		}
	}
	for _, id := range required {
		if id == c.ID {
			continue
		}
		for k := range g.subjects(byID[id]) {
			if mine[k] {
				return true
			}
		}
	}
	return false
}

// computedInputs are the coded conditions that raise a stroke-risk score
// the reasoner computes from the record (with age and sex): a chart meets
// a threshold on it by carrying them.
var computedInputs = map[string][]cond{
	"cha2ds2_vasc": {condCHF, condHypertension, condDiabetes, condStroke},
	"chads2":       {condCHF, condHypertension, condDiabetes, condStroke},
}

var (
	condCHF          = cond{ICD: "I50.9", ICDDisplay: "Heart failure, unspecified"}
	condHypertension = cond{ICD: "I10", ICDDisplay: "Essential (primary) hypertension"}
	condDiabetes     = cond{ICD: "E11.9", ICDDisplay: "Type 2 diabetes mellitus without complications"}
	condStroke       = cond{ICD: "Z86.73", ICDDisplay: "Personal history of transient ischemic attack and cerebral infarction without residual deficits"}
)

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
var hintOrder = map[string]int{criteria.KindPatient: 0, criteria.KindObservation: 0, criteria.KindCondition: 1, criteria.KindMedication: 2, criteria.KindProcedure: 3, criteria.KindNote: 4}

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
	case criteria.KindPatient:
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
		rx, name := "", ""
		if len(h.RxNorm) > 0 {
			rx, name = h.RxNorm[0], "medication "+h.RxNorm[0]
		}
		for _, id := range h.MedicationClasses {
			if cl, ok := g.vocab.Class(id); ok {
				for _, in := range cl.Ingredients {
					if in.RxNorm != "" {
						rx, name = in.RxNorm, in.Name
						break
					}
				}
			}
			if rx != "" {
				break
			}
		}
		if rx == "" {
			return "", false
		}
		days := h.MinDurationDays + 60
		if !meets {
			days = max(1, h.MinDurationDays/3)
		}
		return b.medication(prefix, med{RxNorm: rx, Display: name, Sig: "as directed"}, b.day(-days), "active", "internal medicine"), true
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

// noteText is a clinician's sentence that states a hint: a phrase as
// documented, or a measure's value as notes write it.
func (g *packGen) noteText(c criteria.Criterion, h criteria.Hint, meets bool) (string, bool) {
	if len(h.Phrases) > 0 && meets && h.Measure == "" {
		verb := "Documented today"
		if h.Planned {
			verb = "Planned"
		}
		return fmt.Sprintf("Assessment and plan.\n%s: %s.\nReviewed with the patient.", verb, plainPhrase(h.Phrases)), true
	}
	if h.Measure == "" {
		return "", false
	}
	m, ok := g.vocab.Measure(h.Measure)
	if !ok || h.Threshold == nil {
		return "", false
	}
	v, ok := value(h.Comparator, *h.Threshold, h.ThresholdHigh, meets, m.Range)
	if !ok {
		return "", false
	}
	setting := ""
	switch h.Setting {
	case "sleep":
		setting = " during sleep"
	case "exercise":
		setting = " during exercise"
	case "rest":
		setting = " at rest"
	}
	num := fmt.Sprintf("%g", math.Round(v*10)/10)
	if slices.ContainsFunc(m.NotePatterns, func(p string) bool { return strings.Contains(p, `\d?\.\d`) }) {
		// The notes write it with decimals ("AVA 0.8 cm2").
		num = fmt.Sprintf("%.1f", v)
	}
	if m.Numerals == "roman" {
		num = roman(int(math.Round(v)))
	}
	reading, ok := statedAs(m, num)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("Assessment.\n%s%s, measured %s.\nPlan reviewed.", reading, setting, dateOnly(g.noteDay(h, m))), true
}

// readingForms are ways notes state a measure's value: {w} a word the
// notes use for it, {n} the number, {u} the unit.
var readingForms = []string{"{w} {n} {u}", "{w} of {n} {u}", "{w}: {n} {u}", "{n} {w}", "{n} {u} {w}", "total {w} {n} {u}",
	"{w} reduced by {n} {u}", "{w} {n}"}

// statedAs is a phrase that states value num of measure m as the
// measure's own note patterns read it back, or false.
func statedAs(m *criteria.Measure, num string) (string, bool) {
	unit := m.Unit
	switch unit {
	case "h":
		unit = "hours"
	case "{events}":
		unit = ""
	}
	words := append(slices.Clone(m.SearchWords), m.Label)
	for _, w := range words {
		for _, f := range readingForms {
			text := strings.NewReplacer("{w}", w, "{n}", num, "{u}", unit).Replace(f)
			text = strings.Join(strings.Fields(text), " ")
			for _, re := range m.Patterns() {
				sub := re.FindStringSubmatch(text)
				for _, g := range sub[min(1, len(sub)):] {
					if g != "" {
						if g == num {
							return text, true
						}
						break
					}
				}
			}
		}
	}
	return "", false
}

// noteDay dates a note's reading: a measure the reasoner computes from
// the record (a risk score) is computed as of the request, and the newest
// reading governs, so the note that states it is written that day.
func (g *packGen) noteDay(h criteria.Hint, m *criteria.Measure) time.Time {
	if m.Computed != "" {
		return g.b.day(0)
	}
	return g.within(h.LookbackDays)
}

// consistent is a value of a measure that meets the pack's thresholds on
// it, so that a reading written for one criterion does not contradict
// another (the newest reading of a measure governs).
func (g *packGen) consistent(m *criteria.Measure) (float64, bool) {
	for _, c := range g.pack.Criteria {
		for _, h := range c.Evidence {
			same := h.Measure == m.ID || slices.ContainsFunc(h.LOINC, func(l string) bool { return slices.Contains(m.LOINC, l) })
			if same && h.Threshold != nil && !slices.Contains(g.pack.Logic.Exclusions, c.ID) {
				if v, ok := value(h.Comparator, *h.Threshold, h.ThresholdHigh, true, m.Range); ok {
					return v, true
				}
			}
		}
	}
	return 0, false
}

// negationCues mark a phrase whose sense a reader might turn around.
var negationCues = []string{"not", "no", "without", "unable", "never", "non", "denies"}

// plainPhrase is the phrase a sentence states most plainly: several
// words, none a negation cue; else the first.
func plainPhrase(ps []string) string {
	for _, p := range ps {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) < 2 {
			continue
		}
		if !slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(negationCues, w) }) {
			return p
		}
	}
	return ps[0]
}

func roman(n int) string {
	r := []string{"", "I", "II", "III", "IV", "V"}
	if n >= 0 && n < len(r) {
		return r[n]
	}
	return fmt.Sprint(n)
}

func ucum(unit string) string {
	switch unit {
	case "mmHg":
		return "mm[Hg]"
	case "/h":
		return "/h"
	}
	return unit
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
