package postgres_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

type fakePacketQueue struct{ ids []string }

func (q *fakePacketQueue) EnqueueIntakeReadTx(_ context.Context, _ pgx.Tx, id string) error {
	q.ids = append(q.ids, id)
	return nil
}

// A packet goes received → reading → needs_review → confirmed, each step
// refused out of order; the same file twice is one packet; confirming
// writes the case and marks the packet in one transaction, once.
func TestIntakePacketLifecycle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	q := &fakePacketQueue{}
	store := postgres.NewIntakeStore(pool, q)
	nurse := umassist.Actor{ID: "nurse-1", Role: umassist.RoleNurse}
	file := []byte("II*\x00 a fax")
	p, created, err := store.Create(ctx, postgres.NewPacket{Filename: "fax.tif", Format: "tiff", Pages: 2, File: file, Actor: nurse})
	require.NoError(t, err)
	require.True(t, created)
	require.Equal(t, []string{p.ID}, q.ids, "the read is queued with the packet")
	again, created, err := store.Create(ctx, postgres.NewPacket{Filename: "same.tif", Format: "tiff", Pages: 2, File: file, Actor: nurse})
	require.NoError(t, err)
	require.False(t, created)
	require.Equal(t, p.ID, again.ID, "the same fax twice is one packet")

	err = store.SaveRead(ctx, p.ID, nil, json.RawMessage(`{}`))
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err), "saved before it was read")
	got, err := store.StartReading(ctx, p.ID)
	require.NoError(t, err)
	require.Equal(t, file, got)
	require.NoError(t, store.Progress(ctx, p.ID, 1))
	pages := []postgres.IntakePage{
		{Number: 1, Kind: "pa_form", Width: 10, Height: 20, Confidence: 91, Text: "form", Words: json.RawMessage(`[]`), PNG: []byte("png1"), PDF: []byte("pdf1")},
		{Number: 2, Kind: "progress_note", Width: 10, Height: 20, Confidence: 88, Text: "note", Words: json.RawMessage(`[]`), PNG: []byte("png2"), PDF: []byte("pdf2")},
	}
	require.NoError(t, store.SaveRead(ctx, p.ID, pages, json.RawMessage(`{"fields":[{"name":"member_name","value":"Jane Doe"}]}`)))
	_, err = store.StartReading(ctx, p.ID)
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err), "a packet read once is not read again")
	p, err = store.Get(ctx, p.ID)
	require.NoError(t, err)
	require.Equal(t, umassist.IntakeNeedsReview, p.Status)
	require.Equal(t, 2, p.PagesDone)
	read, x, err := store.Read(ctx, p.ID)
	require.NoError(t, err)
	require.Len(t, read, 2)
	require.JSONEq(t, `{"fields":[{"name":"member_name","value":"Jane Doe"}]}`, string(x))
	img, err := store.PageFile(ctx, p.ID, 2, false)
	require.NoError(t, err)
	require.Equal(t, "png2", string(img))
	_, err = store.PageFile(ctx, p.ID, 3, false)
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err))

	cases := postgres.NewCaseStore(pool, nil)
	req := umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemHCPCS, Code: "E0601"}, Diagnoses: []umassist.Coding{},
		Payer: "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.Date{Time: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}}
	confirm := func(caseID string) error {
		_, _, err := cases.Create(ctx, postgres.CreateCase{ID: caseID, Patient: "Patient/p1", Request: req, IdempotencyKey: "intake:" + p.ID + caseID, Actor: nurse,
			Records: &postgres.Confirmation{PacketID: p.ID, CaseID: caseID, Patient: "Patient/p1", Confirmed: json.RawMessage(`{}`),
				Corrections: []postgres.Correction{{Field: "member_id", Read: "5C19", Confirmed: "9C19"}}, Actor: nurse}})
		return err
	}
	require.NoError(t, confirm("case_first"))
	err = confirm("case_second")
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err), "a packet opens one case")
	_, err = postgres.GetCase(ctx, pool, "case_second")
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err), "the refused confirmation wrote no case")
	p, err = store.Get(ctx, p.ID)
	require.NoError(t, err)
	require.Equal(t, umassist.IntakeConfirmed, p.Status)
	require.Equal(t, "case_first", p.CaseID)
	require.Equal(t, "nurse-1", p.ReviewedBy)

	audit, err := postgres.ListAudit(ctx, pool, postgres.AuditFilter{CaseID: "case_first"})
	require.NoError(t, err)
	var actions []string
	for _, e := range audit {
		actions = append(actions, e.Action)
		if e.Action == "intake.confirm" {
			require.Contains(t, string(e.Detail), `"read": "5C19"`, "the nurse's correction is in the audit")
		}
	}
	require.Contains(t, actions, "intake.confirm")
	require.Contains(t, actions, "case.create")

	err = store.Reject(ctx, p.ID, "duplicate", nurse)
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err), "a confirmed packet cannot be set aside")
}

func TestIntakeRejectAndFail(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewIntakeStore(pool, nil)
	nurse := umassist.Actor{ID: "nurse-1", Role: umassist.RoleNurse}
	p, _, err := store.Create(ctx, postgres.NewPacket{Filename: "a.pdf", Format: "pdf", Pages: 1, File: []byte("%PDF-a"), Actor: nurse})
	require.NoError(t, err)
	_, err = store.StartReading(ctx, p.ID)
	require.NoError(t, err)
	require.NoError(t, store.Fail(ctx, p.ID, "unreadable PDF"))
	require.Error(t, store.Reject(ctx, p.ID, "", nurse), "a reason is required")
	require.NoError(t, store.Reject(ctx, p.ID, "not a prior-authorization request", nurse))
	p, err = store.Get(ctx, p.ID)
	require.NoError(t, err)
	require.Equal(t, umassist.IntakeRejected, p.Status)
	// A rejected file may be sent again: it is a new packet.
	p2, created, err := store.Create(ctx, postgres.NewPacket{Filename: "a.pdf", Format: "pdf", Pages: 1, File: []byte("%PDF-a"), Actor: nurse})
	require.NoError(t, err)
	require.True(t, created)
	require.NotEqual(t, p.ID, p2.ID)
	list, err := store.List(ctx, postgres.PacketFilter{Statuses: []umassist.IntakeStatus{umassist.IntakeReceived}})
	require.NoError(t, err)
	require.Len(t, list, 1)
	require.Equal(t, p2.ID, list[0].ID)
}

func TestPatientsBornOn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	for id, res := range map[string]string{
		"p1": `{"resourceType":"Patient","id":"p1","name":[{"given":["Jane"],"family":"Doe"}],"birthDate":"1950-01-02","identifier":[{"value":"1EG4TE5MK73"}]}`,
		"p2": `{"resourceType":"Patient","id":"p2","name":[{"text":"John Roe"}],"birthDate":"1950-01-02"}`,
		"p3": `{"resourceType":"Patient","id":"p3","name":[{"given":["Jane"],"family":"Doe"}],"birthDate":"1960-01-02"}`,
	} {
		_, err := pool.Exec(ctx, `INSERT INTO fhir_resources (type, id, patient, resource) VALUES ('Patient', $1, $2, $3)`, id, "Patient/"+id, res)
		require.NoError(t, err)
	}
	ms, err := postgres.PatientsBornOn(ctx, pool, "", "1950-01-02")
	require.NoError(t, err)
	require.Equal(t, []postgres.PatientMatch{
		{Ref: "Patient/p1", Name: "Jane Doe", BirthDate: "1950-01-02", MemberIDs: []string{"1EG4TE5MK73"}},
		{Ref: "Patient/p2", Name: "John Roe", BirthDate: "1950-01-02"},
	}, ms)
}
