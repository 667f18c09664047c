package server

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

func jsonEncode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	return enc.Encode(v)
}

func jsonRaw(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

// decodeJSON reads a JSON body strictly: unknown fields and trailing data
// are errors a client should hear about.
func decodeJSON(c echo.Context, v any) error {
	ct := c.Request().Header.Get(echo.HeaderContentType)
	if !strings.HasPrefix(ct, echo.MIMEApplicationJSON) {
		return umassist.Errorf(umassist.EINVALID, "send the body as application/json")
	}
	dec := json.NewDecoder(c.Request().Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if strings.Contains(err.Error(), "http: request body too large") {
			return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "request body too large")
		}
		if de, ok := err.(*umassist.Error); ok {
			return de
		}
		return umassist.Errorf(umassist.EINVALID, "body is not valid JSON for this request: %s", err.Error())
	}
	if dec.More() {
		return umassist.Errorf(umassist.EINVALID, "body has data after the JSON value")
	}
	return nil
}

// patientRef is what the cases table accepts (FHIR's id syntax).
var patientRef = regexp.MustCompile(`^Patient/[A-Za-z0-9\-\.]{1,64}$`)

// CreateCaseRequest is the intake body.
type CreateCaseRequest struct {
	// Patient is a FHIR id ("123") or reference ("Patient/123"); or send
	// Bundle, an inline FHIR bundle holding the patient and their record.
	Patient   string            `json:"patient,omitempty"`
	Bundle    json.RawMessage   `json:"bundle,omitempty"`
	Service   umassist.Coding   `json:"service"`
	Diagnoses []umassist.Coding `json:"diagnoses"`
	Payer     string            `json:"payer"`
	Urgency   umassist.Urgency  `json:"urgency"`
	Date      umassist.Date     `json:"date"`
	Note      string            `json:"note,omitempty"`
	Requester string            `json:"requester,omitempty"`
	// Jurisdiction is the Medicare contractor jurisdiction ("JL") the
	// request is reviewed in, when a local policy may apply.
	Jurisdiction string `json:"jurisdiction,omitempty"`
	// Client is the health system or plan the case is worked for: one of
	// the submitter's clients; empty, their only client (or the default
	// one).
	Client string `json:"client,omitempty"`
}

// CaseResponse is a case with its clock and claim.
type CaseResponse struct {
	*umassist.Case
	AtRisk   bool              `json:"at_risk"`
	Breached bool              `json:"breached"`
	Claim    *postgres.Claim   `json:"claim,omitempty"`
	Links    map[string]string `json:"links"`
}

func caseLinks(id string) map[string]string {
	base := "/api/v1/cases/" + id
	return map[string]string{"self": base, "drafts": base + "/drafts", "actions": base + "/actions", "ui": "/cases/" + id}
}

func (s *Server) caseResponse(c *umassist.Case, cl *postgres.Claim) CaseResponse {
	sla := umassist.SLAOf(c, s.now())
	return CaseResponse{Case: c, AtRisk: sla.AtRisk, Breached: sla.Breached, Claim: cl, Links: caseLinks(c.ID)}
}

// serviceRequest is the request an intake body asks to review, checked
// as the domain checks every request.
func (in CreateCaseRequest) serviceRequest() (umassist.ServiceRequest, error) {
	if len(in.Note) > 256<<10 {
		return umassist.ServiceRequest{}, umassist.Errorf(umassist.EINVALID, "note is longer than 256 KiB")
	}
	jurisdiction, err := umassist.ParseJurisdiction(in.Jurisdiction)
	if err != nil {
		return umassist.ServiceRequest{}, err
	}
	req := umassist.ServiceRequest{Service: in.Service, Diagnoses: in.Diagnoses, Payer: in.Payer, Urgency: in.Urgency, Date: in.Date, Note: in.Note, Requester: strings.TrimSpace(in.Requester),
		Jurisdiction: jurisdiction}
	if req.Diagnoses == nil {
		req.Diagnoses = []umassist.Coding{}
	}
	if err := req.Validate(); err != nil {
		return umassist.ServiceRequest{}, err
	}
	return req, nil
}

func (s *Server) apiCreateCase(c echo.Context) error {
	ctx := c.Request().Context()
	u := UserFrom(c)
	var in CreateCaseRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	key := strings.TrimSpace(c.Request().Header.Get("Idempotency-Key"))
	if len(key) > 255 {
		return umassist.Errorf(umassist.EINVALID, "Idempotency-Key is longer than 255 characters")
	}
	req, err := in.serviceRequest()
	if err != nil {
		return err
	}
	req.Jurisdiction = cmp.Or(req.Jurisdiction, s.cfg.Jurisdiction)
	patient := strings.TrimSpace(in.Patient)
	var records postgres.TxWriter
	switch {
	case len(in.Bundle) > 0 && patient != "":
		return umassist.Errorf(umassist.EINVALID, "send either patient or bundle, not both")
	case len(in.Bundle) > 0:
		if s.cfg.Bundles == nil {
			return umassist.Errorf(umassist.ENOTIMPLEMENTED, "inline bundles need the FHIR store, which this server was started without: send a patient id")
		}
		ref, w, err := s.cfg.Bundles.ReadBundle(ctx, "", in.Bundle)
		if err != nil {
			return err
		}
		patient, records = ref, w
	case patient == "":
		return umassist.Errorf(umassist.EINVALID, "patient (a FHIR id) or bundle is required")
	}
	if !strings.HasPrefix(patient, "Patient/") {
		patient = "Patient/" + patient
	}
	if !patientRef.MatchString(patient) {
		return umassist.Errorf(umassist.EINVALID, "patient must be a FHIR id (letters, digits, - and ., up to 64)")
	}
	if records == nil && s.cfg.Resources != nil {
		// A case for a patient the record store does not hold could only
		// ever be drafted on nothing.
		if _, err := s.cfg.Resources.ReadResource(ctx, patient); umassist.ErrorCode(err) == umassist.ENOTFOUND {
			return umassist.Errorf(umassist.EINVALID, "patient %s is not in the record store: send their bundle with the request", patient)
		} else if err != nil {
			return err
		}
	}
	cc := postgres.CreateCase{Patient: patient, Request: req, IdempotencyKey: key, Actor: u.Actor(), Records: records, Client: strings.TrimSpace(in.Client)}
	cs, created, err := s.cfg.Cases.Create(ctx, cc)
	if err != nil && key != "" && umassist.ErrorCode(err) == umassist.ECONFLICT {
		// A concurrent request with the same key won the insert: answer
		// with its case.
		cs, created, err = s.cfg.Cases.Create(ctx, cc)
	}
	if err != nil {
		return err
	}
	if !created {
		if cs.Patient != patient || !sameRequest(cs.Request, req) {
			return umassist.Errorf(umassist.ECONFLICT, "Idempotency-Key %q was already used for a different request", key)
		}
		c.Response().Header().Set("Idempotent-Replayed", "true")
	}
	c.Response().Header().Set(echo.HeaderLocation, "/api/v1/cases/"+cs.ID)
	return c.JSON(http.StatusAccepted, s.caseResponse(cs, nil))
}

func sameRequest(a, b umassist.ServiceRequest) bool {
	na, _ := json.Marshal(a)
	nb, _ := json.Marshal(b)
	var x, y any
	_ = json.Unmarshal(na, &x)
	_ = json.Unmarshal(nb, &y)
	return reflect.DeepEqual(x, y)
}

// CaseList is a page of cases.
type CaseList struct {
	Items      []QueueItemResponse `json:"items"`
	NextCursor string              `json:"next_cursor,omitempty"`
}

// QueueItemResponse is a queue row in the API.
type QueueItemResponse struct {
	CaseResponse
	Recommendation umassist.Recommendation `json:"recommendation,omitempty"`
	Confidence     *float64                `json:"confidence,omitempty"`
	DraftVersion   int                     `json:"draft_version,omitempty"`
	Policy         string                  `json:"policy,omitempty"`
}

func queueFilter(c echo.Context) (postgres.QueueFilter, error) {
	f := postgres.QueueFilter{
		Urgency: umassist.Urgency(c.QueryParam("urgency")),
		Payer:   strings.TrimSpace(c.QueryParam("payer")),
		Service: strings.TrimSpace(c.QueryParam("service")),
		Policy:  strings.TrimSpace(c.QueryParam("policy")),
		Client:  strings.TrimSpace(c.QueryParam("client")),
		Cursor:  c.QueryParam("cursor"),
	}
	if c.QueryParam("mine") == "1" {
		if u := UserFrom(c); u != nil {
			f.Mine = u.ID
		}
	}
	if f.Urgency != "" && !f.Urgency.Valid() {
		return f, umassist.Errorf(umassist.EINVALID, "urgency must be standard or expedited")
	}
	for _, st := range strings.Split(c.QueryParam("status"), ",") {
		if st = strings.TrimSpace(st); st != "" {
			f.Statuses = append(f.Statuses, umassist.CaseStatus(st))
		}
	}
	if l := c.QueryParam("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 200 {
			return f, umassist.Errorf(umassist.EINVALID, "limit must be 1 to 200")
		}
		f.Limit = n
	}
	return f, nil
}

func (s *Server) apiListCases(c echo.Context) error {
	f, err := queueFilter(c)
	if err != nil {
		return err
	}
	items, next, err := s.cfg.Review.ListQueue(c.Request().Context(), f)
	if err != nil {
		return err
	}
	out := CaseList{Items: []QueueItemResponse{}, NextCursor: next}
	for _, it := range items {
		out.Items = append(out.Items, QueueItemResponse{CaseResponse: s.caseResponse(it.Case, it.Claim),
			Recommendation: it.Recommendation, Confidence: it.Confidence, DraftVersion: it.DraftVersion, Policy: it.Policy})
	}
	if err := s.auditList(c, "case.list", items); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

// audit writes an audit entry for a read; a failure to audit fails the
// request, since an unaudited read of patient data must not happen.
func (s *Server) audit(c echo.Context, action string, cs *umassist.Case, detail map[string]any, resources ...string) error {
	e := umassist.AuditEntry{Actor: UserFrom(c).Actor(), Action: action, Resources: resources}
	if cs != nil {
		e.CaseID, e.Patient, e.Namespace = cs.ID, cs.Patient, cs.Namespace
	}
	if detail != nil {
		e.Detail = jsonRaw(detail)
	}
	err := s.cfg.Records.Append(c.Request().Context(), e)
	return err
}

// auditList audits a list view as IHE BALP asks of a query: which cases
// and which patients were shown, not only how many.
func (s *Server) auditList(c echo.Context, action string, items []postgres.QueueItem) error {
	var patients, cases []string
	seen := map[string]bool{}
	for _, it := range items {
		cases = append(cases, it.Case.ID)
		if !seen[it.Case.Patient] {
			seen[it.Case.Patient] = true
			patients = append(patients, it.Case.Patient)
		}
	}
	return s.audit(c, action, nil, map[string]any{"count": len(items), "cases": cases}, patients...)
}

// loadCase reads a case and audits the read.
func (s *Server) loadCase(c echo.Context, action string) (*umassist.Case, error) {
	cs, err := s.cfg.Records.Case(c.Request().Context(), c.Param("id"))
	if err != nil {
		return nil, err
	}
	if err := s.audit(c, action, cs, nil); err != nil {
		return nil, err
	}
	return cs, nil
}

func (s *Server) apiGetCase(c echo.Context) error {
	cs, err := s.loadCase(c, "case.read")
	if err != nil {
		return err
	}
	cl, err := s.cfg.Review.ActiveClaim(c.Request().Context(), cs.ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s.caseResponse(cs, cl))
}

func (s *Server) apiMe(c echo.Context) error {
	u := UserFrom(c)
	return c.JSON(http.StatusOK, map[string]any{"id": u.ID, "name": u.Name, "role": u.Role, "totp": u.TOTPSecret != ""})
}
