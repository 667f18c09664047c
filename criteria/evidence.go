package criteria

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// Item is one piece of evidence read from tool output: an observation,
// condition, medication, procedure or note.
type Item struct {
	Ref     string // "Observation/abc"
	Kind    string // observation, condition, medication, procedure, note
	Date    time.Time
	Start   time.Time // medications: therapy start; conditions: onset
	Codes   []string
	Display string
	Value   *float64
	// High is the upper end when an observation's value is a range
	// (Value is then the lower end).
	High *float64
	// Comparator qualifies Value ("<", ">="): "< 30 %" is a bound, not a
	// value of 30.
	Comparator string
	// ValueText is a coded or text value ("Class III").
	ValueText string
	// Method is how an observation was made and its comments ("nadir
	// during 6-minute walk test, room air"): the reading's setting.
	Method string
	Unit   string
	Active bool
	Status string
	// Verification is a condition's verification status (provisional,
	// refuted, confirmed).
	Verification string
	// End is when a medication stopped, a condition abated, or a
	// procedure done over a period ended.
	End time.Time
	// Reason is why a medication was stopped.
	Reason string
	// Indication is what a medication was ordered for (its reason code
	// or reference).
	Indication string
	// DateText is the record's words for when a procedure was done, when
	// it gives no date.
	DateText string
	// StartUnknown: the record gives no start for a medication's therapy;
	// Start is when it was listed or ordered, and it began then or before.
	StartUnknown bool
	// Dose is a medication order's dose and frequency, where its sig or
	// its structured dosage gives them.
	Dose *Dose
	// Author is who wrote a note; AuthorRole what kind of author (a
	// patient's or a payer's own words never meet a criterion).
	Author     string
	AuthorRole umassist.AuthorRole
	// Components are an observation's parts (wound length, width, depth).
	Components []Component
	Text       string // note text or snippet
	// FullText is set when Text is the whole note (read_note), not a snippet.
	FullText bool

	lower, lowerOf string // Text lower-cased, and the Text it was made from
}

// lowerText is the note text lower-cased, made once per text: a cheap
// test that a phrase's words occur at all spares most regexp runs.
func (it *Item) lowerText() string {
	if it.lowerOf != it.Text || (it.lower == "" && it.Text != "") {
		it.lower, it.lowerOf = strings.ToLower(it.Text), it.Text
	}
	return it.lower
}

// Component is one part of an observation.
type Component struct {
	Code, Display string
	Value         *float64
	Unit          string
}

// Evidence is everything seen, by reference.
type Evidence struct {
	Items map[string]*Item
	// Patient is what patient_overview said: sex and birth date.
	Patient PatientFacts
	// Requested is the service the request asks for: a quantity limit is
	// the requested drug's (a dose hint for another drug of the policy
	// does not apply). Empty: unknown, every dose hint applies.
	Requested umassist.Coding

	// readings caches Readings by measure and day; anything added to the
	// evidence clears it.
	readings map[readingsKey][]Reading
}

type readingsKey struct {
	measure string
	asOf    time.Time
}

// PatientFacts are the demographics a criterion may need (age and sex for
// stroke-risk scores).
type PatientFacts struct {
	// Ref is the Patient resource they come from ("Patient/123"), cited
	// by a finding on the patient's age.
	Ref       string
	Sex       string
	BirthDate time.Time
}

// NewEvidence returns empty evidence.
func NewEvidence() *Evidence {
	return &Evidence{Items: map[string]*Item{}}
}

// Notes are the notes whose words may meet a criterion, newest first: a
// patient's or a payer's own text (a portal message, a payer letter) is
// shown to the reviewer but never counts, whatever it says.
func (e *Evidence) Notes() []*Item {
	var out []*Item
	for _, it := range e.Sorted(KindNote) {
		if it.AuthorRole.Evidence() {
			out = append(out, it)
		}
	}
	return out
}

// Observations are the results whose values may meet a criterion, newest
// first: one the patient performed or reported (a home reading sent from
// an app, a value typed into a portal) is shown but never counts, as a
// patient's own note never does.
func (e *Evidence) Observations() []*Item {
	var out []*Item
	for _, it := range e.Sorted(KindObservation) {
		if it.AuthorRole.Evidence() {
			out = append(out, it)
		}
	}
	return out
}

// KindStay is the kind of an inpatient stay's item (an Encounter): Start
// is the admission, End the discharge (zero while still in). No hint has
// this kind; measures read it (Hint.DischargeDays).
const KindStay = "stay"

// StayAt is the inpatient stay the patient was in at t, if any.
func (e *Evidence) StayAt(t time.Time) *Item {
	for _, it := range e.Sorted(KindStay) {
		if it.Start.IsZero() || dayOf(t).Before(dayOf(it.Start)) {
			continue
		}
		if it.End.IsZero() || !dayOf(t).After(dayOf(it.End)) {
			return it
		}
	}
	return nil
}

// dayOf is the calendar day of t, as written (its own zone).
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Sorted returns the items of a kind, newest first, then by reference.
func (e *Evidence) Sorted(kind string) []*Item {
	var out []*Item
	for _, it := range e.Items {
		if it.Kind == kind {
			out = append(out, it)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Date.Equal(out[j].Date) {
			return out[i].Date.After(out[j].Date)
		}
		return out[i].Ref < out[j].Ref
	})
	return out
}

// AddJSON reads JSON of an unknown shape (FHIR resources a model quoted,
// a tool this package has no reader for) by its shape: objects naming a
// resource ("ref", "resourceType"+"id") become items.
func (e *Evidence) AddJSON(data json.RawMessage) {
	var v any
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return
	}
	e.walk(v)
}

// Invalidate drops cached readings: call it after changing items or the
// patient's facts in place.
func (e *Evidence) Invalidate() { e.readings = nil }

// Item returns the item for a reference, adding it when new; whoever adds
// or changes evidence goes through it, so cached readings are dropped.
func (e *Evidence) Item(ref, kind string) *Item {
	e.readings = nil
	it := e.Items[ref]
	if it == nil {
		it = &Item{Ref: ref, Kind: kind}
		e.Items[ref] = it
	}
	return it
}

func (e *Evidence) walk(v any) {
	e.readings = nil
	switch x := v.(type) {
	case map[string]any:
		if e.addObject(x) {
			return
		}
		for _, k := range sortedKeys(x) {
			e.walk(x[k])
		}
	case []any:
		for _, y := range x {
			e.walk(y)
		}
	}
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func str(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok && s != "" {
			return s
		}
	}
	return ""
}

// kindOf maps a resource type to an evidence kind.
func kindOf(typ string) string {
	switch typ {
	case "Observation":
		return KindObservation
	case "Condition":
		return KindCondition
	case "MedicationRequest", "MedicationStatement":
		return KindMedication
	case "Procedure":
		return KindProcedure
	case "DocumentReference", "DiagnosticReport":
		return KindNote
	}
	return ""
}

// addObject reads one object that describes a resource; false when it
// describes none.
func (e *Evidence) addObject(m map[string]any) bool {
	ref := str(m, "ref", "note", "reference")
	if ref == "" {
		if t := str(m, "resourceType"); t != "" && str(m, "id") != "" {
			return e.addFHIR(t+"/"+str(m, "id"), m)
		}
		return false
	}
	typ, _, ok := umassist.SplitRef(ref)
	if !ok {
		return false
	}
	kind := kindOf(typ)
	if kind == "" {
		return false
	}
	it := e.Item(ref, kind)
	if d := parseTime(str(m, "date")); !d.IsZero() {
		it.Date = d
	}
	if d := parseTime(str(m, "start_date", "onset")); !d.IsZero() {
		it.Start = d
	}
	if c := str(m, "code", "rxnorm_code"); c != "" && !contains(it.Codes, c) {
		it.Codes = append(it.Codes, c)
	}
	if s := str(m, "display"); s != "" {
		it.Display = s
	}
	if s := str(m, "type"); s != "" && kind == KindNote && it.Display == "" {
		it.Display = s
	}
	if v, ok := number(m["value"]); ok {
		it.Value = &v
	}
	if u := str(m, "unit"); u != "" {
		it.Unit = u
	}
	if b, ok := m["active"].(bool); ok {
		it.Active = b
	}
	if s := str(m, "status", "clinical_status"); s != "" {
		it.Status = s
		if s == "active" {
			it.Active = true
		}
	}
	if t := str(m, "untrusted_text"); t != "" {
		// A read_note page; the first page carries offset 0.
		if off, _ := number(m["offset"]); off == 0 || !it.FullText {
			if it.FullText {
				it.Text += t
			} else {
				it.Text = t
			}
			it.FullText = true
		} else {
			it.Text += t
		}
	} else if s := str(m, "untrusted_snippet"); s != "" && !it.FullText {
		if it.Text != "" {
			it.Text += "\n…\n"
		}
		it.Text += s
	}
	return true
}

// addFHIR reads a raw FHIR resource (the verifier's reads).
func (e *Evidence) addFHIR(ref string, m map[string]any) bool {
	typ, _, _ := umassist.SplitRef(ref)
	kind := kindOf(typ)
	if kind == "" {
		return false
	}
	it := e.Item(ref, kind)
	it.Date = firstTime(m, "effectiveDateTime", "issued", "authoredOn", "recordedDate", "performedDateTime", "onsetDateTime", "date")
	if p, ok := m["effectivePeriod"].(map[string]any); ok && it.Date.IsZero() {
		it.Date = parseTime(str(p, "start"))
	}
	if p, ok := m["performedPeriod"].(map[string]any); ok && it.Date.IsZero() {
		it.Date = parseTime(str(p, "start"))
	}
	it.Start = firstTime(m, "onsetDateTime", "authoredOn")
	for _, key := range []string{"code", "medicationCodeableConcept"} {
		cc, ok := m[key].(map[string]any)
		if !ok {
			continue
		}
		if t := str(cc, "text"); t != "" {
			it.Display = t
		}
		if cs, ok := cc["coding"].([]any); ok {
			for _, c := range cs {
				if cm, ok := c.(map[string]any); ok {
					if code := str(cm, "code"); code != "" && !contains(it.Codes, code) {
						it.Codes = append(it.Codes, code)
					}
					if it.Display == "" {
						it.Display = str(cm, "display")
					}
				}
			}
		}
	}
	if q, ok := m["valueQuantity"].(map[string]any); ok {
		if v, ok := number(q["value"]); ok {
			it.Value = &v
		}
		it.Unit = str(q, "unit", "code")
	}
	if s := str(m, "status"); s != "" {
		it.Status = s
		it.Active = s == "active"
	}
	if kind == KindObservation {
		var parts []string
		if mm, ok := m["method"].(map[string]any); ok {
			parts = append(parts, conceptText(mm))
		}
		if ns, ok := m["note"].([]any); ok {
			for _, n := range ns {
				if nm, ok := n.(map[string]any); ok {
					parts = append(parts, str(nm, "text"))
				}
			}
		}
		it.Method = strings.TrimSpace(strings.Join(parts, " "))
	}
	return true
}

// conceptText is a CodeableConcept's text, else its first display.
func conceptText(cc map[string]any) string {
	if t := str(cc, "text"); t != "" {
		return t
	}
	if cs, ok := cc["coding"].([]any); ok {
		for _, c := range cs {
			if cm, ok := c.(map[string]any); ok && str(cm, "display") != "" {
				return str(cm, "display")
			}
		}
	}
	return ""
}

func firstTime(m map[string]any, keys ...string) time.Time {
	for _, k := range keys {
		if t := parseTime(str(m, k)); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// Number reads a JSON number, a numeric string ("30 %", "<= 35") or an
// object's "value".
func Number(v any) (float64, bool) { return number(v) }

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case float64:
		return x, true
	case string:
		s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(x), "%"))
		s = strings.TrimLeft(s, "<>=≤≥ ")
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil
	case map[string]any:
		return number(x["value"])
	}
	return 0, false
}

// ParseTime reads a FHIR date or date-time; zero when it is neither.
func ParseTime(s string) time.Time { return parseTime(s) }

// parseTime keeps the offset a time was written in: its calendar day
// (dayOf) is the record's, so an admission at 21:40 -04:00 on 06/09 is a
// 06/09 admission for every rule that counts days.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Age is the patient's age in whole years on a day; -1 when unknown.
func (p PatientFacts) Age(on time.Time) int {
	if p.BirthDate.IsZero() || on.IsZero() {
		return -1
	}
	age := on.Year() - p.BirthDate.Year()
	// By month and day, not day of the year: a leap year moves every day
	// after February by one, and a birthday would count a day late.
	if on.Month() < p.BirthDate.Month() || (on.Month() == p.BirthDate.Month() && on.Day() < p.BirthDate.Day()) {
		age--
	}
	return age
}
