package fhir_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirtest"
	"github.com/umassist/umassist/tools/toolstest"
)

var rsaKey = func() *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return k
}()

type clientBundle struct {
	srv    *fhirtest.Server
	client *fhir.Client
}

func setupClient(t *testing.T, opts ...fhir.ClientOption) clientBundle {
	t.Helper()
	srv := fhirtest.New(t, fhirtest.WithSMART("umassist", &rsaKey.PublicKey, time.Hour))
	srv.Load(t, toolstest.WriteFixture(t, t.TempDir()))
	opts = append([]fhir.ClientOption{fhir.WithSMART(fhir.SMARTConfig{ClientID: "umassist", Key: rsaKey, KeyID: "k1"}),
		fhir.WithRetries(3, time.Millisecond)}, opts...)
	c, err := fhir.NewClient(srv.URL, opts...)
	require.NoError(t, err)
	return clientBundle{srv: srv, client: c}
}

// The remote client passes the same tool suite as the local store, through
// SMART auth and three-resource pages.
func TestClinicalRemoteClient(t *testing.T) {
	t.Parallel()
	toolstest.Run(t, func(t *testing.T, path string) umassist.FHIRSource {
		srv := fhirtest.New(t, fhirtest.WithSMART("umassist", &rsaKey.PublicKey, time.Hour))
		srv.Load(t, path)
		// Cleanup runs after the suite's parallel subtests.
		t.Cleanup(func() {
			require.EqualValues(t, 1, srv.TokenRequests.Load(), "the token is cached until it expires")
			require.Greater(t, srv.Requests.Load(), int64(30))
		})
		c, err := fhir.NewClient(srv.URL, fhir.WithSMART(fhir.SMARTConfig{ClientID: "umassist", Key: rsaKey}), fhir.WithPageSize(3, 50))
		require.NoError(t, err)
		return c
	})
}

func TestClientPagingAndRead(t *testing.T) {
	t.Parallel()
	b := setupClient(t)
	ctx := context.Background()
	rs, err := b.client.Search(ctx, umassist.FHIRQuery{Type: "Observation", Patient: toolstest.Patient, Limit: 100})
	require.NoError(t, err)
	require.Len(t, rs, 5, "all pages followed (server pages hold 3)")
	require.GreaterOrEqual(t, b.srv.Requests.Load(), int64(2))
	for i := 1; i < len(rs); i++ {
		require.False(t, rs[i].Date.After(rs[i-1].Date), "newest first")
	}

	r, err := b.client.Read(ctx, "Observation/lvef-2")
	require.NoError(t, err)
	require.Equal(t, toolstest.Patient, r.Patient)
	_, err = b.client.Read(ctx, "Observation/nope")
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err))
	_, err = b.client.Read(ctx, "not a ref")
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
}

func TestClientRetries(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	q := umassist.FHIRQuery{Type: "Observation", Patient: toolstest.Patient, Codes: []string{toolstest.LOINCLVEF}}

	t.Run("429 with Retry-After, then 503, then success", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t)
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", Status: http.StatusTooManyRequests, RetryAfter: "0"})
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", Status: http.StatusServiceUnavailable})
		rs, err := b.client.Search(ctx, q)
		require.NoError(t, err)
		require.Len(t, rs, 3)
	})
	t.Run("Retry-After is honoured", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t)
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", Status: http.StatusTooManyRequests, RetryAfter: "1"})
		start := time.Now()
		_, err := b.client.Search(ctx, q)
		require.NoError(t, err)
		require.GreaterOrEqual(t, time.Since(start), 900*time.Millisecond)
	})
	t.Run("gives up after the retries", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t)
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", Status: http.StatusBadGateway, Times: 10})
		_, err := b.client.Search(ctx, q)
		require.Equal(t, umassist.EUNAVAILABLE, umassist.ErrorCode(err))
		require.NotContains(t, err.Error(), "pt-hf", "patient ids stay out of errors")
	})
	t.Run("400 is not retried", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t)
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", Status: http.StatusBadRequest})
		_, err := b.client.Search(ctx, q)
		var se *fhir.StatusError
		require.ErrorAs(t, err, &se)
		require.Equal(t, 400, se.Status)
		require.Equal(t, "injected fault", se.Detail)
	})
	t.Run("timeout", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t, fhir.WithTimeout(100*time.Millisecond), fhir.WithRetries(0, time.Millisecond))
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", Delay: time.Second})
		_, err := b.client.Search(ctx, q)
		require.Error(t, err)
		require.Equal(t, umassist.EUNAVAILABLE, umassist.ErrorCode(err))
	})
	t.Run("response size cap", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t, fhir.WithMaxResponseBytes(64<<10))
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", BodyBytes: 1 << 20})
		_, err := b.client.Search(ctx, q)
		require.ErrorContains(t, err, "larger than")
	})
	t.Run("a deadline while fetching the token is the deadline", func(t *testing.T) {
		t.Parallel()
		// Seen on a loaded machine: the deadline fell during the token
		// request, and the error no longer said the context had ended.
		b := setupClient(t, fhir.WithRetries(0, time.Millisecond))
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/auth/token", Delay: time.Second})
		cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		defer cancel()
		_, err := b.client.Search(cctx, q)
		require.ErrorIs(t, err, context.DeadlineExceeded)
	})
	t.Run("cancelled context stops retrying", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t, fhir.WithRetries(5, time.Hour))
		b.srv.Inject(fhirtest.Fault{PathPrefix: "/Observation", Status: http.StatusServiceUnavailable})
		cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		defer cancel()
		_, err := b.client.Search(cctx, q)
		require.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

func TestClientSMART(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	q := umassist.FHIRQuery{Type: "Condition", Patient: toolstest.Patient}

	t.Run("token cached, refreshed after revocation", func(t *testing.T) {
		t.Parallel()
		b := setupClient(t)
		for range 3 {
			_, err := b.client.Search(ctx, q)
			require.NoError(t, err)
		}
		require.EqualValues(t, 1, b.srv.TokenRequests.Load())
		b.srv.ExpireTokens()
		_, err := b.client.Search(ctx, q)
		require.NoError(t, err)
		require.EqualValues(t, 2, b.srv.TokenRequests.Load())
	})
	t.Run("short-lived tokens are renewed before they expire", func(t *testing.T) {
		t.Parallel()
		srv := fhirtest.New(t, fhirtest.WithSMART("umassist", &rsaKey.PublicKey, time.Second))
		c, err := fhir.NewClient(srv.URL, fhir.WithSMART(fhir.SMARTConfig{ClientID: "umassist", Key: rsaKey}))
		require.NoError(t, err)
		_, err = c.Search(ctx, q)
		require.NoError(t, err)
		time.Sleep(1100 * time.Millisecond)
		_, err = c.Search(ctx, q)
		require.NoError(t, err)
		require.EqualValues(t, 2, srv.TokenRequests.Load())
	})
	t.Run("ES384", func(t *testing.T) {
		t.Parallel()
		ec, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
		require.NoError(t, err)
		srv := fhirtest.New(t, fhirtest.WithSMART("ec-client", &ec.PublicKey, time.Hour))
		c, err := fhir.NewClient(srv.URL, fhir.WithSMART(fhir.SMARTConfig{ClientID: "ec-client", Key: ec}))
		require.NoError(t, err)
		_, err = c.Search(ctx, q)
		require.NoError(t, err)
	})
	t.Run("wrong key is refused", func(t *testing.T) {
		t.Parallel()
		other, err := rsa.GenerateKey(rand.Reader, 2048)
		require.NoError(t, err)
		srv := fhirtest.New(t, fhirtest.WithSMART("umassist", &rsaKey.PublicKey, time.Hour))
		c, err := fhir.NewClient(srv.URL, fhir.WithSMART(fhir.SMARTConfig{ClientID: "umassist", Key: other}))
		require.NoError(t, err)
		_, err = c.Search(ctx, q)
		require.Equal(t, umassist.EUNAUTHORIZED, umassist.ErrorCode(err))
		require.EqualValues(t, 0, srv.Requests.Load(), "no data request without a token")
	})
	t.Run("no credentials", func(t *testing.T) {
		t.Parallel()
		srv := fhirtest.New(t, fhirtest.WithSMART("umassist", &rsaKey.PublicKey, time.Hour))
		c, err := fhir.NewClient(srv.URL)
		require.NoError(t, err)
		_, err = c.Search(ctx, q)
		require.Equal(t, umassist.EUNAUTHORIZED, umassist.ErrorCode(err))
	})
	t.Run("bad base URL", func(t *testing.T) {
		t.Parallel()
		_, err := fhir.NewClient("ftp://example")
		require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
	})
}

// A create goes out once with the SMART token and comes back as the
// server's Type/id; the resource is then readable there.
func TestClientCreate(t *testing.T) {
	t.Parallel()
	b := setupClient(t)
	ctx := context.Background()
	ref, err := b.client.Create(ctx, "Task", []byte(`{"resourceType":"Task","status":"requested","intent":"order","for":{"reference":"Patient/p1"},"description":"NYHA class?"}`))
	require.NoError(t, err)
	require.Equal(t, "Task/created-1", ref)
	r, err := b.client.Read(ctx, ref)
	require.NoError(t, err)
	require.Contains(t, string(r.Raw), "NYHA class?")
	_, err = b.client.Create(ctx, "Tusk", []byte(`{}`))
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
	_, err = b.client.Create(ctx, "Task", []byte(`{"resourceType":"Patient"}`))
	require.Error(t, err, "the server refuses a body of another type")
}
