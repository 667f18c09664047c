package pas

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// ResponseInput is what the payer answers a request with.
type ResponseInput struct {
	// Claim is the request answered, as ParseRequest read it
	// (Submission.Claim): the response names its Claim, identifier,
	// patient, type, insurer, requester and items.
	Claim Claim
	// Status is the case's status or the reviewer's outcome
	// (umassist.CaseStatus(outcome)); ReviewActionFor maps it.
	Status umassist.CaseStatus
	// Reviewer is who decided. A certification (approved) needs a nurse or
	// a physician, a non-certification (denied) a physician; a pended
	// response needs no one.
	Reviewer umassist.Actor
	// Reason is the reviewer's reason, in words; required for a denial,
	// where it travels as the reviewAction's reasonCode text.
	Reason string
	// ReferenceNumber is the payer's number for the review: the
	// authorization number (preAuthRef) when certified, where it is
	// required, and the reviewAction's number whenever given.
	ReferenceNumber string
	// AuthPeriod is how long a certification holds (optional; certified
	// responses only).
	AuthPeriod *Period
	// Insurer is the insurer's reference when the Claim names none.
	Insurer string
	// ID is the ClaimResponse's id; empty derives one from the Claim, the
	// action and Created.
	ID string
	// Created is when the response is made; zero means now.
	Created time.Time
	// Resources travel after the ClaimResponse (the Patient, the insurer
	// Organization, the requester), each held to the Claim's patient.
	Resources []json.RawMessage
	// BaseURL is the base of fullUrls, as in RequestInput.
	BaseURL string
}

type wireClaimResponse struct {
	ResourceType  string                `json:"resourceType"`
	ID            string                `json:"id"`
	Extension     []wireExt             `json:"extension,omitempty"`
	Status        string                `json:"status,omitempty"`
	Type          *fhir.CodeableConcept `json:"type,omitempty"`
	Use           string                `json:"use,omitempty"`
	Patient       *wireRef              `json:"patient,omitempty"`
	Created       string                `json:"created,omitempty"`
	Insurer       *wireRef              `json:"insurer,omitempty"`
	Requestor     *wireRef              `json:"requestor,omitempty"`
	Request       *wireRef              `json:"request,omitempty"`
	Outcome       string                `json:"outcome,omitempty"`
	Disposition   string                `json:"disposition,omitempty"`
	PreAuthRef    string                `json:"preAuthRef,omitempty"`
	PreAuthPeriod *wirePeriod           `json:"preAuthPeriod,omitempty"`
	Item          []wireResponseItem    `json:"item,omitempty"`
	Adjudication  []wireAdjudication    `json:"adjudication,omitempty"`
}

type wireResponseItem struct {
	ItemSequence int                `json:"itemSequence"`
	Adjudication []wireAdjudication `json:"adjudication,omitempty"`
}

type wireAdjudication struct {
	Extension []wireExt            `json:"extension,omitempty"`
	Category  fhir.CodeableConcept `json:"category"`
}

// BuildResponse builds the payer's answer: a Bundle (type collection)
// whose first entry is a ClaimResponse (status active; type, use,
// patient, insurer and requester from the Claim; request naming the
// Claim by reference and identifier; outcome queued when pended, complete
// when decided; preAuthRef and preAuthPeriod when certified), with the
// PAS reviewAction extension on every item's adjudication (or on the
// header adjudication when the Claim had no items): the X12 306 code, the
// reference number and, for a denial, the reviewer's reason. A decision
// also carries ExtHumanReviewed with the reviewer's role.
//
// Only a human decision is ever final: an approved status without a nurse
// or physician reviewer, or a denied one without a physician, is refused
// (EFORBIDDEN; umassist.ErrAIDenial when no person denied). Whatever the
// agent drafted, a case no one has decided is pended.
func BuildResponse(in ResponseInput) ([]byte, error) {
	action, err := ReviewActionFor(in.Status)
	if err != nil {
		return nil, err
	}
	if err := checkDecision(action, in); err != nil {
		return nil, err
	}
	c := in.Claim
	insurer := c.Insurer
	if insurer == "" {
		insurer = strings.TrimSpace(in.Insurer)
	}
	switch {
	case c.Ref == "":
		return nil, invalid("response: Claim.Ref is required: a response answers a Claim")
	case c.Patient == "":
		return nil, invalid("response: Claim.Patient is required")
	case insurer == "":
		return nil, invalid("response: %s names no insurer; ResponseInput.Insurer is required", c.Ref)
	}
	created := in.Created
	if created.IsZero() {
		created = time.Now()
	}
	typ := c.Type
	if typ.Code == "" {
		typ = umassist.Coding{System: SystemClaimType, Code: "professional", Display: "Professional"}
	}
	keys := []string{c.Ref, string(action), created.UTC().Format(time.RFC3339Nano)}
	for _, id := range c.Identifiers {
		keys = append(keys, id.String())
	}
	cr := &wireClaimResponse{
		ResourceType: "ClaimResponse", ID: in.ID, Status: "active", Type: concept(typ), Use: "preauthorization",
		Patient: &wireRef{Reference: c.Patient}, Created: created.UTC().Format(time.RFC3339),
		Insurer: &wireRef{Reference: insurer}, Request: &wireRef{Reference: c.Ref},
		Outcome: "queued", Disposition: disposition(action, in),
	}
	if cr.ID == "" {
		cr.ID = stableID("resp-", keys...)
	}
	if c.Provider != "" {
		cr.Requestor = &wireRef{Reference: c.Provider}
	}
	if len(c.Identifiers) > 0 && c.Identifiers[0].System != "" {
		cr.Request.Identifier = &wireIdentifier{System: c.Identifiers[0].System, Value: c.Identifiers[0].Value}
	}
	if action.Final() {
		cr.Outcome = "complete"
		cr.Extension = []wireExt{{URL: ExtHumanReviewed, Extension: []wireExt{
			{URL: "reviewed", ValueBoolean: new(true)},
			{URL: "role", ValueCode: new(string(in.Reviewer.Role))},
		}}}
	}
	if action.Certified() {
		cr.PreAuthRef = strings.TrimSpace(in.ReferenceNumber)
		if p := in.AuthPeriod; p != nil && (!p.Start.IsZero() || !p.End.IsZero()) {
			cr.PreAuthPeriod = &wirePeriod{Start: p.Start.String(), End: p.End.String()}
		}
	}
	adj := wireAdjudication{
		Extension: []wireExt{reviewAction(action, in)},
		Category:  fhir.CodeableConcept{Coding: []fhir.Coding{{System: SystemAdjudication, Code: "submitted", Display: "Submitted Amount"}}},
	}
	if len(c.Items) == 0 {
		cr.Adjudication = []wireAdjudication{adj}
	}
	for _, it := range c.Items {
		cr.Item = append(cr.Item, wireResponseItem{ItemSequence: it.Sequence, Adjudication: []wireAdjudication{adj}})
	}
	b := newBuilder(in.BaseURL)
	b.patient = c.Patient
	for i, raw := range in.Resources {
		if _, err := b.add(fmt.Sprintf("Resources[%d]", i), raw); err != nil {
			return nil, err
		}
	}
	return b.bundle("ClaimResponse", cr.ID, cr, nil, created)
}

// checkDecision holds a final action to a person entitled to make it,
// the rule umassist.ReviewAction.Validate enforces at the review.
func checkDecision(action ReviewActionCode, in ResponseInput) error {
	r := in.Reviewer
	switch action {
	case CertifiedInTotal:
		if !r.Human() || (r.Role != umassist.RoleNurse && r.Role != umassist.RolePhysician) {
			return umassist.Errorf(umassist.EFORBIDDEN, "pas: response: only a nurse's or a physician's approval certifies a request (reviewer role %q)", r.Role)
		}
		if strings.TrimSpace(in.ReferenceNumber) == "" {
			return invalid("response: a certification needs ReferenceNumber (the authorization number, preAuthRef)")
		}
	case NotCertified:
		if !r.Human() {
			return fmt.Errorf("pas: response: %w", umassist.ErrAIDenial)
		}
		if r.Role != umassist.RolePhysician {
			return umassist.Errorf(umassist.EFORBIDDEN, "pas: response: only a physician reviewer's denial is a non-certification (reviewer role %q)", r.Role)
		}
		if strings.TrimSpace(in.Reason) == "" {
			return invalid("response: a denial needs the reviewer's Reason")
		}
	}
	return nil
}

// reviewAction is the PAS reviewAction extension for action.
func reviewAction(action ReviewActionCode, in ResponseInput) wireExt {
	ext := wireExt{URL: ExtReviewAction, Extension: []wireExt{{
		URL:                  ExtReviewActionCode,
		ValueCodeableConcept: concept(umassist.Coding{System: SystemReviewAction, Code: string(action), Display: action.Display()}),
	}}}
	if n := strings.TrimSpace(in.ReferenceNumber); n != "" {
		ext.Extension = append(ext.Extension, wireExt{URL: "number", ValueString: &n})
	}
	if reason := strings.TrimSpace(in.Reason); action == NotCertified && reason != "" {
		ext.Extension = append(ext.Extension, wireExt{URL: "reasonCode", ValueCodeableConcept: &fhir.CodeableConcept{Text: reason}})
	}
	return ext
}

// disposition says the outcome in words, for a person reading the response.
func disposition(action ReviewActionCode, in ResponseInput) string {
	switch action {
	case CertifiedInTotal:
		return fmt.Sprintf("Certified in total after review by a %s.", in.Reviewer.Role)
	case NotCertified:
		return fmt.Sprintf("Not certified after review by a %s: %s", in.Reviewer.Role, strings.TrimSpace(in.Reason))
	}
	if in.Status == umassist.StatusInfoRequested {
		return "Pended: the reviewer has asked for more information."
	}
	return "Pended: the request is under review; no decision has been made."
}

// Response is a payer's answer as the provider reads it.
type Response struct {
	// Ref is the ClaimResponse's reference.
	Ref     string `json:"ref"`
	Status  string `json:"status,omitempty"`
	Outcome string `json:"outcome,omitempty"` // queued, complete, partial, error
	Patient string `json:"patient,omitempty"`
	Insurer string `json:"insurer,omitempty"`
	// Request and RequestIdentifier name the Claim answered (either may
	// be empty: PAS examples name neither).
	Request           string     `json:"request,omitempty"`
	RequestIdentifier Identifier `json:"request_identifier,omitzero"`
	// Action is the response's review action: the header adjudication's,
	// else the one every item shares; Pended for a queued response that
	// carries none; "" when items disagree (read Items).
	Action        ReviewActionCode `json:"action,omitempty"`
	Items         []ItemAction     `json:"items,omitempty"`
	PreAuthRef    string           `json:"pre_auth_ref,omitempty"`
	PreAuthPeriod *Period          `json:"pre_auth_period,omitempty"`
	Disposition   string           `json:"disposition,omitempty"`
	// HumanReviewed and ReviewerRole read ExtHumanReviewed: false and ""
	// when the payer does not say.
	HumanReviewed bool          `json:"human_reviewed"`
	ReviewerRole  umassist.Role `json:"reviewer_role,omitempty"`
}

// ItemAction is one adjudication's review action.
type ItemAction struct {
	// Sequence is the Claim item's; 0 for the header adjudication.
	Sequence int              `json:"sequence"`
	Action   ReviewActionCode `json:"action"`
	Number   string           `json:"number,omitempty"`
	Reason   string           `json:"reason,omitempty"`
}

// ParseResponse reads a payer's answer: a Bundle whose first entry is a
// ClaimResponse, or a bare ClaimResponse. It reads the review action of
// every adjudication, the PAS 2.x form (sub-extension with the canonical
// reviewActionCode URL) and the older ones (relative "reviewActionCode",
// or a code directly on reviewAction).
func ParseResponse(raw []byte) (*Response, error) {
	var h head
	if err := unmarshal("the body", raw, &h); err != nil {
		return nil, err
	}
	switch h.ResourceType {
	case "Bundle":
		env, err := readBundle(raw)
		if err != nil {
			return nil, err
		}
		switch {
		case len(env.entries) == 0:
			return nil, invalid("the Bundle has no entries; a PAS response starts with a ClaimResponse")
		case env.entries[0].head.ResourceType != "ClaimResponse":
			return nil, invalid("Bundle.entry[0] is %s; a PAS response starts with a ClaimResponse", env.entries[0].head.ref())
		}
		raw = env.entries[0].raw
	case "ClaimResponse":
	case "":
		return nil, invalid("the body is not a FHIR resource: resourceType is missing")
	default:
		return nil, invalid("the body is a %s, not a ClaimResponse or a Bundle", h.ResourceType)
	}
	p, err := fhir.Decode(raw, "ClaimResponse", fhir.ParseOptions{})
	if err != nil {
		return nil, invalid("%s: %v", p.Ref, err)
	}
	ref := p.Res.Ref()
	var cr wireClaimResponse
	if err := unmarshal(ref, raw, &cr); err != nil {
		return nil, err
	}
	if cr.Use != "" && cr.Use != "preauthorization" {
		return nil, invalid("%s.use is %q; a PAS response has use preauthorization", ref, cr.Use)
	}
	r := &Response{
		Ref: ref, Status: cr.Status, Outcome: cr.Outcome, Patient: cr.Patient.ref(), Insurer: cr.Insurer.ref(),
		Request: cr.Request.ref(), PreAuthRef: strings.TrimSpace(cr.PreAuthRef), Disposition: cr.Disposition,
	}
	if cr.Request != nil && cr.Request.Identifier != nil {
		r.RequestIdentifier = Identifier{System: cr.Request.Identifier.System, Value: cr.Request.Identifier.Value}
	}
	if cr.PreAuthPeriod != nil {
		if r.PreAuthPeriod, err = period(ref+".preAuthPeriod", cr.PreAuthPeriod); err != nil {
			return nil, err
		}
	}
	var header ReviewActionCode
	for _, a := range cr.Adjudication {
		if ia, ok := readReviewAction(a.Extension); ok {
			r.Items = append(r.Items, ia)
			header = cmp(header, ia.Action)
		}
	}
	for _, it := range cr.Item {
		for _, a := range it.Adjudication {
			if ia, ok := readReviewAction(a.Extension); ok {
				ia.Sequence = it.ItemSequence
				r.Items = append(r.Items, ia)
			}
		}
	}
	r.Action = summary(header, r.Items)
	if r.Action == "" && len(r.Items) == 0 && cr.Outcome == "queued" {
		r.Action = Pended
	}
	for _, e := range cr.Extension {
		if e.URL != ExtHumanReviewed {
			continue
		}
		if e.ValueBoolean != nil {
			r.HumanReviewed = *e.ValueBoolean
		}
		for _, sub := range e.Extension {
			switch {
			case sub.URL == "reviewed" && sub.ValueBoolean != nil:
				r.HumanReviewed = *sub.ValueBoolean
			case sub.URL == "role" && sub.ValueCode != nil:
				r.ReviewerRole = umassist.Role(*sub.ValueCode)
			}
		}
	}
	return r, nil
}

// cmp keeps a when b is empty or the same, else marks a disagreement.
func cmp(a, b ReviewActionCode) ReviewActionCode {
	switch {
	case a == "":
		return b
	case a == b:
		return a
	}
	return "mixed"
}

// summary is the header action, else the items' common action.
func summary(header ReviewActionCode, items []ItemAction) ReviewActionCode {
	if header != "" && header != "mixed" {
		return header
	}
	var all ReviewActionCode
	for _, it := range items {
		all = cmp(all, it.Action)
	}
	if all == "mixed" {
		return ""
	}
	return all
}

// readReviewAction finds the reviewAction extension among exts.
func readReviewAction(exts []wireExt) (ItemAction, bool) {
	for _, e := range exts {
		if e.URL != ExtReviewAction {
			continue
		}
		ia := ItemAction{Action: actionCode(e.ValueCodeableConcept)}
		for _, sub := range e.Extension {
			switch {
			case sub.URL == ExtReviewActionCode || sub.URL == "reviewActionCode" || sub.URL == "code" ||
				strings.HasSuffix(sub.URL, "/extension-reviewActionCode"):
				if c := actionCode(sub.ValueCodeableConcept); c != "" {
					ia.Action = c
				}
			case sub.URL == "number" && sub.ValueString != nil:
				ia.Number = strings.TrimSpace(*sub.ValueString)
			case sub.URL == "reasonCode" && sub.ValueCodeableConcept != nil:
				ia.Reason = sub.ValueCodeableConcept.Label()
			}
		}
		return ia, ia.Action != ""
	}
	return ItemAction{}, false
}

// actionCode is the X12 306 code of cc, else its first code.
func actionCode(cc *fhir.CodeableConcept) ReviewActionCode {
	if cc == nil {
		return ""
	}
	idx := slices.IndexFunc(cc.Coding, func(c fhir.Coding) bool { return systemKey(c.System) == systemKey(SystemReviewAction) && c.Code != "" })
	if idx < 0 {
		idx = slices.IndexFunc(cc.Coding, func(c fhir.Coding) bool { return c.Code != "" })
	}
	if idx < 0 {
		return ""
	}
	return ReviewActionCode(strings.TrimSpace(cc.Coding[idx].Code))
}

func period(what string, p *wirePeriod) (*Period, error) {
	var out Period
	for _, f := range []struct {
		name, s string
		to      *umassist.Date
	}{{"start", p.Start, &out.Start}, {"end", p.End, &out.End}} {
		if f.s == "" {
			continue
		}
		d, err := umassist.ParseDate(f.s)
		if err != nil {
			return nil, invalid("%s.%s %q is not a FHIR date", what, f.name, f.s)
		}
		*f.to = d
	}
	return &out, nil
}
