package pas

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// InquiryInput is what a provider sends to ask where a request stands
// (PAS Claim/$inquire).
type InquiryInput struct {
	// Identifiers are the request's own (its Claim.identifier, as sent):
	// they are what the payer finds it by. At least one is required.
	Identifiers []Identifier
	// Patient is required; Requester, Insurer and Coverage are as in
	// RequestInput (minimal stand-ins when nil; Payer names the insurer).
	Patient   json.RawMessage
	Requester json.RawMessage
	Insurer   json.RawMessage
	Payer     string
	Coverage  json.RawMessage
	// Service, when set, narrows the inquiry to the item asking for it.
	Service umassist.Coding
	// BaseURL and Now are as in RequestInput; Now's day is Claim.created.
	BaseURL string
	Now     time.Time
}

// Inquiry is a $inquire as the payer reads it: the identifiers of the
// request asked about, its patient and the provider asking.
type Inquiry struct {
	// Claim is the inquiry's own Claim: Ref is its reference, Identifiers
	// the request's, Patient, Provider, Insurer and Items as sent.
	Claim
	// PatientIdentifiers are the Patient's identifiers (a member id), for
	// a payer to check the inquiry is about the request's patient.
	PatientIdentifiers []Identifier `json:"patient_identifiers,omitempty"`
}

// BuildInquiry builds a PAS inquiry Bundle (type collection): a Claim
// with use preauthorization carrying the request's identifiers, the
// patient, the provider and the insurer, followed by those resources. It
// is built like a request (R4 requires a Claim's priority and insurance)
// but names no diagnosis and cites no evidence; its own id differs from
// the request's, so the two never collide in a store.
func BuildInquiry(in InquiryInput) ([]byte, error) {
	if len(in.Identifiers) == 0 {
		return nil, invalid("inquiry: Identifiers are required: they are how the payer finds the request")
	}
	for i, id := range in.Identifiers {
		if strings.TrimSpace(id.Value) == "" {
			return nil, invalid("inquiry: Identifiers[%d] has no value", i)
		}
	}
	now := in.Now
	if now.IsZero() {
		now = time.Now()
	}
	b := newBuilder(in.BaseURL)
	pt, err := b.addParties(in.Patient, in.Coverage, in.Requester, in.Insurer, in.Payer, "")
	if err != nil {
		return nil, err
	}
	wc := b.claim(pt, in.Identifiers, now.Format(umassist.DateLayout))
	wc.ID = "inquiry-" + strings.TrimPrefix(wc.ID, "claim-")
	if in.Service.Code != "" {
		wc.Item = []wireItem{{Sequence: 1, ProductOrService: concept(in.Service)}}
	}
	return b.bundle("Claim", wc.ID, wc, nil, now)
}

// ParseInquiry reads a PAS inquiry: a Bundle of type collection whose
// first entry is a Claim with use preauthorization and at least one
// identifier (an inquiry that names no request cannot be answered), its
// Patient in the bundle and every resource that patient's or shared.
func ParseInquiry(raw []byte) (*Inquiry, error) {
	env, err := readBundle(raw)
	if err != nil {
		return nil, err
	}
	if env.bundle.Type != "collection" {
		return nil, invalid("Bundle.type is %q; a PAS inquiry is a collection", env.bundle.Type)
	}
	wc, claim, err := readClaim(env, "PAS inquiry")
	if err != nil {
		return nil, err
	}
	if !hasIdentifier(wc.Identifier) {
		return nil, invalid("%s.identifier is missing: an inquiry names the request it asks about by its identifier", claim.Ref)
	}
	for _, e := range env.entries[1:] {
		if _, _, err := decodeRecord(e, claim.Patient, false); err != nil {
			return nil, err
		}
	}
	q := &Inquiry{Claim: claim}
	pe, _ := env.resolve(claim.Patient)
	var pat struct {
		Identifier []wireIdentifier `json:"identifier"`
	}
	if err := unmarshal(claim.Patient, pe.raw, &pat); err != nil {
		return nil, err
	}
	for _, id := range pat.Identifier {
		if v := strings.TrimSpace(id.Value); v != "" {
			q.PatientIdentifiers = append(q.PatientIdentifiers, Identifier{System: strings.TrimSpace(id.System), Value: v})
		}
	}
	return q, nil
}

func hasIdentifier(ids []wireIdentifier) bool {
	for _, id := range ids {
		if strings.TrimSpace(id.Value) != "" {
			return true
		}
	}
	return false
}
