package tools

import (
	"context"
	"fmt"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// OverviewArgs takes nothing: the patient is the case's.
type OverviewArgs struct{}

// Overview is patient_overview's result.
type Overview struct {
	Patient           string           `json:"patient"`
	AsOf              string           `json:"as_of"`
	Sex               string           `json:"sex"`
	BirthDate         string           `json:"birth_date,omitempty"`
	Age               *int             `json:"age,omitempty"`
	Deceased          bool             `json:"deceased,omitempty"`
	ActiveConditions  []ConditionItem  `json:"active_conditions"`
	ActiveMedications []MedicationItem `json:"active_medications"`
	Coverage          []CoverageItem   `json:"coverage"`
	// InpatientStays are the hospital stays begun in the year before
	// as_of, newest first: a policy may time a qualifying test by the
	// discharge (home oxygen: within 2 days of it).
	InpatientStays []StayItem `json:"inpatient_stays"`
	// Truncated is set when a list was cut at 50 items.
	Truncated bool `json:"truncated"`
	// Unreadable lists the records found but not readable.
	Unreadable []string `json:"unreadable,omitempty"`
}

// CoverageItem is one insurance coverage.
type CoverageItem struct {
	Ref    string `json:"ref"`
	Status string `json:"status,omitempty"`
	Type   string `json:"type,omitempty"`
	Payer  string `json:"payer,omitempty"`
	Start  string `json:"start,omitempty"`
	End    string `json:"end,omitempty"`
}

// StayItem is one inpatient stay (an Encounter of class inpatient).
type StayItem struct {
	Ref   string `json:"ref"`
	Start string `json:"start"`
	// End is the discharge; empty while the patient is still in.
	End    string `json:"end,omitempty"`
	Type   string `json:"type,omitempty"`
	Reason string `json:"reason,omitempty"`
}

// stayItem is an inpatient Encounter as patient_overview shows it.
func stayItem(r *umassist.Resource, m *fhir.Resource) StayItem {
	it := StayItem{Ref: r.Ref(), Type: m.TypeConcept().Label()}
	if m.Period != nil {
		it.Start, it.End = fhirInstant(m.Period.Start), fhirInstant(m.Period.End)
	}
	if len(m.ReasonCode) > 0 {
		it.Reason = m.ReasonCode[0].Label()
	}
	return it
}

func (c *clinical) overview(ctx context.Context, _ OverviewArgs) (*Output, error) {
	if err := c.checkScope(); err != nil {
		return nil, err
	}
	pr, err := c.src.Read(ctx, c.scope.Patient)
	if err != nil {
		_ = c.record(ctx, ToolPatientOverview, []string{c.scope.Patient}, "failure", map[string]any{"error": umassist.ErrorCode(err)})
		return nil, fmt.Errorf("tools: patient_overview: %w", err)
	}
	p, err := parse(pr)
	if err != nil {
		return nil, err
	}
	asOf := c.asOf()
	ov := &Overview{Patient: c.scope.Patient, AsOf: asOf.Format(umassist.DateLayout), Sex: p.Gender, BirthDate: p.BirthDate,
		ActiveConditions: []ConditionItem{}, ActiveMedications: []MedicationItem{}, Coverage: []CoverageItem{}, InpatientStays: []StayItem{}}
	if bd, ok := fhir.ParseTime(p.BirthDate); ok {
		age := asOf.Year() - bd.Year()
		if asOf.YearDay() < bd.YearDay() {
			age--
		}
		ov.Age = &age
	}
	if d, ok := fhir.ParseTime(p.DeceasedDateTime); ok && !d.After(asOf) {
		ov.Deceased = true
	} else if p.DeceasedBoolean != nil && *p.DeceasedBoolean {
		ov.Deceased = true
	}
	refs := []string{c.scope.Patient}

	conds, ctrunc, err := c.search(ctx, umassist.FHIRQuery{Type: "Condition"}, 500)
	if err != nil {
		return nil, err
	}
	dconds, bad := decodeAll(conds)
	for _, d := range dconds {
		if it := c.conditionItem(d.r, d.m); it.Active {
			if len(ov.ActiveConditions) == maxOverview {
				ov.Truncated = true
				break
			}
			ov.ActiveConditions = append(ov.ActiveConditions, it)
			refs = append(refs, it.Ref)
		}
	}
	meds, mtrunc, err := c.search(ctx, umassist.FHIRQuery{Type: "MedicationRequest", Status: activeMedStatus}, maxOverview)
	if err != nil {
		return nil, err
	}
	// What the patient is recorded as taking counts as much as what was
	// ordered here (list_medications lists both).
	stmts, strunc, err := c.search(ctx, umassist.FHIRQuery{Type: "MedicationStatement", Status: activeMedStatus}, maxOverview)
	if err != nil {
		return nil, err
	}
	mtrunc = mtrunc || strunc
	dmeds, badMeds := decodeAll(append(meds, stmts...))
	for _, d := range dmeds {
		if it := medicationItem(d.r, d.m); it.Active {
			if len(ov.ActiveMedications) == maxOverview {
				ov.Truncated = true
				break
			}
			ov.ActiveMedications = append(ov.ActiveMedications, it)
			refs = append(refs, it.Ref)
		}
	}
	covs, vtrunc, err := c.search(ctx, umassist.FHIRQuery{Type: "Coverage"}, maxOverview)
	if err != nil {
		return nil, err
	}
	dcovs, badCovs := decodeAll(covs)
	for _, d := range dcovs {
		r, m := d.r, d.m
		it := CoverageItem{Ref: r.Ref(), Status: m.Status, Type: m.TypeConcept().Label()}
		for _, p := range m.Payor {
			if p.Display != "" {
				it.Payer = p.Display
				break
			}
			it.Payer = p.Reference
		}
		if m.Period != nil {
			it.Start, it.End = fhirInstant(m.Period.Start), fhirInstant(m.Period.End)
		}
		ov.Coverage = append(ov.Coverage, it)
		refs = append(refs, it.Ref)
	}
	encs, etrunc, err := c.search(ctx, umassist.FHIRQuery{Type: "Encounter", From: asOf.AddDate(-1, 0, 0), To: asOf}, 500)
	if err != nil {
		return nil, err
	}
	dencs, badEncs := decodeAll(encs)
	for _, d := range dencs {
		if !d.m.Inpatient() {
			continue
		}
		if len(ov.InpatientStays) == maxOverview {
			ov.Truncated = true
			break
		}
		it := stayItem(d.r, d.m)
		ov.InpatientStays = append(ov.InpatientStays, it)
		refs = append(refs, it.Ref)
	}
	ov.Truncated = ov.Truncated || ctrunc || mtrunc || vtrunc || etrunc
	ov.Unreadable = append(append(append(bad, badMeds...), badCovs...), badEncs...)
	if err := c.record(ctx, ToolPatientOverview, refs, "", unreadableDetail(ov.Unreadable)); err != nil {
		return nil, err
	}
	return &Output{Data: ov, Resources: refs, Truncated: ov.Truncated}, nil
}
