package tools

import (
	"context"
	"fmt"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

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
