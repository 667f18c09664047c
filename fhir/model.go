package fhir

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"
)

// The partial R4 shapes below hold only what the store indexes and the
// tools report; everything else stays in the raw resource.

// Coding is a FHIR Coding.
type Coding struct {
	System  string `json:"system,omitempty"`
	Code    string `json:"code,omitempty"`
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a FHIR CodeableConcept.
type CodeableConcept struct {
	Coding []Coding `json:"coding,omitempty"`
	Text   string   `json:"text,omitempty"`
}

// Label is the concept's text, else its first display, else its first code.
func (c *CodeableConcept) Label() string {
	if c == nil {
		return ""
	}
	if c.Text != "" {
		return c.Text
	}
	for _, cd := range c.Coding {
		if cd.Display != "" {
			return cd.Display
		}
	}
	for _, cd := range c.Coding {
		if cd.Code != "" {
			return cd.Code
		}
	}
	return ""
}

// First returns the first coding in system (any system when empty).
func (c *CodeableConcept) First(system string) (Coding, bool) {
	if c == nil {
		return Coding{}, false
	}
	for _, cd := range c.Coding {
		if system == "" || cd.System == system {
			return cd, true
		}
	}
	return Coding{}, false
}

// Reference is a FHIR Reference.
type Reference struct {
	Reference string `json:"reference,omitempty"`
	Display   string `json:"display,omitempty"`
}

// Quantity is a FHIR Quantity.
type Quantity struct {
	Value      *json.Number `json:"value,omitempty"`
	Comparator string       `json:"comparator,omitempty"`
	Unit       string       `json:"unit,omitempty"`
	System     string       `json:"system,omitempty"`
	Code       string       `json:"code,omitempty"`
}

// UnitLabel is the human unit, else the UCUM code.
func (q *Quantity) UnitLabel() string {
	if q == nil {
		return ""
	}
	if q.Unit != "" {
		return q.Unit
	}
	return q.Code
}

// Period is a FHIR Period.
type Period struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Range is a FHIR Range.
type Range struct {
	Low  *Quantity `json:"low,omitempty"`
	High *Quantity `json:"high,omitempty"`
}

// ReferenceRange is an Observation.referenceRange.
type ReferenceRange struct {
	Low  *Quantity `json:"low,omitempty"`
	High *Quantity `json:"high,omitempty"`
	Text string    `json:"text,omitempty"`
}

// Attachment is a FHIR Attachment.
type Attachment struct {
	ContentType string `json:"contentType,omitempty"`
	Data        string `json:"data,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Size        int64  `json:"size,omitempty"`
}

// Values holds the value[x] choice of an Observation or component.
type Values struct {
	ValueQuantity        *Quantity        `json:"valueQuantity,omitempty"`
	ValueCodeableConcept *CodeableConcept `json:"valueCodeableConcept,omitempty"`
	ValueString          *string          `json:"valueString,omitempty"`
	ValueBoolean         *bool            `json:"valueBoolean,omitempty"`
	ValueInteger         *json.Number     `json:"valueInteger,omitempty"`
	ValueRange           *Range           `json:"valueRange,omitempty"`
	ValueDateTime        *string          `json:"valueDateTime,omitempty"`
	ValueRatio           *Ratio           `json:"valueRatio,omitempty"`
}

// Ratio is a FHIR Ratio ("104/200 words").
type Ratio struct {
	Numerator   *Quantity `json:"numerator,omitempty"`
	Denominator *Quantity `json:"denominator,omitempty"`
}

// Percent is a ratio of like quantities as a percentage (104 of 200
// words is 52 %), rounded to two places; false when either value is
// missing, the denominator is not positive or the units differ.
func (r *Ratio) Percent() (json.Number, bool) {
	if r == nil || r.Numerator == nil || r.Denominator == nil || r.Numerator.Value == nil || r.Denominator.Value == nil {
		return "", false
	}
	if r.Numerator.UnitLabel() != r.Denominator.UnitLabel() {
		return "", false
	}
	n, err1 := r.Numerator.Value.Float64()
	d, err2 := r.Denominator.Value.Float64()
	if err1 != nil || err2 != nil || d <= 0 {
		return "", false
	}
	return json.Number(strconv.FormatFloat(math.Round(n/d*10000)/100, 'f', -1, 64)), true
}

// String is the ratio as written: "104/200 {words}", "1 mg/5 mL".
func (r *Ratio) String() string {
	if r == nil {
		return ""
	}
	part := func(q *Quantity, unit bool) string {
		if q == nil || q.Value == nil {
			return "?"
		}
		if u := q.UnitLabel(); unit && u != "" {
			return q.Value.String() + " " + u
		}
		return q.Value.String()
	}
	if r.Numerator.UnitLabel() == r.Denominator.UnitLabel() {
		s := part(r.Numerator, false) + "/" + part(r.Denominator, false)
		if u := r.Numerator.UnitLabel(); u != "" {
			s += " " + u
		}
		return s
	}
	return part(r.Numerator, true) + "/" + part(r.Denominator, true)
}

// Resource is the union of the fields the store and the tools read from
// any resource type. Unmarshal a raw resource into it once.
type Resource struct {
	ResourceType string `json:"resourceType"`
	ID           string `json:"id"`
	head         struct {
		ResourceType string     `json:"resourceType"`
		ID           string     `json:"id"`
		Subject      *Reference `json:"subject,omitempty"`
	}

	Status            string            `json:"status,omitempty"`
	Category          json.RawMessage   `json:"category,omitempty"` // one or many CodeableConcepts
	Code              *CodeableConcept  `json:"code,omitempty"`
	Subject           *Reference        `json:"subject,omitempty"`
	PatientRef        *Reference        `json:"patient,omitempty"`
	Beneficiary       *Reference        `json:"beneficiary,omitempty"`
	EffectiveDateTime string            `json:"effectiveDateTime,omitempty"`
	EffectivePeriod   *Period           `json:"effectivePeriod,omitempty"`
	EffectiveInstant  string            `json:"effectiveInstant,omitempty"`
	Issued            string            `json:"issued,omitempty"`
	Values                              // Observation value[x]
	Interpretation    []CodeableConcept `json:"interpretation,omitempty"`
	// Method says how an observation was made ("nadir during a 6-minute
	// walk", "room air"): the setting a reading was taken in.
	Method *CodeableConcept `json:"method,omitempty"`
	// Note holds the comments on an observation, a medication or a
	// procedure, as their author wrote them.
	Note               []Annotation     `json:"note,omitempty"`
	ReferenceRange     []ReferenceRange `json:"referenceRange,omitempty"`
	Component          []Component      `json:"component,omitempty"`
	ClinicalStatus     *CodeableConcept `json:"clinicalStatus,omitempty"`
	VerificationStatus *CodeableConcept `json:"verificationStatus,omitempty"`
	OnsetDateTime      string           `json:"onsetDateTime,omitempty"`
	OnsetPeriod        *Period          `json:"onsetPeriod,omitempty"`
	AbatementDateTime  string           `json:"abatementDateTime,omitempty"`
	RecordedDate       string           `json:"recordedDate,omitempty"`
	// MedicationRequest / MedicationStatement
	MedicationCodeableConcept *CodeableConcept  `json:"medicationCodeableConcept,omitempty"`
	MedicationReference       *Reference        `json:"medicationReference,omitempty"`
	AuthoredOn                string            `json:"authoredOn,omitempty"`
	DateAsserted              string            `json:"dateAsserted,omitempty"`
	DosageInstruction         []Dosage          `json:"dosageInstruction,omitempty"`
	Dosage                    []Dosage          `json:"dosage,omitempty"`
	ReasonReference           []Reference       `json:"reasonReference,omitempty"`
	ReasonCode                []CodeableConcept `json:"reasonCode,omitempty"`
	// StatusReason says why a medication was stopped or not given.
	StatusReason    *CodeableConcept `json:"statusReason,omitempty"`
	DispenseRequest *DispenseRequest `json:"dispenseRequest,omitempty"`
	// Procedure
	PerformedDateTime string  `json:"performedDateTime,omitempty"`
	PerformedPeriod   *Period `json:"performedPeriod,omitempty"`
	// PerformedString is when a procedure was done, in words only
	// ("winter 2025-2026, per patient; outside hospital").
	PerformedString string `json:"performedString,omitempty"`
	// DocumentReference / DiagnosticReport
	Type   json.RawMessage `json:"type,omitempty"` // CodeableConcept (DocumentReference) or other shapes
	Date   string          `json:"date,omitempty"`
	Author []Reference     `json:"author,omitempty"`
	// Description is a DocumentReference's human-readable description
	// ("Patient portal message").
	Description string          `json:"description,omitempty"`
	Performer   json.RawMessage `json:"performer,omitempty"`
	Content     []struct {
		Attachment Attachment `json:"attachment"`
	} `json:"content,omitempty"`
	PresentedForm []Attachment `json:"presentedForm,omitempty"`
	Conclusion    string       `json:"conclusion,omitempty"`
	// Patient
	Gender           string          `json:"gender,omitempty"`
	BirthDate        string          `json:"birthDate,omitempty"`
	DeceasedDateTime string          `json:"deceasedDateTime,omitempty"`
	DeceasedBoolean  *bool           `json:"deceasedBoolean,omitempty"`
	Name             json.RawMessage `json:"name,omitempty"`
	// Coverage, Encounter, Immunization, CarePlan ...
	Period             *Period          `json:"period,omitempty"`
	Payor              []Reference      `json:"payor,omitempty"`
	Class              json.RawMessage  `json:"class,omitempty"`
	OccurrenceDateTime string           `json:"occurrenceDateTime,omitempty"`
	VaccineCode        *CodeableConcept `json:"vaccineCode,omitempty"`
	Started            string           `json:"started,omitempty"`
	Created            string           `json:"created,omitempty"`
	Billable           json.RawMessage  `json:"billablePeriod,omitempty"`
}

// Annotation is a FHIR Annotation; only its text is read.
type Annotation struct {
	Text string `json:"text,omitempty"`
}

// NoteText joins a resource's annotations.
func (r *Resource) NoteText() string {
	var parts []string
	for _, n := range r.Note {
		if t := strings.TrimSpace(n.Text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// DispenseRequest is a MedicationRequest.dispenseRequest; its validity
// period bounds the therapy where the prescriber gave one.
type DispenseRequest struct {
	ValidityPeriod *Period `json:"validityPeriod,omitempty"`
}

// Component is an Observation.component (e.g. systolic and diastolic).
type Component struct {
	Code           *CodeableConcept  `json:"code,omitempty"`
	Interpretation []CodeableConcept `json:"interpretation,omitempty"`
	Values
}

// Dosage is a dosage instruction: its text, and the amount and timing
// where coded (a quantity limit is checked against them).
type Dosage struct {
	Text        string        `json:"text,omitempty"`
	Timing      *Timing       `json:"timing,omitempty"`
	DoseAndRate []DoseAndRate `json:"doseAndRate,omitempty"`
}

// Timing is when a dose is given; only its repeat is read.
type Timing struct {
	Repeat *TimingRepeat `json:"repeat,omitempty"`
}

// TimingRepeat: Frequency times per Period PeriodUnit (UCUM: h, d, wk,
// mo).
type TimingRepeat struct {
	Frequency  int          `json:"frequency,omitempty"`
	Period     *json.Number `json:"period,omitempty"`
	PeriodUnit string       `json:"periodUnit,omitempty"`
}

// DoseAndRate is the amount given per administration.
type DoseAndRate struct {
	DoseQuantity *Quantity `json:"doseQuantity,omitempty"`
}

// Categories decodes category, which is a list in most types and a single
// concept in a few (R4 DocumentReference lists, Coverage has none).
func (r *Resource) Categories() []CodeableConcept {
	if len(r.Category) == 0 {
		return nil
	}
	var many []CodeableConcept
	if json.Unmarshal(r.Category, &many) == nil {
		return many
	}
	var one CodeableConcept
	if json.Unmarshal(r.Category, &one) == nil {
		return []CodeableConcept{one}
	}
	return nil
}

// EncounterClass is an Encounter's class code ("IMP", "AMB", "EMER"): R4
// writes one Coding, R5 a list of CodeableConcepts.
func (r *Resource) EncounterClass() string {
	if len(r.Class) == 0 {
		return ""
	}
	var one Coding
	if json.Unmarshal(r.Class, &one) == nil && one.Code != "" {
		return one.Code
	}
	var many []CodeableConcept
	if json.Unmarshal(r.Class, &many) == nil {
		for _, c := range many {
			for _, cd := range c.Coding {
				if cd.Code != "" {
					return cd.Code
				}
			}
		}
	}
	return ""
}

// Inpatient reports whether an Encounter is an inpatient stay: class
// IMP, or its acute and non-acute kinds (v3 ActCode), or a local code
// spelled "inpatient".
func (r *Resource) Inpatient() bool {
	switch strings.ToUpper(r.EncounterClass()) {
	case "IMP", "ACUTE", "NONAC", "INPATIENT":
		return true
	}
	return false
}

// TypeConcept decodes type when it is a CodeableConcept.
func (r *Resource) TypeConcept() *CodeableConcept {
	if len(r.Type) == 0 {
		return nil
	}
	var c CodeableConcept
	if json.Unmarshal(r.Type, &c) == nil {
		return &c
	}
	var many []CodeableConcept
	if json.Unmarshal(r.Type, &many) == nil && len(many) > 0 {
		return &many[0]
	}
	return nil
}

// MainCode is the concept the store indexes as the resource's code.
func (r *Resource) MainCode() *CodeableConcept {
	switch {
	case r.MedicationCodeableConcept != nil:
		return r.MedicationCodeableConcept
	case r.VaccineCode != nil:
		return r.VaccineCode
	case r.Code != nil:
		return r.Code
	case r.ResourceType == "DocumentReference" || r.ResourceType == "Coverage" || r.ResourceType == "Encounter":
		return r.TypeConcept()
	}
	return nil
}

// PatientReference is the patient the resource is about: itself for a
// Patient, else subject, patient or beneficiary, when they name a Patient.
func (r *Resource) PatientReference() string {
	if r.ResourceType == "Patient" {
		return "Patient/" + r.ID
	}
	for _, ref := range []*Reference{r.Subject, r.PatientRef, r.Beneficiary, r.head.Subject} {
		if ref != nil && strings.HasPrefix(ref.Reference, "Patient/") {
			return ref.Reference
		}
	}
	return ""
}

// DateString is the raw date the store indexes, chosen per type so that
// as-of filtering hides what was not yet known on the request date.
func (r *Resource) DateString() string {
	first := func(ss ...string) string {
		for _, s := range ss {
			if s != "" {
				return s
			}
		}
		return ""
	}
	start := func(p *Period) string {
		if p == nil {
			return ""
		}
		return p.Start
	}
	switch r.ResourceType {
	case "Observation", "DiagnosticReport":
		return first(r.EffectiveDateTime, start(r.EffectivePeriod), r.EffectiveInstant, r.Issued)
	case "Condition":
		// Recorded, not onset: a condition recorded after the request date
		// was not known then, whatever its onset.
		return first(r.RecordedDate, r.OnsetDateTime, start(r.OnsetPeriod))
	case "MedicationRequest":
		return r.AuthoredOn
	case "MedicationStatement", "MedicationAdministration":
		return first(r.EffectiveDateTime, start(r.EffectivePeriod), r.DateAsserted)
	case "Procedure":
		return first(r.PerformedDateTime, start(r.PerformedPeriod))
	case "DocumentReference":
		return r.Date
	case "Immunization":
		return r.OccurrenceDateTime
	case "Encounter", "CarePlan", "Coverage":
		return start(r.Period)
	case "ImagingStudy":
		return r.Started
	case "Claim", "ExplanationOfBenefit":
		return r.Created
	}
	return ""
}

// ParseTime parses a FHIR date, dateTime or instant. Partial dates
// ("2020", "2020-05") mean their first instant.
func ParseTime(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// CodeTokens lists the main code's codings as "system|code" and "code",
// the forms a token search matches.
func (r *Resource) CodeTokens() []string {
	var out []string
	if cc := r.MainCode(); cc != nil {
		for _, c := range cc.Coding {
			if c.Code != "" {
				out = append(out, c.System+"|"+c.Code, c.Code)
			}
		}
	}
	return out
}

// CodeText is the main code's displays and text, for text filters.
func (r *Resource) CodeText() string {
	var text []string
	if cc := r.MainCode(); cc != nil {
		for _, c := range cc.Coding {
			if c.Display != "" {
				text = append(text, c.Display)
			}
		}
		if cc.Text != "" {
			text = append(text, cc.Text)
		}
	}
	return strings.Join(text, " · ")
}

// CategoryCodes lists the codes of every category.
func (r *Resource) CategoryCodes() []string {
	var out []string
	for _, c := range r.Categories() {
		for _, cd := range c.Coding {
			if cd.Code != "" {
				out = append(out, cd.Code)
			}
		}
	}
	return out
}

// StatusCode is the status the store indexes: a Condition's clinical
// status code, else status.
func (r *Resource) StatusCode() string {
	if r.ClinicalStatus != nil {
		if c, ok := r.ClinicalStatus.First(""); ok {
			return c.Code
		}
	}
	return r.Status
}

// StatusParam is the search parameter for StatusCode.
func StatusParam(typ string) string {
	if typ == "Condition" {
		return "clinical-status"
	}
	return "status"
}
