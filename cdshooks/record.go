package cdshooks

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// prefetchKeys lists the prefetch templates every service asks for, in the
// order they are read: what the criteria need (the patient, coverage,
// problems, labs and measurements, medicines, procedures and notes), and
// the ordering user, whose PractitionerRole names their practice. An
// optional key the call leaves out is fetched when it can be and skipped
// when not: a practice is not worth refusing an order's audit.
var prefetchKeys = []struct {
	Key, Query string
	Optional   bool
}{
	{"patient", "Patient/{{context.patientId}}", false},
	{"coverage", "Coverage?patient={{context.patientId}}&status=active", false},
	{"conditions", "Condition?patient={{context.patientId}}", false},
	{"observations", "Observation?patient={{context.patientId}}", false},
	{"medications", "MedicationRequest?patient={{context.patientId}}", false},
	{"procedures", "Procedure?patient={{context.patientId}}", false},
	{"notes", "DocumentReference?patient={{context.patientId}}", false},
	{"reports", "DiagnosticReport?patient={{context.patientId}}", false},
	{"user", "{{context.userId}}", true},
}

// userRef is a hook's context.userId as the spec allows it for orders.
var userRef = regexp.MustCompile(`^(Practitioner|PractitionerRole)/[A-Za-z0-9\-.]{1,64}$`)

// fill puts the call's context into a prefetch template; ok is false when
// the context does not give what the template needs.
func fill(query string, hc HookContext) (string, bool) {
	if strings.Contains(query, "{{context.userId}}") {
		if !userRef.MatchString(hc.UserID) {
			return "", false
		}
		query = strings.ReplaceAll(query, "{{context.userId}}", hc.UserID)
	}
	return strings.ReplaceAll(query, "{{context.patientId}}", hc.PatientID), true
}

func prefetchTemplates() map[string]string {
	m := map[string]string{}
	for _, k := range prefetchKeys {
		m[k.Key] = k.Query
	}
	return m
}

var fhirID = regexp.MustCompile(`^[A-Za-z0-9\-.]{1,64}$`)

// fetchTimeout bounds the whole fallback read: a hook answers while a
// clinician waits.
const fetchTimeout = 10 * time.Second

// record reads the patient's record for a call into memory: each prefetch
// key the client sent, and for each it left out (or sent as null) the same
// query against the client's FHIR server with the token it handed over,
// when that server is registered for the client. It returns the keys it
// had to fetch. Every resource must be the patient's or about no patient.
func record(ctx context.Context, req *Request, client *Client, hc *http.Client) (*fhir.MemorySource, []*fhir.Parsed, []string, error) {
	patient := "Patient/" + req.Context.PatientID
	var parsed []*fhir.Parsed
	var fetched []string
	var remote *fhir.Client
	for _, k := range prefetchKeys {
		raw, ok := req.Prefetch[k.Key]
		if ok && !bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
			ps, err := prefetched(k.Key, raw)
			if err != nil {
				return nil, nil, nil, err
			}
			parsed = append(parsed, ps...)
			continue
		}
		query, ok := fill(k.Query, req.Context)
		if !ok {
			continue // no user to read: only the optional key needs one
		}
		if remote == nil {
			c, err := fallbackClient(req, client, hc)
			if err != nil {
				if k.Optional {
					continue
				}
				return nil, nil, nil, umassist.Errorf(umassist.EPRECONDITION, "cds hooks: prefetch %q is missing and %v", k.Key, err)
			}
			remote = c
		}
		fctx, cancel := context.WithTimeout(ctx, fetchTimeout)
		ps, err := remote.Fetch(fctx, query)
		cancel()
		if err != nil {
			if k.Optional && ctx.Err() == nil {
				continue
			}
			return nil, nil, nil, umassist.Errorf(umassist.EUNAVAILABLE, "cds hooks: reading %s from the client's FHIR server: %v", k.Key, err)
		}
		parsed = append(parsed, ps...)
		fetched = append(fetched, k.Key)
	}
	for _, p := range parsed {
		if err := fhir.OnePatient(patient, p.Res); err != nil {
			return nil, nil, nil, umassist.Errorf(umassist.EINVALID, "cds hooks: the record sent for %s holds %v", patient, err)
		}
	}
	return fhir.NewMemorySource(parsed...), parsed, fetched, nil
}

// prefetched reads one prefetch value: a resource or a search Bundle.
func prefetched(key string, raw json.RawMessage) ([]*fhir.Parsed, error) {
	var head struct {
		ResourceType string `json:"resourceType"`
		Entry        []struct {
			Resource json.RawMessage `json:"resource"`
			Search   *struct {
				Mode string `json:"mode"`
			} `json:"search"`
		} `json:"entry"`
	}
	if err := json.Unmarshal(raw, &head); err != nil || head.ResourceType == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: prefetch %q is not a FHIR resource or Bundle", key)
	}
	var raws []json.RawMessage
	if head.ResourceType == "Bundle" {
		for _, e := range head.Entry {
			if e.Search != nil && e.Search.Mode == "outcome" {
				continue
			}
			raws = append(raws, e.Resource)
		}
	} else {
		raws = []json.RawMessage{raw}
	}
	var out []*fhir.Parsed
	for _, r := range raws {
		p, err := fhir.Decode(r, "", fhir.ParseOptions{})
		if err != nil {
			return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: prefetch %q: %s: %v", key, p.Ref, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// fallbackClient is the client's FHIR server, read with the token the
// call handed over, when the client registered that server.
func fallbackClient(req *Request, client *Client, hc *http.Client) (*fhir.Client, error) {
	switch {
	case req.FHIRServer == "" || req.FHIRAuthorization == nil || req.FHIRAuthorization.AccessToken == "":
		return nil, umassist.Errorf(umassist.EPRECONDITION, "the call gives no fhirServer and fhirAuthorization to read it from")
	case !client.allowsFHIRServer(req.FHIRServer):
		return nil, umassist.Errorf(umassist.EPRECONDITION, "fhirServer %s is not registered for this client", req.FHIRServer)
	}
	opts := []fhir.ClientOption{fhir.WithBearerToken(req.FHIRAuthorization.AccessToken), fhir.WithRetries(1, 100*time.Millisecond)}
	if hc != nil {
		opts = append(opts, fhir.WithHTTPClient(hc))
	}
	return fhir.NewClient(req.FHIRServer, opts...)
}

// payerOf names the payer whose policies govern: Medicare when the
// patient's coverage says so, else the one registered for the client,
// else Medicare (the corpus every install carries).
func payerOf(ctx context.Context, src umassist.FHIRSource, patient string, client *Client) (payer, coverage string) {
	covs, _ := src.Search(ctx, umassist.FHIRQuery{Type: "Coverage", Patient: patient, Limit: 5})
	for _, c := range covs {
		var cov struct {
			Payor []fhir.Reference `json:"payor"`
			Type  *struct {
				Text string `json:"text"`
			} `json:"type"`
		}
		if json.Unmarshal(c.Raw, &cov) != nil {
			continue
		}
		coverage = c.Ref()
		words := ""
		for _, p := range cov.Payor {
			words += " " + strings.ToLower(p.Display)
		}
		if cov.Type != nil {
			words += " " + strings.ToLower(cov.Type.Text)
		}
		if strings.Contains(words, "medicare") {
			return "medicare", coverage
		}
	}
	if client.Payer != "" {
		return client.Payer, coverage
	}
	return "medicare", coverage
}
