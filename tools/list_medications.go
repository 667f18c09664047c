package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/fhir"
)

// activeMedStatus are the order statuses of a therapy in progress.
var activeMedStatus = []string{"active", "on-hold"}

// MedicationArgs filters list_medications.
type MedicationArgs struct {
	Status string   `json:"status,omitempty" jsonschema:"enum=active,enum=all" jsonschema_description:"active or all (default all)."`
	Text   string   `json:"text,omitempty" jsonschema_description:"Words in the drug name, e.g. \"metoprolol\" or \"lisinopril\"."`
	Codes  []string `json:"codes,omitempty" jsonschema_description:"RxNorm codes; any matches."`
	Range
	Paging
}

func (a *MedicationArgs) validate() error {
	switch a.Status {
	case "", "active", "all":
	default:
		return fmt.Errorf("status %q is not active or all", a.Status)
	}
	return validateList(a.Codes, a.Text, &a.Range, a.Paging)
}

// MedicationItem is one medication order.
type MedicationItem struct {
	Ref       string `json:"ref"`
	Date      string `json:"date"`       // authored
	StartDate string `json:"start_date"` // when the therapy started
	// EndDate is when the therapy stopped or is to stop, where known.
	EndDate string `json:"end_date,omitempty"`
	// StatusReason says why it was stopped ("changed to sacubitril/valsartan").
	StatusReason string `json:"status_reason,omitempty"`
	Status       string `json:"status"`
	Active       bool   `json:"active"`
	RxNorm       string `json:"rxnorm_code,omitempty"`
	Display      string `json:"display"` // "lisinopril 10 MG Oral Tablet"
	Dosage       string `json:"dosage,omitempty"`
	// Dose is the dose and frequency the order gives, from its coded
	// dosage or its sig (a quantity limit is checked against it).
	Dose   *criteria.Dose `json:"dose,omitempty"`
	Reason string         `json:"reason,omitempty"`
	// StartUnknown says the record gives no start for the therapy:
	// start_date is when it was listed or ordered, and it began then or
	// before (a patient's medication list, a refill of an outside
	// prescription).
	StartUnknown bool `json:"start_unknown,omitempty"`
}

// MedicationResult is list_medications' result.
type MedicationResult struct {
	Medications []MedicationItem `json:"medications"`
	Page
}

func medicationItem(r *umassist.Resource, m *fhir.Resource) MedicationItem {
	it := MedicationItem{Ref: r.Ref(), Date: instant(r.Date), StartDate: instant(r.Date), Status: m.Status}
	if m.EffectivePeriod != nil && m.EffectivePeriod.Start != "" {
		it.StartDate = fhirInstant(m.EffectivePeriod.Start)
	}
	if m.EffectivePeriod != nil && m.EffectivePeriod.End != "" {
		it.EndDate = fhirInstant(m.EffectivePeriod.End)
	}
	if dr := m.DispenseRequest; dr != nil && dr.ValidityPeriod != nil {
		if dr.ValidityPeriod.Start != "" && m.EffectivePeriod == nil {
			it.StartDate = fhirInstant(dr.ValidityPeriod.Start)
		}
		if dr.ValidityPeriod.End != "" && it.EndDate == "" {
			it.EndDate = fhirInstant(dr.ValidityPeriod.End)
		}
	}
	if m.StatusReason != nil {
		it.StatusReason = m.StatusReason.Label()
	}
	cc := m.MedicationCodeableConcept
	if cc != nil {
		it.Display = cc.Label()
		if cd, ok := cc.First(umassist.SystemRxNorm); ok {
			it.RxNorm = cd.Code
		}
	} else if m.MedicationReference != nil {
		it.Display = m.MedicationReference.Display
	}
	for _, d := range append(m.DosageInstruction, m.Dosage...) {
		if d.Text != "" {
			it.Dosage = d.Text
			break
		}
	}
	it.Dose = orderDose(append(m.DosageInstruction, m.Dosage...), it.Display)
	for _, rr := range m.ReasonReference {
		if rr.Display != "" {
			it.Reason = rr.Display
			break
		}
	}
	if it.Reason == "" && len(m.ReasonCode) > 0 {
		it.Reason = m.ReasonCode[0].Label()
	}
	it.Active = it.Status == "active" || it.Status == "on-hold"
	explicit := m.EffectiveDateTime != "" || m.EffectivePeriod != nil && m.EffectivePeriod.Start != ""
	it.StartUnknown = r.Type == "MedicationStatement" && !explicit
	for _, n := range m.Note {
		if continuedRE.MatchString(n.Text) {
			it.StartUnknown = true
		}
	}
	return it
}

// continuedRE finds an order's note saying the therapy did not start with
// it.
var continuedRE = regexp.MustCompile(`(?i)\b(?:refill|renewal|continuation of|continued from|not a new start|start date unknown|started elsewhere)\b`)

// orderDose is the order's dose: of its dosage instructions (a titration
// lists one per step), the one that gives the most a day, each read from
// its coded amount and timing, else its text.
func orderDose(ds []fhir.Dosage, product string) *criteria.Dose {
	var best *criteria.Dose
	bestPerDay := -1.0
	for _, d := range ds {
		dose, ok := codedDose(d, product)
		if !ok {
			dose, ok = criteria.ReadDose(d.Text, product)
		}
		if !ok {
			continue
		}
		perDay, ok := dose.Over(1, "mg")
		if !ok {
			continue
		}
		if perDay > bestPerDay {
			bestPerDay, best = perDay, &dose
		}
	}
	return best
}

// codedDose reads a dosage's coded amount and timing.
func codedDose(d fhir.Dosage, product string) (criteria.Dose, bool) {
	t := d.Timing
	if t == nil || t.Repeat == nil || t.Repeat.Period == nil || len(d.DoseAndRate) == 0 || d.DoseAndRate[0].DoseQuantity == nil {
		return criteria.Dose{}, false
	}
	q := d.DoseAndRate[0].DoseQuantity
	amount, err1 := numberOf(q.Value)
	period, err2 := t.Repeat.Period.Float64()
	if err1 != nil || err2 != nil {
		return criteria.Dose{}, false
	}
	return criteria.StructuredDose(amount, q.UnitLabel(), t.Repeat.Frequency, period, t.Repeat.PeriodUnit, product)
}

func numberOf(n *json.Number) (float64, error) {
	if n == nil {
		return 0, errors.New("no value")
	}
	return n.Float64()
}

func (c *clinical) medications(ctx context.Context, a MedicationArgs) (*Output, error) {
	from, to := c.bounds(a.Range)
	q := umassist.FHIRQuery{Type: "MedicationRequest", Text: strings.TrimSpace(a.Text), Codes: a.Codes, From: from, To: to, Offset: a.Offset}
	if a.Status == "active" {
		q.Status = activeMedStatus
	}
	items, p, refs, err := list(ctx, c, listing[MedicationItem]{tool: ToolListMedications, query: q, limit: a.limit(),
		item: medicationItem, ref: func(it MedicationItem) string { return it.Ref }, also: []string{"MedicationStatement"}})
	if err != nil {
		return nil, err
	}
	return &Output{Data: MedicationResult{Medications: items, Page: p}, Resources: refs, Truncated: p.Truncated}, nil
}
