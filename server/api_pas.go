package server

import (
	"cmp"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/postgres"
)

// The payer's end of Da Vinci PAS: a provider (or a BPO working for one)
// submits a prior-authorization request as a FHIR Bundle, gets a pended
// ClaimResponse at once, and asks with $inquire until a human reviewer has
// decided. A request is a case like any other: the same one-patient
// intake, the same agent, the same review and clock.

// readFHIR reads a FHIR JSON body (application/fhir+json or
// application/json) within the server's body limit.
func readFHIR(c echo.Context) ([]byte, error) {
	ct := c.Request().Header.Get(echo.HeaderContentType)
	if !strings.HasPrefix(ct, "application/fhir+json") && !strings.HasPrefix(ct, echo.MIMEApplicationJSON) {
		return nil, umassist.Errorf(umassist.EINVALID, "send the Bundle as application/fhir+json")
	}
	b, err := io.ReadAll(c.Request().Body)
	if err != nil {
		if strings.Contains(err.Error(), "http: request body too large") {
			return nil, echo.NewHTTPError(http.StatusRequestEntityTooLarge, "request body too large")
		}
		return nil, umassist.Errorf(umassist.EINVALID, "read the request: %v", err)
	}
	return b, nil
}

// fhirJSON answers with a FHIR resource.
func fhirJSON(c echo.Context, status int, body []byte) error {
	return c.Blob(status, "application/fhir+json", body)
}

// pasSubmit is Claim/$submit: the request becomes a case (its records
// loaded in the case's transaction), and the answer is a pended
// ClaimResponse naming the case as the reference number. Resubmitting the
// same Claim identifier answers with the same case.
func (s *Server) pasSubmit(c echo.Context) error {
	ctx := c.Request().Context()
	if s.cfg.Bundles == nil {
		return umassist.Errorf(umassist.ENOTIMPLEMENTED, "PAS needs the FHIR store, which this server was started without")
	}
	raw, err := readFHIR(c)
	if err != nil {
		return err
	}
	sub, err := pas.ParseRequest(raw)
	if err != nil {
		return err
	}
	if len(sub.Identifiers) == 0 {
		return umassist.Errorf(umassist.EINVALID, "pas: the Claim needs an identifier to be followed with $inquire")
	}
	req := sub.Request
	if req.Payer == "" {
		req.Payer = s.cfg.PASPayer
	}
	req.Jurisdiction = cmp.Or(req.Jurisdiction, s.cfg.Jurisdiction)
	if req.Date.IsZero() {
		req.Date = umassist.Date{Time: s.now().UTC().Truncate(24 * time.Hour)}
	}
	if req.Diagnoses == nil {
		req.Diagnoses = []umassist.Coding{}
	}
	if err := req.Validate(); err != nil {
		return err
	}
	// ParseRequest has read and checked every record already: they go to
	// the one-patient intake as they are, not serialised and read again.
	patient := sub.Patient
	w, err := fhirstore.IntakeOf("", patient, sub.Records)
	if err != nil {
		return err
	}
	claim, err := json.Marshal(sub.Claim)
	if err != nil {
		return err
	}
	id := sub.Identifiers[0]
	key := postgres.PASKey(id.System, id.Value)
	cc := postgres.CreateCase{Patient: patient, Request: req, IdempotencyKey: key, Actor: UserFrom(c).Actor(),
		Records: &postgres.PASIntake{Records: w, Key: key, Claim: claim}}
	cs, created, err := s.cfg.Cases.Create(ctx, cc)
	if err != nil && umassist.ErrorCode(err) == umassist.ECONFLICT {
		cs, created, err = s.cfg.Cases.Create(ctx, cc) // a concurrent resubmission won
	}
	if err != nil {
		return err
	}
	if !created && (cs.Patient != patient || cs.Request.Service.Code != req.Service.Code) {
		return umassist.Errorf(umassist.ECONFLICT, "pas: Claim identifier %s|%s was already used for another request", id.System, id.Value)
	}
	body, err := s.claimResponse(c, cs, sub.Claim)
	if err != nil {
		return err
	}
	return fhirJSON(c, http.StatusOK, body)
}

// fhirIDOf turns a name into a FHIR id: letters, digits, '-' and '.'.
func fhirIDOf(s string) string {
	b := []byte(strings.ToLower(s))
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			b[i] = '-'
		}
	}
	if len(b) == 0 {
		return "payer"
	}
	return string(b[:min(len(b), 64)])
}

// pasInquire is Claim/$inquire: where a request stands, as a ClaimResponse
// pended until a human reviewer decides, then certified (an approval) or
// not certified (a physician's denial, with its reason).
func (s *Server) pasInquire(c echo.Context) error {
	raw, err := readFHIR(c)
	if err != nil {
		return err
	}
	inq, err := pas.ParseInquiry(raw)
	if err != nil {
		return err
	}
	var cs *umassist.Case
	var stored json.RawMessage
	for _, id := range inq.Identifiers {
		if cs, stored, err = s.cfg.Records.PASCase(c.Request().Context(), postgres.PASKey(id.System, id.Value)); err == nil {
			break
		}
		if umassist.ErrorCode(err) != umassist.ENOTFOUND {
			return err
		}
	}
	if cs == nil {
		return umassist.Errorf(umassist.ENOTFOUND, "pas: no prior-authorization request with the inquiry's identifiers")
	}
	var claim pas.Claim
	if err := json.Unmarshal(stored, &claim); err != nil {
		return err
	}
	if inq.Patient != "" && inq.Patient != claim.Patient {
		// Answer as for an unknown request: an inquiry learns nothing about
		// a request for another patient.
		return umassist.Errorf(umassist.ENOTFOUND, "pas: no prior-authorization request with the inquiry's identifiers")
	}
	body, err := s.claimResponse(c, cs, claim)
	if err != nil {
		return err
	}
	return fhirJSON(c, http.StatusOK, body)
}

// claimResponse builds the ClaimResponse for a case as it stands, and
// audits that its status was disclosed to the caller.
func (s *Server) claimResponse(c echo.Context, cs *umassist.Case, claim pas.Claim) ([]byte, error) {
	in := pas.ResponseInput{Claim: claim, Status: cs.Status, ReferenceNumber: cs.ID, Created: s.now()}
	if claim.Insurer == "" {
		// The response must name its insurer: this payer, as the case's
		// payer names it.
		id := fhirIDOf(cs.Request.Payer)
		in.Insurer = "Organization/" + id
		org, _ := json.Marshal(map[string]any{"resourceType": "Organization", "id": id, "name": cs.Request.Payer})
		in.Resources = append(in.Resources, org)
	}
	if cs.Status == umassist.StatusApproved || cs.Status == umassist.StatusDenied {
		acts, err := s.cfg.Records.Actions(c.Request().Context(), cs.ID)
		if err != nil {
			return nil, err
		}
		for _, a := range acts {
			if string(a.Outcome) == string(cs.Status) {
				in.Reviewer, in.Reason = a.Actor, a.Reason // the latest decision wins
			}
		}
	}
	body, err := pas.BuildResponse(in)
	if err != nil {
		return nil, err
	}
	action, _ := pas.ReviewActionFor(cs.Status)
	if err := s.audit(c, "pas.response", cs, map[string]any{"claim": claim.Ref, "review_action": string(action)}, cs.Patient); err != nil {
		return nil, err
	}
	return body, nil
}
