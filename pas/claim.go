package pas

import (
	"fmt"
	"slices"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// Claim names a PAS request: what a response or an inquiry needs to point
// back at it, as the payer read it from the request's Claim.
type Claim struct {
	// Ref is the Claim's reference, "Claim/1".
	Ref string `json:"ref"`
	// Identifiers are the Claim's business identifiers (the X12 patient
	// event trace numbers), by which a response and an inquiry name the
	// request. A Claim that carries none is named by its id alone
	// (Identifier{Value: id}, no system).
	Identifiers []Identifier `json:"identifiers"`
	// Status is the Claim's status as sent ("active"; examples send "draft").
	Status string `json:"status,omitempty"`
	// Type is the Claim's type, copied into the response.
	Type umassist.Coding `json:"type,omitzero"`
	// Patient is "Patient/id"; the Patient is always in the bundle.
	Patient string `json:"patient"`
	// Provider is the requester ("PractitionerRole/1"); "" when unnamed.
	Provider string `json:"provider,omitempty"`
	// Insurer is the payer's Organization reference; "" when the Claim
	// names none (PAS 1.x examples omit it).
	Insurer string `json:"insurer,omitempty"`
	// Coverage is the focal Coverage reference; "" when none is named. It
	// may name a Coverage that is not in the bundle.
	Coverage string `json:"coverage,omitempty"`
	// Items are the Claim's lines, in order; none is common in PAS 1.x
	// examples, which name the service through Claim.prescription.
	Items []Item `json:"items,omitempty"`
}

// Item is one line of a Claim.
type Item struct {
	Sequence int `json:"sequence"`
	// Service is the line's productOrService: its first coding in a system
	// umassist knows (system spelled as umassist spells it), else its
	// first coding, else the code of the order it names. Zero when none.
	Service umassist.Coding `json:"service,omitzero"`
	// Order is the requestedService the line names ("DeviceRequest/1").
	Order string `json:"order,omitempty"`
}

type wireClaim struct {
	ResourceType string                `json:"resourceType"`
	ID           string                `json:"id"`
	Identifier   []wireIdentifier      `json:"identifier,omitempty"`
	Status       string                `json:"status,omitempty"`
	Type         *fhir.CodeableConcept `json:"type,omitempty"`
	Use          string                `json:"use,omitempty"`
	Patient      *wireRef              `json:"patient,omitempty"`
	Created      string                `json:"created,omitempty"`
	Insurer      *wireRef              `json:"insurer,omitempty"`
	Provider     *wireRef              `json:"provider,omitempty"`
	Priority     *fhir.CodeableConcept `json:"priority,omitempty"`
	Prescription *wireRef              `json:"prescription,omitempty"`
	// SupportingInfo, Diagnosis, Insurance and Item in the order R4 lists
	// them, so a built Claim reads like the specification.
	SupportingInfo []wireSupportingInfo `json:"supportingInfo,omitempty"`
	Diagnosis      []wireDiagnosis      `json:"diagnosis,omitempty"`
	Insurance      []wireInsurance      `json:"insurance,omitempty"`
	Item           []wireItem           `json:"item,omitempty"`
}

type wireSupportingInfo struct {
	Sequence       int                   `json:"sequence"`
	Category       *fhir.CodeableConcept `json:"category,omitempty"`
	ValueReference *wireRef              `json:"valueReference,omitempty"`
	ValueString    *string               `json:"valueString,omitempty"`
}

type wireDiagnosis struct {
	Sequence                 int                   `json:"sequence"`
	DiagnosisCodeableConcept *fhir.CodeableConcept `json:"diagnosisCodeableConcept,omitempty"`
	DiagnosisReference       *wireRef              `json:"diagnosisReference,omitempty"`
}

type wireInsurance struct {
	Sequence int      `json:"sequence"`
	Focal    bool     `json:"focal"`
	Coverage *wireRef `json:"coverage,omitempty"`
}

type wireItem struct {
	Extension        []wireExt             `json:"extension,omitempty"`
	Sequence         int                   `json:"sequence"`
	DiagnosisSeq     []int                 `json:"diagnosisSequence,omitempty"`
	InformationSeq   []int                 `json:"informationSequence,omitempty"`
	ProductOrService *fhir.CodeableConcept `json:"productOrService,omitempty"`
}

func (r *wireRef) ref() string {
	if r == nil {
		return ""
	}
	return strings.TrimSpace(r.Reference)
}

// requestedService is the first requestedService extension's reference
// among exts; "" when none.
func requestedService(exts []wireExt) string {
	for _, e := range exts {
		if e.URL == ExtRequestedService && e.ValueReference.ref() != "" {
			return e.ValueReference.ref()
		}
	}
	return ""
}

// readClaim reads the Claim a PAS request or inquiry starts with: the
// bundle's first entry, use preauthorization, naming a Patient that is in
// the bundle. It returns the wire form too, for what only a request reads.
func readClaim(env *envelope, what string) (*wireClaim, Claim, error) {
	if len(env.entries) == 0 {
		return nil, Claim{}, invalid("the Bundle has no entries; a %s starts with a Claim", what)
	}
	first := env.entries[0]
	if first.head.ResourceType != "Claim" {
		return nil, Claim{}, invalid("Bundle.entry[0] is %s; a %s starts with a Claim", first.head.ref(), what)
	}
	ref := first.head.ref()
	if _, err := fhir.Decode(first.raw, "Claim", fhir.ParseOptions{}); err != nil {
		return nil, Claim{}, invalid("%s: %v", ref, err)
	}
	var wc wireClaim
	if err := unmarshal(ref, first.raw, &wc); err != nil {
		return nil, Claim{}, err
	}
	switch {
	case wc.Use != "preauthorization":
		if wc.Use == "" {
			return nil, Claim{}, invalid("%s.use is missing; a %s has use preauthorization", ref, what)
		}
		return nil, Claim{}, invalid("%s.use is %q; a %s has use preauthorization", ref, wc.Use, what)
	case wc.Status == "cancelled" || wc.Status == "entered-in-error":
		return nil, Claim{}, invalid("%s.status is %q: a withdrawn Claim is not a %s", ref, wc.Status, what)
	}
	c := Claim{Ref: ref, Status: wc.Status, Provider: wc.Provider.ref(), Insurer: wc.Insurer.ref()}
	for _, id := range wc.Identifier {
		if v := strings.TrimSpace(id.Value); v != "" {
			c.Identifiers = append(c.Identifiers, Identifier{System: strings.TrimSpace(id.System), Value: v})
		}
	}
	if len(c.Identifiers) == 0 {
		c.Identifiers = []Identifier{{Value: first.head.ID}}
	}
	if cs := codings(wc.Type); len(cs) > 0 {
		c.Type = cs[0]
	}
	pref := wc.Patient.ref()
	if pref == "" {
		return nil, Claim{}, invalid("%s.patient is missing", ref)
	}
	pe, ok := env.resolve(pref)
	switch {
	case !ok:
		return nil, Claim{}, invalid("%s.patient names %s, which is not in the bundle", ref, pref)
	case pe.head.ResourceType != "Patient":
		return nil, Claim{}, invalid("%s.patient names %s, not a Patient", ref, pref)
	}
	c.Patient = pe.head.ref()
	c.Coverage = focalCoverage(wc.Insurance)
	for i, it := range wc.Item {
		item := Item{Sequence: it.Sequence, Order: requestedService(it.Extension)}
		if item.Sequence == 0 {
			item.Sequence = i + 1
		}
		cs := codings(it.ProductOrService)
		if len(cs) == 0 && item.Order != "" {
			oc, err := orderCodes(env, item.Order, fmt.Sprintf("%s.item[%d]", ref, i))
			if err != nil {
				return nil, Claim{}, err
			}
			cs = oc
		}
		if sv, ok := pickService(cs); ok {
			item.Service = sv
		}
		c.Items = append(c.Items, item)
	}
	return &wc, c, nil
}

// focalCoverage is the focal insurance's coverage, else the first one's.
func focalCoverage(ins []wireInsurance) string {
	for _, in := range ins {
		if in.Focal && in.Coverage.ref() != "" {
			return in.Coverage.ref()
		}
	}
	for _, in := range ins {
		if in.Coverage.ref() != "" {
			return in.Coverage.ref()
		}
	}
	return ""
}

// pickService chooses a service among codings: PreferredService, else the
// first coding at all, as sent (a payer's own code list, an X12 service
// type): the reviewer sees what was asked even when no policy matches it.
func pickService(cs []umassist.Coding) (umassist.Coding, bool) {
	if c, ok := PreferredService(cs); ok {
		return c, true
	}
	if len(cs) > 0 {
		return cs[0], true
	}
	return umassist.Coding{}, false
}

// PreferredService picks the coding umassist keys policies by, its system
// spelled canonically: CPT, then HCPCS, then RxNorm, then NDC, whatever
// the order sent. A drug coded both ways is reviewed by its RxNorm code,
// which names its ingredient; an NDC names a package.
func PreferredService(cs []umassist.Coding) (umassist.Coding, bool) {
	for _, want := range []string{umassist.SystemCPT, umassist.SystemHCPCS, umassist.SystemRxNorm, umassist.SystemNDC} {
		for _, c := range cs {
			if sys, ok := ServiceSystem(c.System); ok && sys == want && strings.TrimSpace(c.Code) != "" {
				c.System = sys
				return c, true
			}
		}
	}
	return umassist.Coding{}, false
}

// knownService reports whether any coding is in a system umassist knows.
func knownService(cs []umassist.Coding) bool {
	return slices.ContainsFunc(cs, func(c umassist.Coding) bool {
		_, ok := ServiceSystem(c.System)
		return ok
	})
}
