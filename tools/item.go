package tools

import (
	"errors"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// NoteItemText is a note as ReadResource describes it: its listing and
// its whole text.
type NoteItemText struct {
	NoteItem
	Text string
}

// ErrNotClinical is returned by ReadResource for resource types the
// clinical tools do not list (Patient, Coverage, an Encounter other than
// an inpatient stay, …).
var ErrNotClinical = errors.New("tools: not a clinical resource the tools list")

// ReadResource describes one raw resource exactly as the clinical tools
// list it (ObservationItem, ConditionItem, MedicationItem, ProcedureItem,
// a StayItem as patient_overview lists an inpatient stay, or a
// NoteItemText with the note's text), as of the request day. A reader
// of raw resources — the verifier re-reading what a draft cites — and a
// reader of tool output then see the same fields, decoded once.
func ReadResource(r *umassist.Resource, asOf umassist.Date) (any, error) {
	m, err := parse(r)
	if err != nil {
		return nil, err
	}
	c := &clinical{scope: Scope{AsOf: asOf, Patient: r.Patient}}
	switch r.Type {
	case "Observation":
		return observationItem(r, m), nil
	case "Condition":
		return c.conditionItem(r, m), nil
	case "MedicationRequest", "MedicationStatement":
		return medicationItem(r, m), nil
	case "Procedure":
		return procedureItem(r, m), nil
	case "Encounter":
		if m.Inpatient() {
			return stayItem(r, m), nil
		}
	case "DocumentReference", "DiagnosticReport":
		nc, err := fhir.ExtractNote(m, 0)
		if err != nil && !errors.Is(err, fhir.ErrNoText) {
			return nil, err
		}
		return NoteItemText{NoteItem: NoteItem{Ref: r.Ref(), Date: instant(r.Date), Type: nc.Type, Author: nc.Author, AuthorRole: nc.AuthorRole, ContentType: nc.ContentType, Length: len(nc.Text)}, Text: nc.Text}, nil
	}
	return nil, ErrNotClinical
}
