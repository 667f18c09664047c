package cdshooks_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir/fhirtest"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// A reviewer's question reaches the ordering clinician's inbox in the EHR
// the order came from: a Task on the order, owned by the ordering user,
// with the answer link, posted with the credentials that EHR issued.
func TestTasksSendTheQuestionToTheEHR(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	key, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	der, err := x509.MarshalPKCS8PrivateKey(key)
	require.NoError(t, err)
	keyFile := filepath.Join(t.TempDir(), "umassist-at-ehr.pem")
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600))
	ehr := fhirtest.New(t, fhirtest.WithSMART("umassist-bpo", &key.PublicKey, time.Hour))

	set := jwks(t, "k", &key.PublicKey, "ES384")
	clients, err := cdshooks.NewClients(ctx,
		cdshooks.Client{Issuer: "https://ehr.example.org", ClientID: "hs-north", JWKS: set, FHIRServers: []string{ehr.URL},
			EHRWrite: &cdshooks.EHRWrite{URL: ehr.URL, ClientID: "umassist-bpo", KeyFile: keyFile}},
		cdshooks.Client{Issuer: "https://other.example.org", ClientID: "hs-south", JWKS: set})
	require.NoError(t, err)
	tasks := &cdshooks.Tasks{Clients: clients, DB: pool}

	store := postgres.NewCaseStore(pool, nil)
	open := func(client string) string {
		c, _, err := store.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Actor: umassist.Actor{ID: "cds:" + client, Role: umassist.RoleAgent},
			Request: umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: "medicare",
				Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-12-01")}})
		require.NoError(t, err)
		require.NoError(t, postgres.AddOrderAudit(ctx, pool, postgres.OrderAudit{At: time.Now(), CDSClient: client, Hook: "order-sign",
			HookInstance: "hi", AssertionID: "a-" + c.ID, Patient: "Patient/p1", Order: "ServiceRequest/sr-1",
			Clinician: "PractitionerRole/okafor", Service: "33249", Payer: "medicare", CaseID: c.ID}))
		return c.ID
	}
	q := umassist.ClinicianQuestion{Patient: "Patient/p1", Question: "What is the NYHA class?", AnswerURL: "https://bpo.example/answer/tok",
		Expires: time.Now().Add(14 * 24 * time.Hour), AskedBy: umassist.Actor{ID: "u-nurse", Role: umassist.RoleNurse}}

	q.CaseID = open("hs-north")
	ref, err := tasks.SendQuestion(ctx, q)
	require.NoError(t, err)
	require.Equal(t, "Task/created-1", ref)
	require.EqualValues(t, 1, ehr.TokenRequests.Load(), "SMART Backend Services, as the EHR issued")
	var task struct {
		Description string
		Owner       struct{ Reference string }
		Focus       struct{ Reference string }
		Input       []struct {
			ValueURL string `json:"valueUrl"`
		}
	}
	created, ok := ehr.Get(ref)
	require.True(t, ok)
	require.NoError(t, json.Unmarshal(created.Raw, &task))
	require.Equal(t, "What is the NYHA class?", task.Description)
	require.Equal(t, "PractitionerRole/okafor", task.Owner.Reference)
	require.Equal(t, "ServiceRequest/sr-1", task.Focus.Reference)
	require.Equal(t, "https://bpo.example/answer/tok", task.Input[0].ValueURL)
	var audited int
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'query.sent' AND case_id = $1`, q.CaseID).Scan(&audited))
	require.Equal(t, 1, audited)

	// An EHR that takes no Tasks, and a case not from an order: no route.
	q.CaseID = open("hs-south")
	_, err = tasks.SendQuestion(ctx, q)
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err))
	c, _, err := store.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Actor: umassist.Actor{ID: "intake", Role: umassist.RoleOperator},
		Request: umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: "medicare",
			Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-12-01")}})
	require.NoError(t, err)
	q.CaseID = c.ID
	_, err = tasks.SendQuestion(ctx, q)
	require.Equal(t, umassist.ENOTFOUND, umassist.ErrorCode(err))

	// An ehr_write naming a server the client did not register is refused.
	_, err = cdshooks.NewClients(ctx, cdshooks.Client{Issuer: "https://x.example.org", ClientID: "x", JWKS: set,
		EHRWrite: &cdshooks.EHRWrite{URL: "https://elsewhere.example.org/fhir", ClientID: "u", KeyFile: keyFile}})
	require.Error(t, err)
}
