package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/postgres/pgtest"
)

// TestServeRunsAndShutsDownGracefully runs `umassist serve` in-process on a
// free loopback port: health and readiness answer, accounts and tokens are
// made by its subcommands, intake works, and cancelling ends it cleanly.
func TestServeRunsAndShutsDownGracefully(t *testing.T) {
	t.Parallel()
	dbURL := pgtest.WithDatabase(pgtest.URL(t), pgtest.NewDatabase(t))
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
		done <- run(ctx, []string{"umassist", "--database-url", dbURL, "serve", "--addr", addr, "--workers", "0", "--shutdown-timeout", "5s"}, &o, &e)
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

	body := `{"patient":"p1","service":{"system":"` + umassist.SystemCPT + `","code":"33249"},"payer":"medicare","urgency":"expedited","date":"2026-03-02"}`
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

func TestLoadInlineBundle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := fhir.NewStore(pool)
	bundle := func(entries ...string) json.RawMessage {
		return json.RawMessage(fmt.Sprintf(`{"resourceType":"Bundle","type":"collection","entry":[%s]}`, join(entries)))
	}
	patient := `{"resource":{"resourceType":"Patient","id":"inline-1","birthDate":"1950-01-01"}}`
	obs := `{"resource":{"resourceType":"Observation","id":"lvef-9","status":"final","subject":{"reference":"Patient/inline-1"},"code":{"text":"LVEF"},"valueQuantity":{"value":30,"unit":"%"},"effectiveDateTime":"2026-01-20"}}`
	ref, err := loadInlineBundle(ctx, store, "", bundle(patient, obs))
	require.NoError(t, err)
	require.Equal(t, "Patient/inline-1", ref)
	read, _, err := fhirResources(ctx, nil, nil, pool)
	require.NoError(t, err)
	r, err := read.ReadResource(ctx, "Observation/lvef-9")
	require.NoError(t, err)
	require.Equal(t, "Observation", r.Type)

	for name, b := range map[string]json.RawMessage{
		"not a bundle":  json.RawMessage(`{"resourceType":"Patient"}`),
		"no patient":    bundle(obs),
		"two patients":  bundle(patient, `{"resource":{"resourceType":"Patient","id":"other"}}`),
		"not even JSON": json.RawMessage(`{`),
	} {
		_, err := loadInlineBundle(ctx, store, "", b)
		require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), name)
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
