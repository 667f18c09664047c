package scan

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres"
)

// CaseOpener stores a case with its records and queues its draft
// (postgres.CaseStore).
type CaseOpener interface {
	Create(ctx context.Context, in postgres.CreateCase) (*umassist.Case, bool, error)
}

var _ CaseOpener = (*postgres.CaseStore)(nil)

// NewPatient is the patient choice that makes a new Patient record from
// the confirmed fields.
const NewPatient = "new"

// Confirmation is a nurse's confirmation of a packet.
type Confirmation struct {
	PacketID string
	Values   map[FieldName]string // every field as confirmed
	// Patient is NewPatient or the reference of a stored patient born on
	// the confirmed date of birth (one PatientsBornOn offers).
	Patient string
	Actor   umassist.Actor
}

// ReadPackets is what confirming a read packet needs (postgres.IntakeStore).
type ReadPackets interface {
	Get(ctx context.Context, id string) (*umassist.IntakePacket, error)
	Read(ctx context.Context, id string) ([]postgres.IntakePage, json.RawMessage, error)
	PagePDFs(ctx context.Context, id string) (map[int][]byte, error)
	PatientsBornOn(ctx context.Context, ns, birthDate string) ([]postgres.PatientMatch, error)
}

var _ ReadPackets = (*postgres.IntakeStore)(nil)

// ConfirmPacket opens a case from a packet as a nurse confirmed it: the
// fields are checked (Confirm), the patient is one born that day or a new
// record, the pages become DocumentReferences, and the case, its records,
// its job, the packet's new status and the nurse's corrections are written
// in one transaction. Nothing is written when anything is refused.
func ConfirmPacket(ctx context.Context, store ReadPackets, cases CaseOpener, codes *CodeList, in Confirmation) (*umassist.Case, error) {
	p, err := store.Get(ctx, in.PacketID)
	if err != nil {
		return nil, err
	}
	if p.Status != umassist.IntakeNeedsReview {
		return nil, umassist.Errorf(umassist.ECONFLICT, "packet %s is %s, not waiting for review", p.ID, p.Status)
	}
	conf, err := Confirm(in.Values, codes)
	if err != nil {
		return nil, err
	}
	pages, xj, err := store.Read(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	var read Extraction
	if err := json.Unmarshal(xj, &read); err != nil {
		return nil, fmt.Errorf("scan: stored extraction: %w", err)
	}
	var corrections []postgres.Correction
	for _, n := range FieldNames {
		if r, c := read.Get(n).Value, strings.TrimSpace(in.Values[n]); r != c {
			corrections = append(corrections, postgres.Correction{Field: string(n), Read: r, Confirmed: c})
		}
	}
	var patient string
	var member *Member
	switch {
	case in.Patient == NewPatient:
		m := conf.Member
		member = &m
		patient = "Patient/scan-" + strings.ReplaceAll(p.ID, "_", "-")
	case strings.HasPrefix(in.Patient, "Patient/"):
		ms, err := store.PatientsBornOn(ctx, p.Namespace, conf.Member.BirthDate)
		if err != nil {
			return nil, err
		}
		if !slices.ContainsFunc(ms, func(m postgres.PatientMatch) bool { return m.Ref == in.Patient }) {
			return nil, umassist.Errorf(umassist.EINVALID, "the patient chosen is not born on %s: choose one of those listed, or a new record", conf.Member.BirthDate)
		}
		patient = in.Patient
	default:
		return nil, umassist.Errorf(umassist.EINVALID, "choose the patient: one of those listed, or a new record")
	}
	scanned := make([]Page, len(pages))
	for i, pg := range pages {
		scanned[i] = Page{Number: pg.Number, Kind: Kind(pg.Kind), Text: pg.Text}
	}
	pdfs, err := store.PagePDFs(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	raws, err := Records(RecordsInput{PacketID: p.ID, Patient: patient, New: member, Docs: Documents(scanned), PDFs: pdfs,
		RequestDate: conf.Request.Date.String()})
	if err != nil {
		return nil, err
	}
	parsed := make([]*fhir.Parsed, 0, len(raws))
	for _, raw := range raws {
		pr, err := fhir.Decode(raw, "", fhir.ParseOptions{})
		if err == nil {
			err = pr.Err
		}
		if err != nil {
			return nil, fmt.Errorf("scan: records: %w", err)
		}
		parsed = append(parsed, pr)
	}
	w, err := fhirstore.IntakeOf(p.Namespace, patient, parsed)
	if err != nil {
		return nil, err
	}
	confirmed, err := json.Marshal(in.Values)
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	caseID := postgres.NewCaseID()
	rec := &postgres.Confirmation{PacketID: p.ID, CaseID: caseID, Patient: patient, Confirmed: confirmed,
		Corrections: corrections, Actor: in.Actor, Records: w}
	// The clock starts when the fax arrived, not when it was confirmed.
	cs, created, err := cases.Create(ctx, postgres.CreateCase{ID: caseID, Namespace: p.Namespace, Patient: patient,
		Request: conf.Request, IdempotencyKey: "intake:" + p.ID, Actor: in.Actor, ReceivedAt: p.ReceivedAt, Records: rec, Client: p.Client})
	if err != nil {
		return nil, err
	}
	if !created {
		return nil, umassist.Errorf(umassist.ECONFLICT, "packet %s was confirmed a moment ago: case %s", p.ID, cs.ID)
	}
	return cs, nil
}

// Values are the extraction's fields as values, the starting point of a
// confirmation.
func (x Extraction) Values() map[FieldName]string {
	v := map[FieldName]string{}
	for _, n := range FieldNames {
		v[n] = x.Get(n).Value
	}
	return v
}
