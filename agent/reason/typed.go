package reason

import (
	"encoding/json"
	"strings"
	"time"

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
func (e *Evidence) addTyped(tool string, data json.RawMessage) bool {
	e.readings = nil
	switch tool {
	case tools.ToolSearchObservations:
		var r tools.ObservationResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, o := range r.Observations {
			e.addObservation(o)
		}
	case tools.ToolListConditions:
		var r tools.ConditionResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		e.Lists["condition"] = true
		for _, c := range r.Conditions {
			e.addCondition(c)
		}
	case tools.ToolListMedications:
		var r tools.MedicationResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		e.Lists["medication"] = true
		for _, m := range r.Medications {
			e.addMedication(m)
		}
	case tools.ToolListProcedures:
		var r tools.ProcedureResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		e.Lists["procedure"] = true
		for _, p := range r.Procedures {
			it := e.item(p.Ref, "procedure")
			it.Date = parseTime(p.Date)
			it.Codes = appendNew(it.Codes, p.Code)
			it.Display, it.Status = p.Display, p.Status
		}
	case tools.ToolListNotes:
		var r tools.NotesResult
		if json.Unmarshal(data, &r) != nil {
			return false
		}
		for _, n := range r.Notes {
			it := e.item(n.Ref, "note")
			it.Date = parseTime(n.Date)
			if it.Display == "" {
				it.Display = n.Type
			}
			it.Author = n.Author
		}
	case tools.ToolReadNote:
		var n tools.NoteText
		if json.Unmarshal(data, &n) != nil || n.Ref == "" {
			return false
		}
		it := e.item(n.Ref, "note")
		it.Date = parseTime(n.Date)
		if n.Type != "" {
			it.Display = n.Type
		}
		if n.Author != "" {
			it.Author = n.Author
		}
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
			it := e.item(h.Note, "note")
			if it.Date.IsZero() {
				it.Date = parseTime(h.Date)
			}
			if it.Display == "" {
				it.Display = h.Type
			}
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
		e.Patient.Sex = strings.ToLower(o.Sex)
		e.Patient.BirthDate = parseTime(o.BirthDate)
		for _, c := range o.ActiveConditions {
			e.addCondition(c)
		}
		for _, m := range o.ActiveMedications {
			e.addMedication(m)
		}
	default:
		return false
	}
	return true
}

// addItem adds one tools item (see tools.ReadResource).
func (e *Evidence) addItem(item any) {
	e.readings = nil
	switch x := item.(type) {
	case tools.ObservationItem:
		e.addObservation(x)
	case tools.ConditionItem:
		e.addCondition(x)
	case tools.MedicationItem:
		e.addMedication(x)
	case tools.ProcedureItem:
		it := e.item(x.Ref, "procedure")
		it.Date = parseTime(x.Date)
		it.Codes = appendNew(it.Codes, x.Code)
		it.Display, it.Status = x.Display, x.Status
	case tools.NoteItemText:
		it := e.item(x.Ref, "note")
		it.Date = parseTime(x.Date)
		it.Display, it.Author = x.Type, x.Author
		if x.Text != "" {
			it.Text, it.FullText = x.Text, true
		}
	}
}

func (e *Evidence) item(ref, kind string) *Item {
	it := e.Items[ref]
	if it == nil {
		it = &Item{Ref: ref, Kind: kind}
		e.Items[ref] = it
	}
	return it
}

func (e *Evidence) addObservation(o tools.ObservationItem) {
	it := e.item(o.Ref, "observation")
	it.Date = parseTime(o.Date)
	it.Codes = appendNew(it.Codes, o.Code)
	it.Display, it.Status, it.Unit = o.Display, o.Status, o.Unit
	if v, ok := number(o.Value); ok && o.Value != nil {
		if _, isText := o.Value.(string); !isText {
			it.Value = &v
		}
	}
	if s, ok := o.Value.(string); ok {
		it.ValueText = s
		if v, ok := number(s); ok {
			it.Value = &v
		}
	}
	it.Components = nil
	for _, c := range o.Components {
		cp := Component{Code: c.Code, Display: c.Display, Unit: c.Unit}
		if v, ok := number(c.Value); ok {
			cp.Value = &v
		}
		it.Components = append(it.Components, cp)
	}
}

func (e *Evidence) addCondition(c tools.ConditionItem) {
	it := e.item(c.Ref, "condition")
	it.Date = parseTime(c.Date)
	it.Start = parseTime(c.Onset)
	it.End = parseTime(c.Abatement)
	it.Codes = appendNew(it.Codes, c.Code)
	it.Display = c.Display
	it.Status = c.ClinicalStatus
	it.Verification = c.VerificationStatus
	it.Active = c.Active && (c.ClinicalStatus == "" || c.ClinicalStatus == "active" || c.ClinicalStatus == "recurrence" || c.ClinicalStatus == "relapse")
}

func (e *Evidence) addMedication(m tools.MedicationItem) {
	it := e.item(m.Ref, "medication")
	it.Date = parseTime(m.Date)
	it.Start = parseTime(m.StartDate)
	it.End = parseTime(m.EndDate)
	it.Codes = appendNew(it.Codes, m.RxNorm)
	it.Display, it.Status, it.Active = m.Display, m.Status, m.Active
	it.Reason = m.StatusReason
}

// Age is the patient's age in whole years on a day; -1 when unknown.
func (p PatientFacts) Age(on time.Time) int {
	if p.BirthDate.IsZero() || on.IsZero() {
		return -1
	}
	age := on.Year() - p.BirthDate.Year()
	if on.YearDay() < p.BirthDate.YearDay() {
		age--
	}
	return age
}
