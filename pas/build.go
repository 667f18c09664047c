package pas

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// RequestInput is what a provider sends for review. Resources are raw
// FHIR R4 JSON, as the EHR holds them; each is checked to be the
// patient's or of a shared type.
type RequestInput struct {
	// Identifier names the request for good (Claim.identifier and the
	// Bundle's): a response and an inquiry name it back. System and value
	// are both required.
	Identifier Identifier
	// Request is the service, diagnoses (ICD-10-CM when no system is
	// given), urgency (standard when empty) and date (Claim.created).
	// Payer names the insurer when Insurer is not given; Note travels as
	// a supportingInfo string.
	Request umassist.ServiceRequest
	// Patient is required.
	Patient json.RawMessage
	// Coverage is the patient's Coverage; when nil a minimal one is built
	// (active, the patient, paid by the insurer), since R4 requires a
	// Claim to name one.
	Coverage json.RawMessage
	// Requester is the Practitioner, PractitionerRole or Organization
	// asking (Claim.provider); when nil a minimal Organization stands in.
	Requester json.RawMessage
	// Insurer is the payer's Organization; when nil a minimal one named
	// Request.Payer is built.
	Insurer json.RawMessage
	// Order is the ServiceRequest, DeviceRequest, MedicationRequest or
	// NutritionOrder behind the request (optional): the Claim item names
	// it with the PAS requestedService extension.
	Order json.RawMessage
	// Evidence are the records that support the request, each cited in
	// Claim.supportingInfo in this order.
	Evidence []json.RawMessage
	// BaseURL is the sender's FHIR base: fullUrls are BaseURL/Type/id, so
	// the relative references every resource already carries (subject:
	// Patient/1) resolve inside the bundle as FHIR's rules say. Default
	// DefaultBaseURL.
	BaseURL string
	// Now stamps the Bundle; zero means the current time.
	Now time.Time
}

// DefaultBaseURL is the base of fullUrls when the caller gives none: a
// name under the reserved .invalid domain (RFC 2606), which resolves
// nowhere and only anchors the bundle's relative references.
const DefaultBaseURL = "https://fhir.umassist.invalid/fhir"

// BuildRequest builds a PAS request Bundle (type collection) from the
// provider's side: a Claim (status active, type professional, use
// preauthorization, priority normal or stat, the focal Coverage, the
// diagnoses as ICD-10-CM concepts, one item with the service and the
// requestedService extension when an order is given, each evidence
// resource cited as supportingInfo of category "info"), then the Patient,
// Coverage, requester, insurer, order and evidence. Claim.type is always
// professional: PAS carries the medical benefit (CMS-0057-F leaves drugs
// under the pharmacy benefit out), and a drug billed under the medical
// benefit is a professional claim too. The Claim claims no PAS profile in
// meta: this package does not validate every PAS constraint.
func BuildRequest(in RequestInput) ([]byte, error) {
	r := in.Request
	switch {
	case strings.TrimSpace(in.Identifier.System) == "" || strings.TrimSpace(in.Identifier.Value) == "":
		return nil, invalid("request: Identifier needs a system and a value")
	case strings.TrimSpace(r.Service.Code) == "" || strings.TrimSpace(r.Service.System) == "":
		return nil, invalid("request: the service needs a system and a code")
	case r.Urgency != "" && !r.Urgency.Valid():
		return nil, invalid("request: urgency must be standard or expedited, not %q", r.Urgency)
	case r.Date.IsZero():
		return nil, invalid("request: date is required (Claim.created)")
	case len(r.Diagnoses) > umassist.MaxDiagnoses:
		return nil, invalid("request: at most %d diagnoses, not %d", umassist.MaxDiagnoses, len(r.Diagnoses))
	}
	b := newBuilder(in.BaseURL)
	pt, err := b.addParties(in.Patient, in.Coverage, in.Requester, in.Insurer, r.Payer, r.Requester)
	if err != nil {
		return nil, err
	}
	wc := b.claim(pt, []Identifier{in.Identifier}, r.Date.String())
	if r.Urgency == umassist.UrgencyExpedited {
		wc.Priority = concept(umassist.Coding{System: SystemProcessPriority, Code: "stat", Display: "Immediate"})
	}
	item := wireItem{Sequence: 1, ProductOrService: concept(r.Service)}
	for i, d := range r.Diagnoses {
		if strings.TrimSpace(d.Code) == "" {
			return nil, invalid("request: diagnosis %d has no code", i)
		}
		if d.System == "" {
			d.System = umassist.SystemICD10CM
		}
		wc.Diagnosis = append(wc.Diagnosis, wireDiagnosis{Sequence: i + 1, DiagnosisCodeableConcept: concept(d)})
		item.DiagnosisSeq = append(item.DiagnosisSeq, i+1)
	}
	if len(in.Order) > 0 {
		ref, err := b.add("Order", in.Order, orderTypes...)
		if err != nil {
			return nil, err
		}
		item.Extension = []wireExt{{URL: ExtRequestedService, ValueReference: &wireRef{Reference: ref}}}
	}
	info := concept(umassist.Coding{System: SystemInformationCategory, Code: "info", Display: "Information"})
	for i, raw := range in.Evidence {
		ref, err := b.add(fmt.Sprintf("Evidence[%d]", i), raw)
		if err != nil {
			return nil, err
		}
		seq := len(wc.SupportingInfo) + 1
		wc.SupportingInfo = append(wc.SupportingInfo, wireSupportingInfo{Sequence: seq, Category: info, ValueReference: &wireRef{Reference: ref}})
		item.InformationSeq = append(item.InformationSeq, seq)
	}
	if note := strings.TrimSpace(r.Note); note != "" {
		seq := len(wc.SupportingInfo) + 1
		wc.SupportingInfo = append(wc.SupportingInfo, wireSupportingInfo{Sequence: seq, Category: info, ValueString: &note})
	}
	wc.Item = []wireItem{item}
	return b.bundle("Claim", wc.ID, wc, &wireIdentifier{System: in.Identifier.System, Value: in.Identifier.Value}, in.Now)
}

// builder collects a bundle's entries, each decoded and held to one
// patient, with fullUrls under one base.
type builder struct {
	base    string
	patient string
	raws    map[string][]byte
	entries []wireEntry
}

func newBuilder(base string) *builder {
	base = strings.TrimRight(strings.TrimSpace(base), "/")
	if base == "" {
		base = DefaultBaseURL
	}
	return &builder{base: base, raws: map[string][]byte{}}
}

// add decodes raw (of one of types, when given), holds it to the patient
// and appends it; the same resource added twice is kept once, two
// different resources with one Type/id are refused.
func (b *builder) add(field string, raw []byte, types ...string) (string, error) {
	p, err := fhir.Decode(raw, "", fhir.ParseOptions{})
	if err != nil {
		return "", invalid("%s %s: %v", field, p.Ref, err)
	}
	ref := p.Res.Ref()
	if len(types) > 0 && !slices.Contains(types, p.Res.Type) {
		return "", invalid("%s is %s; it must be a %s", field, ref, strings.Join(types, " or "))
	}
	if b.patient != "" {
		if err := fhir.OnePatient(b.patient, p.Res); err != nil {
			return "", invalid("%s: %v", field, err)
		}
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		return "", invalid("%s %s: %v", field, ref, err)
	}
	if prev, ok := b.raws[ref]; ok {
		if bytes.Equal(prev, compact.Bytes()) {
			return ref, nil
		}
		return "", invalid("%s: another %s is already in the bundle", field, ref)
	}
	b.raws[ref] = compact.Bytes()
	b.entries = append(b.entries, wireEntry{FullURL: b.base + "/" + ref, Resource: compact.Bytes()})
	return ref, nil
}

// addBuilt marshals a resource this package made up and adds it.
func (b *builder) addBuilt(field string, v any) (string, error) {
	raw, err := fhir.MarshalNoEscape(v)
	if err != nil {
		return "", err
	}
	return b.add(field, raw)
}

// unnamedRequester names the stand-in requester when the request names
// nobody; read back, it names nobody again.
const unnamedRequester = "Requesting provider (not named)"

// parties are the references every PAS Claim names.
type parties struct {
	patient, coverage, requester, insurer string
}

// addParties adds the Patient, insurer, requester and Coverage, building the
// minimal resources that stand in for the ones not given.
func (b *builder) addParties(patient, coverage, requester, insurer json.RawMessage, payerName, requesterName string) (parties, error) {
	var pt parties
	if len(patient) == 0 {
		return pt, invalid("request: Patient is required")
	}
	var err error
	if pt.patient, err = b.add("Patient", patient, "Patient"); err != nil {
		return pt, err
	}
	b.patient = pt.patient
	if len(insurer) > 0 {
		pt.insurer, err = b.add("Insurer", insurer, "Organization")
	} else if name := strings.TrimSpace(payerName); name != "" {
		pt.insurer, err = b.addBuilt("Insurer", map[string]any{
			"resourceType": "Organization", "id": stableID("org-", name), "name": name,
		})
	} else {
		err = invalid("request: Insurer or Request.Payer is required to name the insurer")
	}
	if err != nil {
		return pt, err
	}
	if len(requester) > 0 {
		pt.requester, err = b.add("Requester", requester, "Practitioner", "PractitionerRole", "Organization")
	} else {
		name := strings.TrimSpace(requesterName)
		if name == "" {
			name = unnamedRequester
		}
		pt.requester, err = b.addBuilt("Requester", map[string]any{
			"resourceType": "Organization", "id": stableID("req-", pt.patient), "name": name,
		})
	}
	if err != nil {
		return pt, err
	}
	if len(coverage) > 0 {
		pt.coverage, err = b.add("Coverage", coverage, "Coverage")
	} else {
		pt.coverage, err = b.addBuilt("Coverage", map[string]any{
			"resourceType": "Coverage", "id": stableID("cov-", pt.patient, pt.insurer), "status": "active",
			"beneficiary": wireRef{Reference: pt.patient}, "payor": []wireRef{{Reference: pt.insurer}},
		})
	}
	return pt, err
}

// claim is the Claim every PAS bundle this package builds starts with.
func (b *builder) claim(pt parties, ids []Identifier, created string) *wireClaim {
	keys := make([]string, len(ids))
	wc := &wireClaim{
		ResourceType: "Claim", Status: "active", Use: "preauthorization", Created: created,
		Type:      concept(umassist.Coding{System: SystemClaimType, Code: "professional", Display: "Professional"}),
		Patient:   &wireRef{Reference: pt.patient},
		Insurer:   &wireRef{Reference: pt.insurer},
		Provider:  &wireRef{Reference: pt.requester},
		Priority:  concept(umassist.Coding{System: SystemProcessPriority, Code: "normal", Display: "Normal"}),
		Insurance: []wireInsurance{{Sequence: 1, Focal: true, Coverage: &wireRef{Reference: pt.coverage}}},
	}
	for i, id := range ids {
		keys[i] = id.String()
		wc.Identifier = append(wc.Identifier, wireIdentifier(id))
	}
	wc.ID = stableID("claim-", keys...)
	return wc
}

// bundle puts the first resource (the Claim, the ClaimResponse) before
// the entries added, and stamps the Bundle.
func (b *builder) bundle(typ, id string, first any, ident *wireIdentifier, now time.Time) ([]byte, error) {
	raw, err := fhir.MarshalNoEscape(first)
	if err != nil {
		return nil, err
	}
	if now.IsZero() {
		now = time.Now()
	}
	entries := append([]wireEntry{{FullURL: b.base + "/" + typ + "/" + id, Resource: raw}}, b.entries...)
	return fhir.MarshalNoEscape(wireBundle{
		ResourceType: "Bundle", ID: stableID("bundle-", typ, id, now.UTC().Format(time.RFC3339Nano)),
		Identifier: ident, Type: "collection", Timestamp: now.UTC().Format(time.RFC3339), Entry: entries,
	})
}
