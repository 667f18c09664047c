package reason

import (
	"encoding/json"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/tools"
)

// TypedTool reports whether a tool's results are read as typed evidence.
func TypedTool(tool string) bool {
	switch tool {
	case tools.ToolSearchObservations, tools.ToolListConditions, tools.ToolListMedications, tools.ToolListProcedures,
		tools.ToolListNotes, tools.ToolReadNote, tools.ToolSearchNotes, tools.ToolPatientOverview:
		return true
	}
	return false
}

// addTyped decodes the clinical tools' results into evidence; false when
// the tool is not one of them or its output does not decode.
func addTyped(e *criteria.Evidence, tool string, data json.RawMessage) bool {
	defer e.Invalidate()
	switch tool {
	case tools.ToolSearchObservations:
		var r tools.ObservationResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, o := range r.Observations {
			addObservation(e, o)
		}
	case tools.ToolListConditions:
		var r tools.ConditionResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, c := range r.Conditions {
			addCondition(e, c)
		}
	case tools.ToolListMedications:
		var r tools.MedicationResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, m := range r.Medications {
			addMedication(e, m)
		}
	case tools.ToolListProcedures:
		var r tools.ProcedureResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, p := range r.Procedures {
			addProcedure(e, p)
		}
	case tools.ToolListNotes:
		var r tools.NotesResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, n := range r.Notes {
			it := e.Item(n.Ref, criteria.KindNote)
			it.Date = criteria.ParseTime(n.Date)
			if it.Display == "" {
				it.Display = n.Type
			}
			it.Author = n.Author
			setRole(it, n.AuthorRole)
		}
	case tools.ToolReadNote:
		var n tools.NoteText
		if json.Unmarshal(data, &n) != nil || n.Ref == "" {
			return false
		}
		it := e.Item(n.Ref, criteria.KindNote)
		it.Date = criteria.ParseTime(n.Date)
		if n.Type != "" {
			it.Display = n.Type
		}
		if n.Author != "" {
			it.Author = n.Author
		}
		setRole(it, n.AuthorRole)
		switch {
		case n.Offset == 0 || !it.FullText:
			it.Text = n.UntrustedText
		default:
			it.Text += n.UntrustedText
		}
		it.FullText = true
	case tools.ToolSearchNotes:
		var r tools.SearchNotesResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, h := range r.Hits {
			it := e.Item(h.Note, criteria.KindNote)
			if it.Date.IsZero() {
				it.Date = criteria.ParseTime(h.Date)
			}
			if it.Display == "" {
				it.Display = h.Type
			}
			setRole(it, h.AuthorRole)
			if !it.FullText && h.UntrustedSnippet != "" && !strings.Contains(it.Text, h.UntrustedSnippet) {
				if it.Text != "" {
					it.Text += "\n…\n"
				}
				it.Text += h.UntrustedSnippet
			}
		}
	case tools.ToolPatientOverview:
		var o tools.Overview
		if json.Unmarshal(data, &o) != nil {
			return false
		}
		e.Patient.Ref = o.Patient
		e.Patient.Sex = strings.ToLower(o.Sex)
		e.Patient.BirthDate = criteria.ParseTime(o.BirthDate)
		for _, c := range o.ActiveConditions {
			addCondition(e, c)
		}
		for _, m := range o.ActiveMedications {
			addMedication(e, m)
		}
		for _, st := range o.InpatientStays {
			addStay(e, st)
		}
	default:
		return false
	}
	return true
}

// addItem adds one tools item (see tools.ReadResource).
func addItem(e *criteria.Evidence, item any) {
	switch x := item.(type) {
	case tools.ObservationItem:
		addObservation(e, x)
	case tools.ConditionItem:
		addCondition(e, x)
	case tools.MedicationItem:
		addMedication(e, x)
	case tools.ProcedureItem:
		addProcedure(e, x)
	case tools.StayItem:
		addStay(e, x)
	case tools.NoteItemText:
		it := e.Item(x.Ref, criteria.KindNote)
		it.Date = criteria.ParseTime(x.Date)
		it.Display, it.Author = x.Type, x.Author
		setRole(it, x.AuthorRole)
		if x.Text != "" {
			it.Text, it.FullText = x.Text, true
		}
	}
}

// addStay adds an inpatient stay: admission and discharge.
func addStay(e *criteria.Evidence, st tools.StayItem) {
	it := e.Item(st.Ref, criteria.KindStay)
	it.Start, it.Date = criteria.ParseTime(st.Start), criteria.ParseTime(st.Start)
	it.End = criteria.ParseTime(st.End)
	it.Display = st.Type
}

func addObservation(e *criteria.Evidence, o tools.ObservationItem) {
	it := e.Item(o.Ref, criteria.KindObservation)
	it.Date = criteria.ParseTime(o.Date)
	it.Codes = criteria.AppendNew(it.Codes, o.Code)
	it.Display, it.Status, it.Unit, it.Comparator = o.Display, o.Status, o.Unit, o.Comparator
	it.Method = strings.TrimSpace(o.Method + " " + o.UntrustedNote)
	setRole(it, o.AuthorRole)
	if o.Performer != "" {
		// Who ran the test; a re-read that does not name it keeps it.
		it.Author = o.Performer
	}
	if v, ok := criteria.Number(o.Value); ok && o.Value != nil {
		if _, isText := o.Value.(string); !isText {
			it.Value = &v
		}
	}
	it.High = nil
	if o.High != nil {
		if v, ok := criteria.Number(*o.High); ok {
			it.High = &v
		}
	}
	if s, ok := o.Value.(string); ok {
		it.ValueText = s
		if v, ok := criteria.Number(s); ok {
			it.Value = &v
		}
	}
	it.Components = nil
	for _, c := range o.Components {
		cp := criteria.Component{Code: c.Code, Display: c.Display, Unit: c.Unit}
		if v, ok := criteria.Number(c.Value); ok {
			cp.Value = &v
		}
		it.Components = append(it.Components, cp)
	}
}

func addCondition(e *criteria.Evidence, c tools.ConditionItem) {
	it := e.Item(c.Ref, criteria.KindCondition)
	it.Date = criteria.ParseTime(c.Date)
	it.Start = criteria.ParseTime(c.Onset)
	it.End = criteria.ParseTime(c.Abatement)
	it.Codes = criteria.AppendNew(it.Codes, c.Code)
	it.Display = c.Display
	it.Status = c.ClinicalStatus
	it.Verification = c.VerificationStatus
	it.Active = c.Active && (c.ClinicalStatus == "" || c.ClinicalStatus == "active" || c.ClinicalStatus == "recurrence" || c.ClinicalStatus == "relapse")
}

func addProcedure(e *criteria.Evidence, p tools.ProcedureItem) {
	it := e.Item(p.Ref, criteria.KindProcedure)
	it.Date = criteria.ParseTime(p.Date)
	it.End = criteria.ParseTime(p.EndDate)
	it.Codes = criteria.AppendNew(it.Codes, p.Code)
	it.Display, it.Status, it.DateText = p.Display, p.Status, p.DateText
}

func addMedication(e *criteria.Evidence, m tools.MedicationItem) {
	it := e.Item(m.Ref, criteria.KindMedication)
	it.Date = criteria.ParseTime(m.Date)
	it.Start = criteria.ParseTime(m.StartDate)
	it.End = criteria.ParseTime(m.EndDate)
	it.Codes = criteria.AppendNew(it.Codes, m.RxNorm)
	it.Display, it.Status, it.Active = m.Display, m.Status, m.Active
	it.Reason, it.Indication, it.StartUnknown = m.StatusReason, m.Reason, m.StartUnknown
	if m.Dose != nil {
		d := *m.Dose
		it.Dose = &d
	} else if d, ok := criteria.ReadDose(m.Dosage, m.Display); ok {
		it.Dose = &d
	}
}

// AddToolOutput reads one tool's JSON output into the evidence: the
// clinical tools' own result types, decoded as typed values; anything else
// (FHIR resources a model quoted) is read by its shape.
func AddToolOutput(e *criteria.Evidence, tool string, data json.RawMessage) {
	if addTyped(e, tool, data) {
		return
	}
	e.AddJSON(data)
}

// AddResource reads a raw FHIR resource through the tools' own mapping
// (tools.ReadResource), so a re-read resource carries the same fields as
// the tool output; asOf is the request day.
func AddResource(e *criteria.Evidence, r *umassist.Resource, asOf umassist.Date) {
	item, err := tools.ReadResource(r, asOf)
	if err != nil {
		return
	}
	addItem(e, item)
	e.Invalidate()
}

// setRole records who wrote a note; a role once known is never cleared by
// a listing that does not carry it.
func setRole(it *criteria.Item, r umassist.AuthorRole) {
	if r != umassist.AuthorUnknown {
		it.AuthorRole = r
	}
}
