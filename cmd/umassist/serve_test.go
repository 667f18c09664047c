package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// TestServeRunsAndShutsDownGracefully runs `umassist serve` in-process on a
// free loopback port: health and readiness answer, accounts and tokens are
// made by its subcommands, intake works, and cancelling ends it cleanly.
func TestServeRunsAndShutsDownGracefully(t *testing.T) {
	t.Parallel()
	dbURL := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
	appURL, err := postgres.AsRole(dbURL, postgres.AppRole)
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())

	var out, errb bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"umassist", "--database-url", dbURL, "serve", "user-add", "--role", "operator", "--password", "operator-pass-1", "olga"}, &out, &errb), errb.String())
	out.Reset()
	require.Equal(t, 0, run(context.Background(), []string{"umassist", "--database-url", dbURL, "serve", "token-add", "olga"}, &out, &errb), errb.String())
	token := bytes.TrimSpace(out.Bytes())
	require.True(t, bytes.HasPrefix(token, []byte("umat_")))

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		var o, e bytes.Buffer
		// Served as the app's role, as production runs (the owner only
		// migrates and adds accounts).
		done <- run(ctx, []string{"umassist", "--database-url", dbURL, "--app-database-url", appURL, "serve", "--addr", addr, "--workers", "0", "--shutdown-timeout", "5s"}, &o, &e)
	}()
	base := "http://" + addr
	require.Eventually(t, func() bool {
		res, err := http.Get(base + "/readyz")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	}, 20*time.Second, 50*time.Millisecond)

	// The patient comes with the request, as an inline bundle: a case for a
	// patient the store does not hold is refused.
	body := `{"bundle":{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p1"}}]},` +
		`"service":{"system":"` + umassist.SystemCPT + `","code":"33249"},"payer":"medicare","urgency":"expedited","date":"2026-03-02"}`
	req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/cases", bytes.NewBufferString(body))
	req.Header.Set("Authorization", "Bearer "+string(token))
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusAccepted, res.StatusCode)

	cancel()
	select {
	case code := <-done:
		require.Equal(t, 0, code) // a clean shutdown, as on SIGTERM
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not shut down")
	}
	_, err = http.Get(base + "/healthz")
	require.Error(t, err)
}

// TestReadInlineBundle: an intake bundle is one patient's, read and
// checked before anything is written, and written in one transaction that
// never overwrites another patient's record.
func TestReadInlineBundle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	bundle := func(entries ...string) json.RawMessage {
		return json.RawMessage(fmt.Sprintf(`{"resourceType":"Bundle","type":"collection","entry":[%s]}`, join(entries)))
	}
	patient := func(id string) string {
		return `{"resource":{"resourceType":"Patient","id":"` + id + `","birthDate":"1950-01-01"}}`
	}
	obs := func(id, subject string, value int) string {
		return fmt.Sprintf(`{"resource":{"resourceType":"Observation","id":"%s","status":"final","subject":{"reference":"%s"},"code":{"text":"LVEF"},"valueQuantity":{"value":%d,"unit":"%%"%s},"effectiveDateTime":"2026-01-20"}}`, id, subject, value, "")
	}
	practitioner := `{"resource":{"resourceType":"Practitioner","id":"dr-1","name":[{"family":"Lee"}]}}`
	write := func(b *fhirstore.IntakeBundle) ([]string, error) {
		var refs []string
		err := postgres.InTx(ctx, pool, func(tx pgx.Tx) error {
			var err error
			refs, err = b.WriteTx(ctx, tx)
			return err
		})
		return refs, err
	}
	lvef := func(id string) float64 {
		var v float64
		require.NoError(t, pool.QueryRow(ctx, `SELECT value_num FROM fhir_resources WHERE namespace = '' AND type = 'Observation' AND id = $1`, id).Scan(&v))
		return v
	}

	b, err := readInlineBundle(ctx, "", bundle(patient("inline-1"), obs("lvef-9", "Patient/inline-1", 40), practitioner))
	require.NoError(t, err)
	require.Equal(t, "Patient/inline-1", b.Patient)
	var n int
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE id IN ('inline-1', 'lvef-9')`).Scan(&n))
	require.Zero(t, n, "reading a bundle writes nothing")
	refs, err := write(b)
	require.NoError(t, err)
	require.ElementsMatch(t, []string{"Patient/inline-1", "Observation/lvef-9", "Practitioner/dr-1"}, refs)
	read, _, err := fhirResources(ctx, nil, nil, pool)
	require.NoError(t, err)
	r, err := read.ReadResource(ctx, "Observation/lvef-9")
	require.NoError(t, err)
	require.Equal(t, "Observation", r.Type)

	// The same patient's bundle again (a corrected value) is theirs to
	// replace; a shared practitioner stays shared.
	b, err = readInlineBundle(ctx, "", bundle(patient("inline-1"), obs("lvef-9", "Patient/inline-1", 35), practitioner))
	require.NoError(t, err)
	_, err = write(b)
	require.NoError(t, err)
	require.Equal(t, 35.0, lvef("lvef-9"))

	// Another patient's bundle reusing the id is refused whole: the LVEF
	// and the new patient stay unwritten.
	b, err = readInlineBundle(ctx, "", bundle(patient("inline-2"), obs("lvef-9", "Patient/inline-2", 20)))
	require.NoError(t, err)
	_, err = write(b)
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err), "%v", err)
	require.NotContains(t, err.Error(), "inline-1", "the refusal does not name the other patient")
	require.Equal(t, 35.0, lvef("lvef-9"))
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE id = 'inline-2'`).Scan(&n))
	require.Zero(t, n)

	// A real Synthea bundle (urn:uuid references, claims, encounters) is one
	// patient's and reads as such.
	raw, err := os.ReadFile(filepath.Join(sourcetree.SharedData("fhir", "synthea_r4_smart_sample"), "Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json"))
	require.NoError(t, err)
	sb, err := readInlineBundle(ctx, "", raw)
	require.NoError(t, err)
	require.Equal(t, "Patient/e4531916-b162-4f4b-90c2-ce37e132b8d4", sb.Patient)

	for name, raw := range map[string]json.RawMessage{
		"not a bundle":             json.RawMessage(`{"resourceType":"Patient"}`),
		"no patient":               bundle(obs("o", "Patient/inline-1", 30)),
		"two patients":             bundle(patient("inline-3"), patient("other")),
		"not even JSON":            json.RawMessage(`{`),
		"another patient's record": bundle(patient("inline-3"), obs("o3", "Patient/inline-1", 20)),
		"a record of no patient":   bundle(patient("inline-3"), `{"resource":{"resourceType":"Condition","id":"c3","code":{"text":"MI"}}}`),
		"an invalid resource":      bundle(patient("inline-3"), `{"resource":{"resourceType":"Observation","id":"bad id!"}}`),
	} {
		_, err := readInlineBundle(ctx, "", raw)
		require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "%s: %v", name, err)
	}
}

func join(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += ","
		}
		out += s
	}
	return out
}
