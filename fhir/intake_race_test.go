package fhir_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres/pgtest"
)

func intakeOf(t *testing.T, patient string, raws ...string) *fhirstore.IntakeBundle {
	t.Helper()
	var ps []*fhir.Parsed
	for _, raw := range raws {
		p, err := fhir.Decode([]byte(raw), "", fhir.ParseOptions{})
		require.NoError(t, err)
		require.NoError(t, p.Err)
		ps = append(ps, p)
	}
	b, err := fhirstore.IntakeOf("", patient, ps)
	require.NoError(t, err)
	return b
}

func lvefObs(id, patient string, v int) string {
	return fmt.Sprintf(`{"resourceType":"Observation","id":"%s","status":"final","subject":{"reference":"%s"},"code":{"text":"LVEF"},"valueQuantity":{"value":%d,"unit":"%%"},"effectiveDateTime":"2026-01-20"}`, id, patient, v)
}

// Two requests for different patients that bring the same new record id
// at the same moment: the ownership check cannot lock a row that does not
// exist yet, so the write itself must not take another patient's record.
// The second request is refused whole; the first patient's record stands.
func TestConcurrentIntakesDoNotTakeEachOthersRecords(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	a := intakeOf(t, "Patient/a", `{"resourceType":"Patient","id":"a"}`, lvefObs("lvef-new", "Patient/a", 40))
	b := intakeOf(t, "Patient/b", `{"resourceType":"Patient","id":"b"}`, lvefObs("lvef-new", "Patient/b", 20))

	txA, err := pool.Begin(ctx)
	require.NoError(t, err)
	_, err = a.WriteTx(ctx, txA)
	require.NoError(t, err)

	done := make(chan error, 1)
	go func() {
		done <- pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
			_, err := b.WriteTx(ctx, tx)
			return err
		})
	}()
	// B's write waits on A's uncommitted row: commit A only once B is
	// waiting on it, so B's write meets a row its check did not see.
	require.Eventually(t, func() bool {
		var waiting int
		err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&waiting)
		return err == nil && waiting > 0
	}, 10*time.Second, 10*time.Millisecond)
	require.NoError(t, txA.Commit(ctx))
	err = <-done
	require.Error(t, err, "the second request took the first patient's record")
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err), "%v", err)

	var patient string
	var value float64
	require.NoError(t, pool.QueryRow(ctx, `SELECT patient, value_num FROM fhir_resources WHERE type = 'Observation' AND id = 'lvef-new'`).Scan(&patient, &value))
	require.Equal(t, "Patient/a", patient)
	require.Equal(t, 40.0, value)
	var bStored bool
	require.NoError(t, pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM fhir_resources WHERE type = 'Patient' AND id = 'b')`).Scan(&bStored))
	require.False(t, bStored, "a refused request writes nothing")
}

// A shared record (a Practitioner) is written once; a later request that
// brings it with other content leaves it as it is.
func TestIntakeNeverChangesASharedRecord(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	write := func(b *fhirstore.IntakeBundle) {
		require.NoError(t, pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
			_, err := b.WriteTx(ctx, tx)
			return err
		}))
	}
	write(intakeOf(t, "Patient/a", `{"resourceType":"Patient","id":"a"}`, `{"resourceType":"Practitioner","id":"dr-1","name":[{"family":"Lee"}]}`))
	write(intakeOf(t, "Patient/b", `{"resourceType":"Patient","id":"b"}`, `{"resourceType":"Practitioner","id":"dr-1","name":[{"family":"Impostor"}]}`))
	var name string
	require.NoError(t, pool.QueryRow(ctx, `SELECT resource->'name'->0->>'family' FROM fhir_resources WHERE type = 'Practitioner' AND id = 'dr-1'`).Scan(&name))
	require.Equal(t, "Lee", name)
}
