package fhirstore

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// IntakeBundle is one patient's bundle, read and checked, not yet written:
// intake writes it in the case's own transaction (WriteTx), so a refused
// request writes nothing.
type IntakeBundle struct {
	Patient string // "Patient/123"
	ns      string
	parsed  []*fhir.Parsed
}

// ReadIntakeBundle reads the bundle at path for intake: one Patient, and
// every other resource either that patient's or of a shared type
// (Practitioner, PractitionerRole, Organization, Location, Medication). A
// resource that is invalid, names no patient, or names another one refuses
// the whole bundle with an EINVALID error naming it. Nothing is written.
func ReadIntakeBundle(ctx context.Context, ns, path string, opts fhir.ParseOptions) (*IntakeBundle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("fhir: intake: %w", err)
	}
	patient, err := fhir.BundlePatient(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	b := &IntakeBundle{Patient: patient, ns: ns}
	var refused error
	err = fhir.ReadFile(ctx, path, opts, nil, func(p *fhir.Parsed) error {
		if p.Err != nil {
			refused = umassist.Errorf(umassist.EINVALID, "bundle: %s (%s): %v", p.Ref, p.Loc, p.Err)
		} else if err := fhir.OnePatient(patient, p.Res); err != nil {
			refused = umassist.Errorf(umassist.EINVALID, "bundle: %v", err)
		}
		if refused != nil {
			return refused
		}
		b.parsed = append(b.parsed, p)
		return nil
	})
	if refused != nil {
		return nil, refused
	}
	if err != nil {
		return nil, fmt.Errorf("fhir: intake: %w", err)
	}
	return b, nil
}

// IntakeOf is records already read (a CDS Hooks prefetch, a PAS bundle)
// held to the same rule as an intake bundle: every resource is patient's
// or of a shared type. Nothing is written until WriteTx.
func IntakeOf(ns, patient string, records []*fhir.Parsed) (*IntakeBundle, error) {
	b := &IntakeBundle{Patient: patient, ns: ns}
	for _, p := range records {
		if p == nil || p.Res == nil {
			continue
		}
		if err := fhir.OnePatient(patient, p.Res); err != nil {
			return nil, umassist.Errorf(umassist.EINVALID, "records: %v", err)
		}
		b.parsed = append(b.parsed, p)
	}
	return b, nil
}

// ownersSQL locks the stored resources a bundle would replace and says
// whose they are.
const ownersSQL = `
SELECT f.type, f.id, coalesce(f.patient, '')
FROM fhir_resources f JOIN unnest($2::text[], $3::text[]) AS u(type, id) ON f.type = u.type AND f.id = u.id
WHERE f.namespace = $1
FOR UPDATE OF f`

// WriteTx writes the bundle in tx and returns the references written. A
// resource already stored for another patient refuses the whole bundle
// (ECONFLICT): intake never overwrites someone else's record, and a
// shared resource is never turned into a patient's.
func (b *IntakeBundle) WriteTx(ctx context.Context, tx pgx.Tx) ([]string, error) {
	types, ids := make([]string, len(b.parsed)), make([]string, len(b.parsed))
	want := map[string]string{}
	for i, p := range b.parsed {
		types[i], ids[i] = p.Res.Type, p.Res.ID
		want[p.Res.Ref()] = p.Res.Patient
	}
	rows, err := tx.Query(ctx, ownersSQL, b.ns, types, ids)
	if err != nil {
		return nil, fmt.Errorf("fhir: intake: %w", err)
	}
	var typ, id, owner string
	_, err = pgx.ForEachRow(rows, []any{&typ, &id, &owner}, func() error {
		ref := typ + "/" + id
		if owner != want[ref] {
			whose := "another patient"
			if owner == "" {
				whose = "no patient (a shared record)"
			}
			return umassist.Errorf(umassist.ECONFLICT, "bundle: %s is already stored for %s; intake does not overwrite it", ref, whose)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := writeRows(ctx, tx, b.ns, b.parsed, intakeUpsertSQL); err != nil {
		return nil, fmt.Errorf("fhir: intake: %w", err)
	}
	// A concurrent request may have stored one of these ids for another
	// patient after the check above: the guarded write left it alone, and
	// the whole request is refused.
	pats := make([]string, len(b.parsed))
	for i, p := range b.parsed {
		pats[i] = p.Res.Patient
	}
	err = tx.QueryRow(ctx, intakeOwnersSQL, b.ns, types, ids, pats).Scan(&typ, &id)
	if err == nil {
		return nil, umassist.Errorf(umassist.ECONFLICT, "bundle: %s/%s is already stored for another patient; intake does not overwrite it", typ, id)
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("fhir: intake: %w", err)
	}
	refs := make([]string, len(b.parsed))
	for i, p := range b.parsed {
		refs[i] = p.Res.Ref()
	}
	if err := nameAuthors(ctx, tx, b.ns, nil, refs); err != nil {
		return nil, fmt.Errorf("fhir: intake: %w", err)
	}
	return refs, nil
}
