package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/fhir"
)

// ---- list_conditions

// ConditionArgs filters list_conditions.
type ConditionArgs struct {
	Status string   `json:"status,omitempty" jsonschema:"enum=active,enum=resolved,enum=all" jsonschema_description:"active, resolved or all (default all)."`
	Text   string   `json:"text,omitempty" jsonschema_description:"Words in the condition's name, e.g. \"heart failure\"."`
	Codes  []string `json:"codes,omitempty" jsonschema_description:"SNOMED CT or ICD-10 codes; any matches."`
	Paging
}

func (a *ConditionArgs) validate() error {
	switch a.Status {
	case "", "active", "resolved", "all":
	default:
		return fmt.Errorf("status %q is not active, resolved or all", a.Status)
	}
	return validateList(a.Codes, a.Text, nil, a.Paging)
}

// ConditionItem is one condition.
type ConditionItem struct {
	Ref     string `json:"ref"`
	Date    string `json:"date"` // recorded
	Code    string `json:"code"`
	System  string `json:"system"`
	Display string `json:"display"`
	// ClinicalStatus is as of the request date: a condition resolved after
	// it was still active then.
	ClinicalStatus     string `json:"clinical_status"`
	VerificationStatus string `json:"verification_status,omitempty"`
	Onset              string `json:"onset,omitempty"`
	Abatement          string `json:"abatement,omitempty"`
	Active             bool   `json:"active"`
}

// ConditionResult is list_conditions' result.
type ConditionResult struct {
	Conditions []ConditionItem `json:"conditions"`
	Page
}

func (c *clinical) conditionItem(r *umassist.Resource, m *fhir.Resource) ConditionItem {
	it := ConditionItem{Ref: r.Ref(), Date: instant(r.Date), Display: m.Code.Label(), Onset: fhirInstant(m.OnsetDateTime)}
	cd, _ := m.Code.First("")
	it.Code, it.System = cd.Code, cd.System
	if cs, ok := m.ClinicalStatus.First(""); ok {
		it.ClinicalStatus = cs.Code
	}
	if vs, ok := m.VerificationStatus.First(""); ok {
		it.VerificationStatus = vs.Code
	}
	if ab, ok := fhir.ParseTime(m.AbatementDateTime); ok {
		if ab.After(c.asOf()) {
			// Resolved later: on the request date it was still active, and
			// its resolution is the future the agent must not see.
			it.ClinicalStatus = "active"
		} else {
			it.Abatement = fhirInstant(m.AbatementDateTime)
		}
	}
	switch it.ClinicalStatus {
	case "active", "recurrence", "relapse", "":
		it.Active = it.VerificationStatus != "refuted" && it.VerificationStatus != "entered-in-error"
	}
	return it
}

func (c *clinical) conditions(ctx context.Context, a ConditionArgs) (*Output, error) {
	items, p, refs, err := list(ctx, c, listing[ConditionItem]{tool: ToolListConditions, limit: a.limit(),
		query: umassist.FHIRQuery{Type: "Condition", Text: strings.TrimSpace(a.Text), Codes: a.Codes, Offset: a.Offset},
		item:  c.conditionItem, ref: func(it ConditionItem) string { return it.Ref },
		keep: func(it ConditionItem) bool {
			return !(a.Status == "active" && !it.Active) && !(a.Status == "resolved" && it.Active)
		}})
	if err != nil {
		return nil, err
	}
	return &Output{Data: ConditionResult{Conditions: items, Page: p}, Resources: refs, Truncated: p.Truncated}, nil
}

func cut[T any](all []T, offset, limit int) ([]T, Page) {
	if offset > len(all) {
		offset = len(all)
	}
	rest := all[offset:]
	trunc := len(rest) > limit
	if trunc {
		rest = rest[:limit]
	}
	out := make([]T, len(rest))
	copy(out, rest)
	return out, page(offset, len(out), trunc)
}

// ---- list_medications

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
	return it
}

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
		item: medicationItem, ref: func(it MedicationItem) string { return it.Ref }})
	if err != nil {
		return nil, err
	}
	return &Output{Data: MedicationResult{Medications: items, Page: p}, Resources: refs, Truncated: p.Truncated}, nil
}

// ---- list_procedures

// ProcedureArgs filters list_procedures.
type ProcedureArgs struct {
	Codes []string `json:"codes,omitempty" jsonschema_description:"SNOMED CT or CPT codes; any matches."`
	Text  string   `json:"text,omitempty" jsonschema_description:"Words in the procedure's name, e.g. \"echocardiography\"."`
	Range
	Paging
}

func (a *ProcedureArgs) validate() error {
	return validateList(a.Codes, a.Text, &a.Range, a.Paging)
}

// ProcedureItem is one procedure.
type ProcedureItem struct {
	Ref     string `json:"ref"`
	Date    string `json:"date"`
	Code    string `json:"code"`
	System  string `json:"system"`
	Display string `json:"display"`
	Status  string `json:"status,omitempty"`
}

// ProcedureResult is list_procedures' result.
type ProcedureResult struct {
	Procedures []ProcedureItem `json:"procedures"`
	Page
}

func (c *clinical) procedures(ctx context.Context, a ProcedureArgs) (*Output, error) {
	from, to := c.bounds(a.Range)
	q := umassist.FHIRQuery{Type: "Procedure", Codes: a.Codes, Text: strings.TrimSpace(a.Text), From: from, To: to, Offset: a.Offset}
	items, p, refs, err := list(ctx, c, listing[ProcedureItem]{tool: ToolListProcedures, query: q, limit: a.limit(),
		item: procedureItem, ref: func(it ProcedureItem) string { return it.Ref }})
	if err != nil {
		return nil, err
	}
	return &Output{Data: ProcedureResult{Procedures: items, Page: p}, Resources: refs, Truncated: p.Truncated}, nil
}

// procedureItem is one procedure as list_procedures shows it.
func procedureItem(r *umassist.Resource, m *fhir.Resource) ProcedureItem {
	cd, _ := m.Code.First("")
	return ProcedureItem{Ref: r.Ref(), Date: instant(r.Date), Code: cd.Code, System: cd.System, Display: m.Code.Label(), Status: m.Status}
}
