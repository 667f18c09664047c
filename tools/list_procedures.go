package tools

import (
	"context"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

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
	// EndDate is when a procedure done over a period ended (a course of
	// hyperbaric sessions); date is when it began.
	EndDate string `json:"end_date,omitempty"`
	// DateText is the record's words for when it was done, when it gives
	// no date ("winter 2025-2026, per patient").
	DateText string `json:"date_text,omitempty"`
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
	it := ProcedureItem{Ref: r.Ref(), Date: instant(r.Date), Code: cd.Code, System: cd.System, Display: m.Code.Label(), Status: m.Status}
	if m.PerformedPeriod != nil && m.PerformedPeriod.End != "" {
		it.EndDate = fhirInstant(m.PerformedPeriod.End)
	}
	if it.Date == "" {
		it.DateText = m.PerformedString
	}
	return it
}
