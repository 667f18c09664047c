package cdshooks

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/postgres"
)

// OrderDrafter drafts one order, as a case, against a record the call
// brought: the agent with its tools reading src.
type OrderDrafter interface {
	DraftOrder(ctx context.Context, c *umassist.Case, src umassist.FHIRSource) (*umassist.Draft, error)
}

// CaseOpener opens a pre-submission case for a signed order.
type CaseOpener interface {
	OpenCase(ctx context.Context, in OpenCase) (caseID string, err error)
}

// OpenCase is a signed order to work as a case: the request, the record
// the call brought (the order included), and a key that finds the same
// case when the order is signed again.
type OpenCase struct {
	Patient string
	Request umassist.ServiceRequest
	Records []*fhir.Parsed
	Key     string
	Actor   umassist.Actor
	// Client is the umassist client the case is worked for (the CDS
	// client's registration); empty: the default one.
	Client string
}

// Handlers serve the CDS Hooks routes.
type Handlers struct {
	Drafter OrderDrafter
	// Cases opens pre-submission cases for clients registered to have
	// them (Client.OpenCases); nil opens none.
	Cases   CaseOpener
	Clients *Clients
	// DB records each token id (replay) and the audit of every call.
	DB postgres.Querier
	// PublicURL is the service's base as clients call it
	// ("https://umassist.example.org"); a token's aud must be this plus
	// the service path. Empty derives it from the request.
	PublicURL string
	// HTTPClient reads clients' FHIR servers when prefetch is missing.
	HTTPClient *http.Client
	Log        *slog.Logger
	NowFunc    func() time.Time
}

// Route is one route for the server to register. Every route is public to
// the server's sign-in: hooks authenticate their callers themselves.
type Route struct {
	Method, Path string
	Handler      echo.HandlerFunc
}

// Routes lists the discovery endpoint and one route per service.
func (h *Handlers) Routes() []Route {
	return []Route{
		{http.MethodGet, "/cds-services", h.cors(h.discovery)},
		{http.MethodPost, "/cds-services/:id", h.cors(h.call)},
		{http.MethodOptions, "/cds-services", h.preflight},
		{http.MethodOptions, "/cds-services/:id", h.preflight},
	}
}

// Services are the hooks this service answers.
func Services() []Service {
	usage := "Register as a CDS client (issuer, client id, JWK Set) with the operator. Send the prefetch, or fhirServer and fhirAuthorization for a registered FHIR server."
	desc := "Prior authorization and documentation check against the governing payer policy: whether authorization is needed, whether the chart supports each criterion, and the one question to answer before the request is sent. Never a denial."
	return []Service{
		{Hook: "order-select", ID: "umassist-crd-order-select", Title: "umassist coverage requirements (order select)", Description: desc, Prefetch: prefetchTemplates(), UsageRequirements: usage},
		{Hook: "order-sign", ID: "umassist-crd-order-sign", Title: "umassist coverage requirements (order sign)", Description: desc, Prefetch: prefetchTemplates(), UsageRequirements: usage},
	}
}

func serviceByID(id string) (Service, bool) {
	for _, s := range Services() {
		if s.ID == id {
			return s, true
		}
	}
	return Service{}, false
}

func (h *Handlers) now() time.Time {
	if h.NowFunc != nil {
		return h.NowFunc()
	}
	return time.Now()
}

func (h *Handlers) log() *slog.Logger {
	if h.Log != nil {
		return h.Log
	}
	return slog.New(slog.DiscardHandler)
}

// discovery lists the services. It carries no patient data and needs no
// token, so an EHR can be configured against it.
func (h *Handlers) discovery(c echo.Context) error {
	return c.JSON(http.StatusOK, Discovery{Services: Services()})
}

// audience is the URL a token for service id must name.
func (h *Handlers) audience(c echo.Context, id string) string {
	base := strings.TrimSuffix(h.PublicURL, "/")
	if base == "" {
		base = c.Scheme() + "://" + c.Request().Host
	}
	return base + "/cds-services/" + id
}

// maxBody bounds a hook call: prefetch of a long record, not more.
const maxBody = 16 << 20

func (h *Handlers) call(c echo.Context) error {
	ctx := c.Request().Context()
	svc, ok := serviceByID(c.Param("id"))
	if !ok {
		return umassist.Errorf(umassist.ENOTFOUND, "cds hooks: no service %q; GET /cds-services lists them", c.Param("id"))
	}
	caller, err := h.authenticate(c, svc)
	if err != nil {
		h.refused(ctx, svc, err)
		return err
	}
	actor := umassist.Actor{ID: "cds:" + caller.Client.ClientID, Name: caller.Client.Name, Role: umassist.RoleAgent}
	var req Request
	res, err := h.answer(c, svc, caller, &req)
	// Every authenticated call is audited, refused or answered; an answer
	// whose reading of the record could not be audited is not given.
	if aerr := h.audit(ctx, actor, svc, &req, res, err); aerr != nil && err == nil {
		return aerr
	}
	if err != nil {
		return err
	}
	if err := h.recordOrders(ctx, caller, svc, &req, res); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, res.Response)
}

// answer reads the call into req and reviews its orders.
func (h *Handlers) answer(c echo.Context, svc Service, caller *Caller, req *Request) (*result, error) {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("cds hooks: read request: %w", err)
	}
	if len(body) > maxBody {
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: the request is larger than %d MiB", maxBody>>20)
	}
	if err := json.Unmarshal(body, req); err != nil {
		*req = Request{}
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: the request is not a hook call: %v", err)
	}
	switch {
	case req.Hook != svc.Hook:
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: service %s answers %s, not %q", svc.ID, svc.Hook, req.Hook)
	case req.HookInstance == "":
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: hookInstance is required")
	case !fhirID.MatchString(req.Context.PatientID):
		req.Context.PatientID = ""
		return nil, umassist.Errorf(umassist.EINVALID, "cds hooks: context.patientId must be a FHIR id")
	}
	return h.review(c.Request().Context(), req, caller)
}

// authenticate checks the call's bearer token and claims its jti once.
func (h *Handlers) authenticate(c echo.Context, svc Service) (*Caller, error) {
	tok, ok := strings.CutPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
	if !ok || strings.TrimSpace(tok) == "" {
		return nil, umassist.Errorf(umassist.EUNAUTHORIZED, "cds hooks: a Bearer JWT signed by a registered CDS client is required")
	}
	now := h.now()
	caller, err := h.Clients.Verify(c.Request().Context(), strings.TrimSpace(tok), h.audience(c, svc.ID), now)
	if err != nil {
		return nil, err
	}
	first, err := postgres.ClaimJTI(c.Request().Context(), h.DB, caller.Client.Issuer, caller.JTI, caller.Expires, now)
	if err != nil {
		return nil, err
	}
	if !first {
		return nil, umassist.Errorf(umassist.EUNAUTHORIZED, "cds hooks: the token's jti was already used; sign a new token for every call")
	}
	return caller, nil
}

// result is what a call produced, for the answer and the audit.
type result struct {
	Response Response
	Patient  string
	Payer    string
	Practice string // the ordering user's organisation, when the call said
	Reviewed []reviewed
	Fetched  []string
}

// review drafts every order of the call and builds the answer. One order
// the agent cannot draft gets a card saying so; the others still answer.
func (h *Handlers) review(ctx context.Context, req *Request, caller *Caller) (*result, error) {
	patient := "Patient/" + req.Context.PatientID
	orders, err := readOrders(req.Context, req.Hook, patient)
	if err != nil {
		return nil, err
	}
	src, parsed, fetched, err := record(ctx, req, caller.Client, h.HTTPClient)
	if err != nil {
		return nil, err
	}
	payer, coverage := payerOf(ctx, src, patient, caller.Client)
	now := h.now()
	day := umassist.Date{Time: time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)}
	res := &result{Patient: patient, Payer: payer, Fetched: fetched, Response: Response{Cards: []Card{}},
		Practice: umassist.RequesterLabel(practiceOf(parsed, req.Context.UserID), "")}
	for i := range orders {
		o := &orders[i]
		o.withConditions(ctx, src)
		rv := reviewed{Order: *o, AssertionID: newID()}
		cs := &umassist.Case{ID: "cds-" + rv.AssertionID, Patient: patient, Request: o.request(payer, caller.Client.Jurisdiction, day), Status: umassist.StatusReceived, ReceivedAt: now}
		d, err := h.Drafter.DraftOrder(ctx, cs, src)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			h.log().Warn("cds hooks: an order could not be drafted", "order_type", o.Type, "error", err)
		} else {
			rv.Draft = d
		}
		if req.Hook == "order-sign" && caller.Client.OpenCases && h.Cases != nil {
			if rv.CaseID, err = h.openCase(ctx, caller, patient, o, cs.Request, parsed); err != nil {
				return nil, err
			}
		}
		res.Reviewed = append(res.Reviewed, rv)
		res.Response.Cards = append(res.Response.Cards, cardFor(rv, patient, req.Context.UserID, now))
		updated, err := withCoverageInformation(o.Raw, coverageInformation(rv, coverage, day))
		if err != nil {
			return nil, err
		}
		res.Response.SystemActions = append(res.Response.SystemActions, Action{Type: "update",
			Description: "Coverage information for " + o.Ref(), Resource: updated})
	}
	return res, nil
}

// openCase opens (or finds) the pre-submission case of a signed order,
// storing the record the call brought and the order itself.
func (h *Handlers) openCase(ctx context.Context, caller *Caller, patient string, o *order, req umassist.ServiceRequest, parsed []*fhir.Parsed) (string, error) {
	op, err := fhir.Decode(o.Raw, o.Type, fhir.ParseOptions{})
	if err != nil {
		return "", umassist.Errorf(umassist.EINVALID, "cds hooks: %s: %v", o.Ref(), err)
	}
	records := append(slices.Clone(parsed), op)
	return h.Cases.OpenCase(ctx, OpenCase{Patient: patient, Request: req, Records: records,
		Key:    "cds:" + caller.Client.ClientID + "|" + patient + "|" + o.Ref(),
		Actor:  umassist.Actor{ID: "cds:" + caller.Client.ClientID, Name: caller.Client.Name, Role: umassist.RoleAgent},
		Client: caller.Client.UMClient})
}

func newID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// audit records a call: which client, patient and orders, what each draft
// recommended and which criteria it found undocumented, and which record
// keys had to be fetched. No clinical text goes in.
func (h *Handlers) audit(ctx context.Context, actor umassist.Actor, svc Service, req *Request, res *result, callErr error) error {
	type orderDetail struct {
		Order          string   `json:"order"`
		Service        string   `json:"service"`
		AssertionID    string   `json:"coverage_assertion_id"`
		Policy         string   `json:"policy,omitempty"`
		Recommendation string   `json:"recommendation,omitempty"`
		Missing        []string `json:"missing,omitempty"`
		Drafted        bool     `json:"drafted"`
	}
	detail := struct {
		Hook         string        `json:"hook"`
		Service      string        `json:"service"`
		HookInstance string        `json:"hook_instance"`
		User         string        `json:"user,omitempty"`
		Fetched      []string      `json:"fetched,omitempty"`
		Orders       []orderDetail `json:"orders,omitempty"`
		Error        string        `json:"error,omitempty"`
	}{Hook: svc.Hook, Service: svc.ID, HookInstance: req.HookInstance, User: req.Context.UserID}
	e := umassist.AuditEntry{Actor: actor, Action: "cds." + svc.Hook, Purpose: "HPAYMT"}
	if req.Context.PatientID != "" {
		e.Patient = "Patient/" + req.Context.PatientID
	}
	if callErr != nil {
		e.Outcome, detail.Error = "failure", umassist.ErrorMessage(callErr)
	}
	if res != nil {
		detail.Fetched = res.Fetched
		for _, rv := range res.Reviewed {
			od := orderDetail{Order: rv.Order.Ref(), Service: rv.Order.Service.Code, AssertionID: rv.AssertionID, Drafted: rv.Draft != nil}
			e.Resources = append(e.Resources, rv.Order.Ref())
			if rv.Draft != nil {
				od.Policy, od.Recommendation, od.Missing = rv.Draft.Policy, string(rv.Draft.Recommendation), rv.Draft.Missing
				e.Resources = append(e.Resources, rv.Draft.Evidence...)
			}
			detail.Orders = append(detail.Orders, od)
		}
	}
	e.Detail, _ = json.Marshal(detail)
	if _, err := postgres.AppendAudit(context.WithoutCancel(ctx), h.DB, e); err != nil {
		h.log().Error("cds hooks: audit failed", "error", err)
		return fmt.Errorf("cds hooks: audit: %w", err)
	}
	return nil
}

// recordOrders keeps each reviewed order's result for the documentation
// gap report: who ordered what, for which payer, and which criteria the
// chart did not document.
func (h *Handlers) recordOrders(ctx context.Context, caller *Caller, svc Service, req *Request, res *result) error {
	for _, rv := range res.Reviewed {
		o := postgres.OrderAudit{At: h.now(), CDSClient: caller.Client.ClientID, Client: caller.Client.UMClient,
			Hook: svc.Hook, HookInstance: req.HookInstance, AssertionID: rv.AssertionID, Patient: res.Patient, Order: rv.Order.Ref(),
			Clinician: req.Context.UserID, Practice: res.Practice, Service: rv.Order.Service.Code, Payer: res.Payer, CaseID: rv.CaseID}
		if d := rv.Draft; d != nil {
			o.Policy, o.Recommendation = d.Policy, string(d.Recommendation)
			for _, id := range d.Missing {
				o.Missing = append(o.Missing, id)
				o.MissingText = append(o.MissingText, criterionText(d, id))
			}
		}
		if err := postgres.AddOrderAudit(context.WithoutCancel(ctx), h.DB, o); err != nil {
			return err
		}
	}
	return nil
}

// criterionText is a criterion's wording, its id when the draft has none.
func criterionText(d *umassist.Draft, id string) string {
	for _, c := range d.Criteria {
		if c.ID == id && c.Text != "" {
			return c.Text
		}
	}
	return id
}

// refused records a call turned away before its body was read: who it
// claimed to be is not trusted, so only the service and the reason go in.
func (h *Handlers) refused(ctx context.Context, svc Service, err error) {
	detail, _ := json.Marshal(map[string]string{"service": svc.ID, "reason": umassist.ErrorMessage(err)})
	if _, aerr := postgres.AppendAudit(context.WithoutCancel(ctx), h.DB, umassist.AuditEntry{
		Actor: umassist.Actor{ID: "cds:unverified", Role: umassist.RoleAgent}, Action: "cds.refused", Outcome: "failure", Detail: detail,
	}); aerr != nil {
		h.log().Error("cds hooks: audit failed", "error", aerr)
	}
}

// cors lets a registered client's browser app read the answer: the
// response names the app's origin, and no other (CDS Hooks leaves CORS to
// the service; a JWT is still required on every call).
func (h *Handlers) cors(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Response().Header().Add("Vary", "Origin")
		if o := c.Request().Header.Get("Origin"); h.Clients.AllowsOrigin(o) {
			c.Response().Header().Set("Access-Control-Allow-Origin", o)
		}
		return next(c)
	}
}

// preflight answers a browser's CORS preflight for a registered client's
// origin asking to GET discovery or POST a hook; anything else is refused
// without CORS headers, so the browser does not send the call.
func (h *Handlers) preflight(c echo.Context) error {
	c.Response().Header().Add("Vary", "Origin")
	o := c.Request().Header.Get("Origin")
	m := c.Request().Header.Get("Access-Control-Request-Method")
	if !h.Clients.AllowsOrigin(o) || (m != http.MethodGet && m != http.MethodPost) {
		return c.NoContent(http.StatusForbidden)
	}
	hd := c.Response().Header()
	hd.Set("Access-Control-Allow-Origin", o)
	hd.Set("Access-Control-Allow-Methods", "GET, POST")
	hd.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
	hd.Set("Access-Control-Max-Age", "600")
	return c.NoContent(http.StatusNoContent)
}
