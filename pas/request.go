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

// Submission is a PAS request as the payer reads it: the Claim that names
// it, the service request to review, and the records that came with it.
type Submission struct {
	Claim
	// Request is what is asked for. Its Payer is "medicare" when the
	// insurer's (else the focal Coverage's payor's) name says Medicare and
	// empty otherwise: which plan a payer's own name stands for is the
	// caller's to decide.
	Request umassist.ServiceRequest `json:"request"`
	// Order is the requested-service resource the service was read from or
	// that its item names ("DeviceRequest/1"); "" when none.
	Order string `json:"order,omitempty"`
	// OtherDiagnoses are the Claim's diagnoses coded only in systems other
	// than ICD-10-CM (ICD-9-CM in old examples): shown to a reviewer, never
	// read by the criteria.
	OtherDiagnoses []umassist.Coding `json:"other_diagnoses,omitempty"`
	// SupportingInfo lists Claim.supportingInfo references, in order.
	SupportingInfo []string `json:"supporting_info,omitempty"`
	// Unresolved lists the references the Claim makes to resources that
	// are not in the bundle (a Coverage the payer already holds, say).
	// PAS tolerates them; the caller may look them up or ask.
	Unresolved []string `json:"unresolved,omitempty"`
	// Repairs says what was changed in a record so it could be read: an
	// STU3-style Condition status upgraded to R4's CodeableConcept, a
	// QuestionnaireResponse without subject given the Claim's patient.
	// Each names the resource; an audit should keep them.
	Repairs []string `json:"repairs,omitempty"`
	// Records are every resource of the bundle but the Claim, decoded and
	// checked to be the patient's or of a shared type (Practitioner,
	// Organization, Location...), ready for the fhir store.
	Records []*fhir.Parsed `json:"-"`
}

// orderTypes are the resources a Claim may name as the requested service
// (PAS requestedService, R4 Claim.prescription).
var orderTypes = []string{"ServiceRequest", "DeviceRequest", "MedicationRequest", "NutritionOrder", "VisionPrescription"}

// ParseRequest reads a PAS request: a Bundle of type collection whose
// first entry is a Claim with use preauthorization, followed by the
// resources the Claim references and the records that support it. It is
// strict about what a review needs (one patient, in the bundle, every
// record that patient's; a requested service with a code) and tolerant of
// what PAS leaves open or old examples omit (no Claim identifier, no
// insurer, a Coverage not sent, no items, a code outside CPT and HCPCS).
func ParseRequest(raw []byte) (*Submission, error) {
	env, err := readBundle(raw)
	if err != nil {
		return nil, err
	}
	if env.bundle.Type != "collection" {
		return nil, invalid("Bundle.type is %q; a PAS request is a collection", env.bundle.Type)
	}
	wc, claim, err := readClaim(env, "PAS request")
	if err != nil {
		return nil, err
	}
	s := &Submission{Claim: claim}
	unresolved := func(ref string) {
		if _, ok := env.resolve(ref); !ok && ref != "" && !slices.Contains(s.Unresolved, ref) {
			s.Unresolved = append(s.Unresolved, ref)
		}
	}
	unresolved(claim.Provider)
	unresolved(claim.Insurer)
	for _, in := range wc.Insurance {
		unresolved(in.Coverage.ref())
	}
	var notes []string
	attach := map[string]bool{}
	for _, si := range wc.SupportingInfo {
		// Other kinds (a logical reference by identifier, a timing, a
		// code) are the payer's to read from the Claim itself.
		if r := si.ValueReference.ref(); r != "" {
			s.SupportingInfo = append(s.SupportingInfo, r)
			if e, ok := env.resolve(r); ok {
				attach[e.head.ref()] = true
			}
			unresolved(r)
		} else if si.ValueString != nil && strings.TrimSpace(*si.ValueString) != "" {
			notes = append(notes, strings.TrimSpace(*si.ValueString))
		}
	}
	s.Request.Note = strings.Join(notes, "\n")

	byRef := map[string]*fhir.Parsed{}
	for _, e := range env.entries[1:] {
		p, repairs, err := decodeRecord(e, claim.Patient, attach[e.head.ref()])
		if err != nil {
			return nil, err
		}
		s.Repairs = append(s.Repairs, repairs...)
		s.Records = append(s.Records, p)
		byRef[p.Res.Ref()] = p
	}

	if err := s.readService(env, wc); err != nil {
		return nil, err
	}
	orders := append([]string{s.Order}, itemOrders(s.Items)...)
	if wc.Prescription != nil {
		orders = append(orders, wc.Prescription.ref(), requestedService(wc.Prescription.Extension))
	}
	for _, o := range orders {
		unresolved(o)
	}
	if err := s.readDiagnoses(env, wc, byRef, unresolved); err != nil {
		return nil, err
	}
	s.Request.Urgency = umassist.UrgencyStandard
	if wc.Priority != nil {
		for _, c := range wc.Priority.Coding {
			if code := strings.ToLower(strings.TrimSpace(c.Code)); code == "stat" || code == "urgent" {
				s.Request.Urgency = umassist.UrgencyExpedited
			}
		}
	}
	if s.Request.Date, err = claimDate(claim.Ref, wc.Created); err != nil {
		return nil, err
	}
	s.Request.Payer = payer(env, byRef, claim)
	s.Request.Requester = requester(env, claim.Provider, 2)
	return s, nil
}

func itemOrders(items []Item) []string {
	var out []string
	for _, it := range items {
		if it.Order != "" {
			out = append(out, it.Order)
		}
	}
	return out
}

// decodeRecord decodes one entry for the store and holds it to the
// Claim's patient. attached says the Claim cites it as supporting info.
func decodeRecord(e *entry, patient string, attached bool) (*fhir.Parsed, []string, error) {
	raw, repairs, err := repair(e, patient, attached)
	if err != nil {
		return nil, nil, invalid("Bundle.entry[%d] %s: %v", e.index, e.head.ref(), err)
	}
	p, err := fhir.Decode(raw, "", fhir.ParseOptions{})
	if err != nil {
		return nil, nil, invalid("Bundle.entry[%d] %s: %v", e.index, p.Ref, err)
	}
	p.Loc = fhir.Location{Entry: e.index}
	if err := fhir.OnePatient(patient, p.Res); err != nil {
		return nil, nil, invalid("Bundle.entry[%d]: %v", e.index, err)
	}
	return p, repairs, nil
}

// stu3Status are the Condition elements STU3 wrote as a bare code and R4
// as a CodeableConcept, with R4's code system and the codes both share.
var stu3Status = []struct {
	field, system string
	codes         []string
}{
	{"clinicalStatus", "http://terminology.hl7.org/CodeSystem/condition-clinical",
		[]string{"active", "recurrence", "relapse", "inactive", "remission", "resolved"}},
	{"verificationStatus", "http://terminology.hl7.org/CodeSystem/condition-ver-status",
		[]string{"unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"}},
}

// repair fixes the two things PAS examples get wrong that would otherwise
// refuse a bundle over a record's form rather than its content:
//   - a Condition's clinicalStatus or verificationStatus as an STU3 bare
//     code ("active") becomes the R4 CodeableConcept with the same code;
//   - a QuestionnaireResponse the Claim cites but that names no subject
//     (DTR output often omits it) is given the Claim's patient, which is
//     whose the Claim says it is.
//
// Anything else is left for fhir.Decode to accept or refuse.
func repair(e *entry, patient string, attached bool) ([]byte, []string, error) {
	isCondition := e.head.ResourceType == "Condition"
	isQR := e.head.ResourceType == "QuestionnaireResponse" && attached
	if !isCondition && !isQR {
		return e.raw, nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(e.raw, &m); err != nil {
		return e.raw, nil, nil // fhir.Decode says what is wrong
	}
	var repairs []string
	if isCondition {
		for _, f := range stu3Status {
			var code string
			if json.Unmarshal(m[f.field], &code) != nil || !slices.Contains(f.codes, code) {
				continue
			}
			cc, _ := json.Marshal(fhir.CodeableConcept{Coding: []fhir.Coding{{System: f.system, Code: code}}})
			m[f.field] = cc
			repairs = append(repairs, fmt.Sprintf("%s: %s %q (STU3) read as the R4 code %s|%s", e.head.ref(), f.field, code, f.system, code))
		}
	}
	if isQR {
		if subj, ok := m["subject"]; !ok || bytes.Equal(bytes.TrimSpace(subj), []byte("null")) {
			ref, _ := json.Marshal(wireRef{Reference: patient})
			m["subject"] = ref
			repairs = append(repairs, fmt.Sprintf("%s: no subject; given the Claim's patient %s, as its supporting info", e.head.ref(), patient))
		}
	}
	if len(repairs) == 0 {
		return e.raw, nil, nil
	}
	out, err := fhir.MarshalNoEscape(m)
	if err != nil {
		return nil, nil, err
	}
	return out, repairs, nil
}

// orderCodes reads the code of the order ref names: a ServiceRequest's
// code, a DeviceRequest's codeCodeableConcept, a MedicationRequest's
// medicationCodeableConcept or its Medication's code. nil, nil when the
// order is not in the bundle or carries no code.
func orderCodes(env *envelope, ref, where string) ([]umassist.Coding, error) {
	e, ok := env.resolve(ref)
	if !ok {
		return nil, nil
	}
	if !slices.Contains(orderTypes, e.head.ResourceType) {
		return nil, invalid("%s names %s as the requested service; it must be a %s", where, e.head.ref(), strings.Join(orderTypes, ", "))
	}
	var o struct {
		Code                      *fhir.CodeableConcept `json:"code"`
		CodeCodeableConcept       *fhir.CodeableConcept `json:"codeCodeableConcept"`
		MedicationCodeableConcept *fhir.CodeableConcept `json:"medicationCodeableConcept"`
		MedicationReference       *wireRef              `json:"medicationReference"`
	}
	switch e.head.ResourceType {
	case "NutritionOrder", "VisionPrescription":
		return nil, nil // no single code names what they order
	}
	if err := unmarshal(e.head.ref(), e.raw, &o); err != nil {
		return nil, err
	}
	var out []umassist.Coding
	for _, cc := range []*fhir.CodeableConcept{o.Code, o.CodeCodeableConcept, o.MedicationCodeableConcept} {
		out = append(out, codings(cc)...)
	}
	if m, ok := env.resolve(o.MedicationReference.ref()); ok && len(out) == 0 && m.head.ResourceType == "Medication" {
		var med struct {
			Code *fhir.CodeableConcept `json:"code"`
		}
		if err := unmarshal(m.head.ref(), m.raw, &med); err != nil {
			return nil, err
		}
		out = codings(med.Code)
	}
	return out, nil
}

// readService sets Request.Service and Order. The items' productOrService
// come first, then what each item's requestedService names, then
// Claim.prescription (a reference, or a requestedService extension on it
// as PAS 1.x examples write): the first coding in CPT, HCPCS, RxNorm or
// NDC wins, else the first coding found at all.
func (s *Submission) readService(env *envelope, wc *wireClaim) error {
	type candidate struct {
		codes []umassist.Coding
		order string
	}
	var cands []candidate
	for i, it := range wc.Item {
		order := requestedService(it.Extension)
		cands = append(cands, candidate{codings(it.ProductOrService), order})
		if order != "" {
			cs, err := orderCodes(env, order, fmt.Sprintf("%s.item[%d]", s.Ref, i))
			if err != nil {
				return err
			}
			cands = append(cands, candidate{cs, order})
		}
	}
	var missing []string
	if wc.Prescription != nil {
		for _, order := range []string{wc.Prescription.ref(), requestedService(wc.Prescription.Extension)} {
			if order == "" {
				continue
			}
			if _, ok := env.resolve(order); !ok {
				missing = append(missing, order)
			}
			cs, err := orderCodes(env, order, s.Ref+".prescription")
			if err != nil {
				return err
			}
			cands = append(cands, candidate{cs, order})
		}
	}
	for _, known := range []bool{true, false} {
		for _, c := range cands {
			if known && !knownService(c.codes) {
				continue
			}
			if sv, ok := pickService(c.codes); ok {
				s.Request.Service, s.Order = sv, c.order
				return checkService(s.Ref, sv)
			}
		}
	}
	msg := "no item.productOrService, requestedService or prescription carries a code"
	if len(missing) > 0 {
		msg += fmt.Sprintf(" (%s is not in the bundle)", strings.Join(missing, ", "))
	}
	return invalid("%s names no requested service: %s", s.Ref, msg)
}

func checkService(ref string, c umassist.Coding) error {
	switch {
	case len(c.Code) > umassist.MaxFieldLength || len(c.System) > umassist.MaxFieldLength:
		return invalid("%s: the requested service's code and system are at most %d bytes", ref, umassist.MaxFieldLength)
	case len(c.Display) > umassist.MaxDisplayLength:
		return invalid("%s: the requested service's display is at most %d bytes", ref, umassist.MaxDisplayLength)
	}
	return nil
}

// readDiagnoses reads Claim.diagnosis: a diagnosisCodeableConcept, or a
// diagnosisReference to a Condition in the bundle and its code.
func (s *Submission) readDiagnoses(env *envelope, wc *wireClaim, byRef map[string]*fhir.Parsed, unresolved func(string)) error {
	seen := map[string]bool{}
	for i, d := range wc.Diagnosis {
		cc := d.DiagnosisCodeableConcept
		if r := d.DiagnosisReference.ref(); r != "" {
			e, ok := env.resolve(r)
			if !ok {
				unresolved(r)
				continue
			}
			if e.head.ResourceType != "Condition" {
				return invalid("%s.diagnosis[%d].diagnosisReference names %s, not a Condition", s.Ref, i, e.head.ref())
			}
			cc = byRef[e.head.ref()].Meta.Code
		}
		var icd, other []umassist.Coding
		for _, c := range codings(cc) {
			if DiagnosisSystem(c.System) {
				c.System = umassist.SystemICD10CM
				icd = append(icd, c)
			} else {
				other = append(other, c)
			}
		}
		if len(icd) == 0 {
			s.OtherDiagnoses = appendNew(s.OtherDiagnoses, other, seen)
			continue
		}
		s.Request.Diagnoses = appendNew(s.Request.Diagnoses, icd, seen)
	}
	if n := len(s.Request.Diagnoses); n > umassist.MaxDiagnoses {
		return invalid("%s has %d diagnoses; at most %d", s.Ref, n, umassist.MaxDiagnoses)
	}
	for _, d := range append(slices.Clone(s.Request.Diagnoses), s.OtherDiagnoses...) {
		if len(d.Code) > umassist.MaxFieldLength || len(d.System) > umassist.MaxFieldLength || len(d.Display) > umassist.MaxDisplayLength {
			return invalid("%s: diagnosis %s is too long", s.Ref, d.Code)
		}
	}
	return nil
}

func appendNew(to, from []umassist.Coding, seen map[string]bool) []umassist.Coding {
	for _, c := range from {
		k := c.System + "|" + c.Code
		if !seen[k] {
			seen[k] = true
			to = append(to, c)
		}
	}
	return to
}

// claimDate is Claim.created's calendar day, as written (a timestamp's
// day in its own offset, not in UTC).
func claimDate(ref, created string) (umassist.Date, error) {
	if strings.TrimSpace(created) == "" {
		return umassist.Date{}, invalid("%s.created is missing", ref)
	}
	d, err := umassist.ParseDate(created)
	if err != nil {
		t, perr := time.Parse("2006-01-02T15:04:05", created)
		if perr != nil {
			return umassist.Date{}, invalid("%s.created %q is not a FHIR dateTime with a day", ref, created)
		}
		d, _ = umassist.ParseDate(t.Format(umassist.DateLayout))
	}
	if y := d.Year(); y < umassist.MinRequestYear || y > umassist.MaxRequestYear {
		return umassist.Date{}, invalid("%s.created %s is not a plausible request date (%d to %d)", ref, d, umassist.MinRequestYear, umassist.MaxRequestYear)
	}
	return d, nil
}

// payer reads "medicare" from the insurer's name, else from the focal
// Coverage's first payor's (PAS 1.x examples name no insurer).
// npiSystem is the NPI's identifier system (US Core).
const npiSystem = "http://hl7.org/fhir/sid/us-npi"

// requester names the Claim's provider for a reviewer: a Practitioner's
// or Organization's name and NPI; a PractitionerRole is followed to its
// practitioner (then its organization), depth times at most.
func requester(env *envelope, ref string, depth int) string {
	e, ok := env.resolve(ref)
	if !ok || depth < 0 {
		return ""
	}
	var r struct {
		Name         json.RawMessage                  `json:"name"`
		Practitioner struct{ Reference string }       `json:"practitioner"`
		Organization struct{ Reference string }       `json:"organization"`
		Identifier   []struct{ System, Value string } `json:"identifier"`
	}
	if json.Unmarshal(e.raw, &r) != nil {
		return ""
	}
	var name, npi string
	for _, id := range r.Identifier {
		if id.System == npiSystem {
			npi = id.Value
		}
	}
	switch e.head.ResourceType {
	case "Organization":
		if json.Unmarshal(r.Name, &name) == nil && name == unnamedRequester {
			name = ""
		}
	case "Practitioner":
		var hn []umassist.HumanName
		if json.Unmarshal(r.Name, &hn) == nil && len(hn) > 0 {
			name = hn[0].Display()
		}
	case "PractitionerRole":
		if name = requester(env, r.Practitioner.Reference, depth-1); name == "" {
			name = requester(env, r.Organization.Reference, depth-1)
		}
		return name
	}
	return umassist.RequesterLabel(strings.Join(strings.Fields(name), " "), npi)
}

func payer(env *envelope, byRef map[string]*fhir.Parsed, c Claim) string {
	orgs := []string{c.Insurer}
	if e, ok := env.resolve(c.Coverage); ok && e.head.ResourceType == "Coverage" {
		if cov := byRef[e.head.ref()]; cov != nil && cov.Meta != nil && len(cov.Meta.Payor) > 0 {
			orgs = append(orgs, cov.Meta.Payor[0].Reference)
		}
	}
	for _, ref := range orgs {
		e, ok := env.resolve(ref)
		if !ok || e.head.ResourceType != "Organization" {
			continue
		}
		var org struct {
			Name string `json:"name"`
		}
		if json.Unmarshal(e.raw, &org) == nil && strings.Contains(strings.ToLower(org.Name), "medicare") {
			return "medicare"
		}
		return ""
	}
	return ""
}
