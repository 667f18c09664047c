package cdshooks

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/pas"
)

// orderTypes are the draft orders CRD reviews on order-select and
// order-sign, with the element that holds what is ordered.
var orderTypes = map[string]string{
	"ServiceRequest":    "code",
	"DeviceRequest":     "codeCodeableConcept",
	"MedicationRequest": "medicationCodeableConcept",
}

// maxOrders bounds the orders drafted in one call: a hook answers while
// the clinician waits.
const maxOrders = 10

// order is one draft order read from context.draftOrders.
type order struct {
	Type, ID string
	Raw      json.RawMessage
	Service  umassist.Coding
	// Reasons are the order's ICD-10-CM reasonCode codings, and the codes
	// of Conditions it names in reasonReference (resolved later).
	Reasons    []umassist.Coding
	ReasonRefs []string
	Expedited  bool
	// Requester is who ordered it: the order's requester, else the hook's
	// user (the clinician signing).
	Requester string
}

func (o *order) Ref() string { return o.Type + "/" + o.ID }

type concept struct {
	Coding []struct {
		System  string `json:"system"`
		Code    string `json:"code"`
		Display string `json:"display"`
	} `json:"coding"`
	Text string `json:"text"`
}

// requestedService picks what is ordered from a concept, as a PAS Claim's
// item is read (pas.PreferredService): a CPT, HCPCS, RxNorm or NDC coding,
// in that order of preference, whatever spelling of the system the EHR
// uses; a coding without a display is labelled by the concept's text.
func requestedService(c *concept) (umassist.Coding, bool) {
	if c == nil {
		return umassist.Coding{}, false
	}
	var cs []umassist.Coding
	for _, cd := range c.Coding {
		display := cd.Display
		if display == "" && len(c.Text) <= umassist.MaxDisplayLength {
			display = c.Text
		}
		cs = append(cs, umassist.Coding{System: cd.System, Code: strings.ToUpper(strings.TrimSpace(cd.Code)), Display: display})
	}
	return pas.PreferredService(cs)
}

// icd10 lists a concept's ICD-10-CM codings.
func icd10(c concept) []umassist.Coding {
	var out []umassist.Coding
	for _, cd := range c.Coding {
		if pas.DiagnosisSystem(cd.System) && cd.Code != "" {
			out = append(out, umassist.Coding{System: umassist.SystemICD10CM, Code: strings.ToUpper(strings.TrimSpace(cd.Code)), Display: cd.Display})
		}
	}
	return out
}

// readOrders reads the draft orders of a call that belong to patient: for
// order-select only the selected ones. An order of another patient, or
// one whose code is not CPT, HCPCS, RxNorm or NDC, is an error naming it.
func readOrders(hc HookContext, hook, patient string) ([]order, error) {
	var b struct {
		ResourceType string `json:"resourceType"`
		Entry        []struct {
			Resource json.RawMessage `json:"resource"`
		} `json:"entry"`
	}
	if len(hc.DraftOrders) == 0 || json.Unmarshal(hc.DraftOrders, &b) != nil || b.ResourceType != "Bundle" {
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: context.draftOrders must be a FHIR Bundle")
	}
	var out []order
	for i, e := range b.Entry {
		var r struct {
			ResourceType string           `json:"resourceType"`
			ID           string           `json:"id"`
			Status       string           `json:"status"`
			Priority     string           `json:"priority"`
			Subject      *fhir.Reference  `json:"subject"`
			ReasonCode   []concept        `json:"reasonCode"`
			ReasonRef    []fhir.Reference `json:"reasonReference"`
			Requester    *fhir.Reference  `json:"requester"`
		}
		if err := json.Unmarshal(e.Resource, &r); err != nil {
			return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: draftOrders entry %d is not a resource: %v", i+1, err)
		}
		field, ok := orderTypes[r.ResourceType]
		if !ok {
			continue // CRD reviews requests; other entries are context
		}
		ref := r.ResourceType + "/" + r.ID
		if r.ID == "" {
			return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: draftOrders entry %d (%s) has no id", i+1, r.ResourceType)
		}
		if hook == "order-select" && len(hc.Selections) > 0 && !slices.Contains(hc.Selections, ref) {
			continue
		}
		if r.Subject == nil || r.Subject.Reference != patient {
			return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: %s is not an order for %s", ref, patient)
		}
		var codes map[string]json.RawMessage
		_ = json.Unmarshal(e.Resource, &codes)
		var c concept
		if raw, ok := codes[field]; ok {
			_ = json.Unmarshal(raw, &c)
		}
		svc, ok := requestedService(&c)
		if !ok {
			return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: %s orders nothing coded in CPT, HCPCS, RxNorm or NDC (%s)", ref, field)
		}
		o := order{Type: r.ResourceType, ID: r.ID, Raw: e.Resource, Service: svc,
			Expedited: r.Priority == "urgent" || r.Priority == "asap" || r.Priority == "stat", Requester: hc.UserID}
		if rq := r.Requester; rq != nil && (rq.Display != "" || rq.Reference != "") {
			o.Requester = cmp.Or(rq.Display, rq.Reference)
		}
		for _, rc := range r.ReasonCode {
			o.Reasons = append(o.Reasons, icd10(rc)...)
		}
		for _, rr := range r.ReasonRef {
			if strings.HasPrefix(rr.Reference, "Condition/") {
				o.ReasonRefs = append(o.ReasonRefs, rr.Reference)
			}
		}
		out = append(out, o)
	}
	if len(out) == 0 {
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: context.draftOrders holds no %s to review", orderList())
	}
	if len(out) > maxOrders {
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: %d orders in one call; at most %d are reviewed while the clinician waits", len(out), maxOrders)
	}
	return out, nil
}

func orderList() string {
	var ts []string
	for t := range orderTypes {
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return strings.Join(ts, ", ")
}

// withConditions adds the ICD-10-CM codes of the Conditions an order names
// as its reason, read from the record.
func (o *order) withConditions(ctx context.Context, src umassist.FHIRSource) {
	for _, ref := range o.ReasonRefs {
		r, err := src.Read(ctx, ref)
		if err != nil {
			continue
		}
		var c struct {
			Code concept `json:"code"`
		}
		if json.Unmarshal(r.Raw, &c) == nil {
			o.Reasons = append(o.Reasons, icd10(c.Code)...)
		}
	}
	o.Reasons = slices.CompactFunc(o.Reasons, func(a, b umassist.Coding) bool { return a.Code == b.Code })
}

// request is the order as a prior-authorization request on day, reviewed
// in jurisdiction (the client's registration; "" for none).
func (o *order) request(payer, jurisdiction string, day umassist.Date) umassist.ServiceRequest {
	u := umassist.UrgencyStandard
	if o.Expedited {
		u = umassist.UrgencyExpedited
	}
	return umassist.ServiceRequest{Service: o.Service, Diagnoses: o.Reasons, Payer: payer, Urgency: u, Date: day,
		Requester: umassist.RequesterLabel(o.Requester, ""), Jurisdiction: jurisdiction}
}
