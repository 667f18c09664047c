package cdshooks

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/umassist/umassist"
)

// The client's side of a call, for tests, benchmarks, the demo and an
// umassist instance that audits its own orders against another's service.

// SignToken signs the JWT a CDS client sends with each call: ES384 for a
// P-384 key, RS384 for an RSA key, living two minutes.
func SignToken(key crypto.Signer, kid, issuer, clientID, audience string, now time.Time) (string, error) {
	var m jwt.SigningMethod
	switch k := key.(type) {
	case *ecdsa.PrivateKey:
		if k.Curve.Params().Name != "P-384" {
			return "", fmt.Errorf("cdshooks: sign: ES384 needs a P-384 key")
		}
		m = jwt.SigningMethodES384
	case *rsa.PrivateKey:
		m = jwt.SigningMethodRS384
	default:
		return "", fmt.Errorf("cdshooks: sign: want an ECDSA P-384 or RSA key, not %T", key)
	}
	jti := make([]byte, 16)
	if _, err := rand.Read(jti); err != nil {
		return "", fmt.Errorf("cdshooks: sign: %w", err)
	}
	tok := jwt.NewWithClaims(m, jwt.MapClaims{"iss": issuer, "sub": clientID, "aud": audience,
		"iat": now.Unix(), "exp": now.Add(2 * time.Minute).Unix(), "jti": hex.EncodeToString(jti)})
	tok.Header["kid"] = kid
	s, err := tok.SignedString(key)
	if err != nil {
		return "", fmt.Errorf("cdshooks: sign: %w", err)
	}
	return s, nil
}

// PrefetchFromBundle sorts one patient's Bundle into this service's
// prefetch keys, as an EHR answering the templates would: the Patient,
// and a searchset per key. Types no template asks for are left out.
func PrefetchFromBundle(bundle []byte) (patientID string, prefetch map[string]json.RawMessage, err error) {
	return prefetchFromBundle(bundle, "")
}

// prefetchFromBundle also answers the "user" key with the ordering user's
// resource (user, "PractitionerRole/x") when the Bundle holds it.
func prefetchFromBundle(bundle []byte, user string) (patientID string, prefetch map[string]json.RawMessage, err error) {
	var b struct {
		Entry []struct {
			Resource json.RawMessage `json:"resource"`
		} `json:"entry"`
	}
	if err := json.Unmarshal(bundle, &b); err != nil {
		return "", nil, umassist.Errorf(umassist.EINVALID, "cdshooks: bundle: %v", err)
	}
	keyOf := map[string]string{} // "Observation" → "observations"
	for _, k := range prefetchKeys[1:] {
		if k.Optional {
			continue
		}
		typ, _, _ := strings.Cut(k.Query, "?")
		keyOf[typ] = k.Key
	}
	sets := map[string][]json.RawMessage{}
	prefetch = map[string]json.RawMessage{}
	for _, e := range b.Entry {
		var head struct {
			ResourceType string `json:"resourceType"`
			ID           string `json:"id"`
		}
		if json.Unmarshal(e.Resource, &head) != nil {
			continue
		}
		if user != "" && head.ResourceType+"/"+head.ID == user {
			prefetch["user"] = e.Resource
			continue
		}
		if head.ResourceType == "Patient" {
			if patientID != "" && patientID != head.ID {
				return "", nil, umassist.Errorf(umassist.EINVALID, "cdshooks: bundle holds more than one patient")
			}
			patientID, prefetch["patient"] = head.ID, e.Resource
			continue
		}
		if key, ok := keyOf[head.ResourceType]; ok {
			sets[key] = append(sets[key], e.Resource)
		}
	}
	if patientID == "" {
		return "", nil, umassist.Errorf(umassist.EINVALID, "cdshooks: bundle holds no Patient")
	}
	for _, k := range prefetchKeys[1:] {
		if k.Optional {
			continue
		}
		entries := []map[string]json.RawMessage{}
		for _, r := range sets[k.Key] {
			entries = append(entries, map[string]json.RawMessage{"resource": r})
		}
		raw, err := json.Marshal(map[string]any{"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries})
		if err != nil {
			return "", nil, fmt.Errorf("cdshooks: prefetch %s: %w", k.Key, err)
		}
		prefetch[k.Key] = raw
	}
	return patientID, prefetch, nil
}

// DraftOrders is the draftOrders Bundle of one order for patientID: a
// MedicationRequest for an RxNorm or NDC code, else a ServiceRequest, with
// the diagnoses as its reasonCode.
func DraftOrders(patientID, orderID string, service umassist.Coding, diagnoses []umassist.Coding, expedited bool) json.RawMessage {
	priority := "routine"
	if expedited {
		priority = "urgent"
	}
	var reasons []map[string]any
	for _, d := range diagnoses {
		reasons = append(reasons, map[string]any{"coding": []umassist.Coding{d}})
	}
	r := map[string]any{"id": orderID, "status": "draft", "intent": "order", "priority": priority,
		"subject": map[string]string{"reference": "Patient/" + patientID}, "reasonCode": reasons}
	concept := map[string]any{"coding": []umassist.Coding{service}}
	if service.System == umassist.SystemRxNorm || service.System == umassist.SystemNDC {
		r["resourceType"], r["medicationCodeableConcept"] = "MedicationRequest", concept
	} else {
		r["resourceType"], r["code"] = "ServiceRequest", concept
	}
	b, _ := json.Marshal(map[string]any{"resourceType": "Bundle", "type": "collection", "entry": []any{map[string]any{"resource": r}}})
	return b
}

// EHR is a CDS client: it signs each call with its key and posts it to a
// service. umassist's own CLI (umassist cds call), the demo and the tests
// call services through it.
type EHR struct {
	BaseURL  string // the service's base, "https://umassist.example.org"
	Key      crypto.Signer
	KeyID    string
	Issuer   string
	ClientID string
	HTTP     *http.Client
	NowFunc  func() time.Time
}

// Call posts req to the service id and returns its answer; a refusal is
// an error carrying the service's problem detail.
func (e *EHR) Call(ctx context.Context, serviceID string, req *Request) (*Response, error) {
	now := time.Now()
	if e.NowFunc != nil {
		now = e.NowFunc()
	}
	url := strings.TrimSuffix(e.BaseURL, "/") + "/cds-services/" + serviceID
	tok, err := SignToken(e.Key, e.KeyID, e.Issuer, e.ClientID, url, now)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("cdshooks: call: %w", err)
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("cdshooks: call: %w", err)
	}
	hr.Header.Set("Authorization", "Bearer "+tok)
	hr.Header.Set("Content-Type", "application/json")
	hc := e.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	res, err := hc.Do(hr)
	if err != nil {
		return nil, umassist.Errorf(umassist.EUNAVAILABLE, "cdshooks: call %s: %v", url, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, maxBody))
	if err != nil {
		return nil, fmt.Errorf("cdshooks: call %s: %w", url, err)
	}
	if res.StatusCode != http.StatusOK {
		var p struct {
			Detail string `json:"detail"`
		}
		_ = json.Unmarshal(raw, &p)
		return nil, fmt.Errorf("cdshooks: call %s: %s: %s", url, res.Status, p.Detail)
	}
	var out Response
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("cdshooks: call %s: the answer is not a CDS Hooks response: %w", url, err)
	}
	return &out, nil
}

// OrderSign is the order-sign call for one order on a patient's Bundle.
func OrderSign(hookInstance, user string, bundle []byte, service umassist.Coding, diagnoses []umassist.Coding, expedited bool) (*Request, error) {
	patientID, prefetch, err := prefetchFromBundle(bundle, user)
	if err != nil {
		return nil, err
	}
	return &Request{Hook: "order-sign", HookInstance: hookInstance, Prefetch: prefetch,
		Context: HookContext{UserID: user, PatientID: patientID,
			DraftOrders: DraftOrders(patientID, "order-"+hookInstance, service, diagnoses, expedited)}}, nil
}
