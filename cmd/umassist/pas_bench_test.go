package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/server"
)

// BenchmarkPASRoundTrip times the payer's end of PAS on loopback: a
// request Bundle (a generated ICD chart, its evidence and order) through
// Claim/$submit — parse, one-patient intake, the case, its job and the
// pended ClaimResponse — and an $inquire for it. p50/p95 per call.
//
//	go test -run '^$' -bench PASRoundTrip -benchtime 200x ./cmd/umassist/
func BenchmarkPASRoundTrip(b *testing.B) {
	ctx := context.Background()
	payer := newInstance(b, nil)
	_, err := server.EnsureUser(ctx, payer.pool, "bpo-submitter", umassist.RoleOperator, "a long enough password 1")
	require.NoError(b, err)
	token, err := server.IssueAPIToken(ctx, payer.pool, "bpo-submitter", "bench", 0)
	require.NoError(b, err)
	sc, err := synthetic.GenerateWith("icd", "meets", 3, synthetic.Options{RequestDate: time.Now().UTC()})
	require.NoError(b, err)
	_, prefetch, err := cdshooks.PrefetchFromBundle(sc.Bundle)
	require.NoError(b, err)
	post := func(op string, body []byte) time.Duration {
		req, err := http.NewRequest(http.MethodPost, payer.srv.URL+"/fhir/Claim/"+op, bytes.NewReader(body))
		require.NoError(b, err)
		req.Header.Set("Content-Type", "application/fhir+json")
		req.Header.Set("Authorization", "Bearer "+token)
		start := time.Now()
		res, err := payer.srv.Client().Do(req)
		require.NoError(b, err)
		out, _ := io.ReadAll(res.Body)
		res.Body.Close()
		took := time.Since(start)
		require.Equal(b, http.StatusOK, res.StatusCode, string(out))
		return took
	}
	var submits, inquiries []time.Duration
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		id := pas.Identifier{System: "urn:bench", Value: fmt.Sprintf("claim-%d", i)}
		body, err := pas.BuildRequest(pas.RequestInput{Identifier: id, Request: sc.Request, Patient: prefetch["patient"],
			Evidence: evidenceOf(b, prefetch), Now: time.Now()})
		require.NoError(b, err)
		inq, err := pas.BuildInquiry(pas.InquiryInput{Identifiers: []pas.Identifier{id}, Patient: prefetch["patient"], Payer: "medicare", Service: sc.Request.Service})
		require.NoError(b, err)
		b.StartTimer()
		submits = append(submits, post("$submit", body))
		inquiries = append(inquiries, post("$inquire", inq))
	}
	b.StopTimer()
	for name, d := range map[string][]time.Duration{"submit": submits, "inquire": inquiries} {
		slices.Sort(d)
		b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, name+"-p50-ms")
		b.ReportMetric(float64(d[int(0.95*float64(len(d)-1))].Microseconds())/1000, name+"-p95-ms")
	}
}

// evidenceOf is the chart's conditions, observations, medicines and
// notes from a prefetch, as a BPO would send them with a request.
func evidenceOf(b *testing.B, prefetch map[string]json.RawMessage) []json.RawMessage {
	b.Helper()
	var out []json.RawMessage
	for _, k := range []string{"conditions", "observations", "medications", "notes"} {
		var set struct {
			Entry []struct {
				Resource json.RawMessage `json:"resource"`
			} `json:"entry"`
		}
		require.NoError(b, json.Unmarshal(prefetch[k], &set))
		for _, e := range set.Entry {
			out = append(out, e.Resource)
		}
	}
	return out
}
