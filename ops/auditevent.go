package ops

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// Code systems of the AuditEvent export (FHIR R4, IHE BALP).
const (
	SysAuditEventType   = "http://terminology.hl7.org/CodeSystem/audit-event-type"
	SysRESTInteraction  = "http://hl7.org/fhir/restful-interaction"
	SysDICOM            = "http://dicom.nema.org/resources/ontology/DCM"
	SysSecurityRoleType = "http://terminology.hl7.org/CodeSystem/extra-security-role-type"
	SysActReason        = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
	SysSourceType       = "http://terminology.hl7.org/CodeSystem/security-source-type"
	SysEntityType       = "http://terminology.hl7.org/CodeSystem/audit-entity-type"
	SysObjectRole       = "http://terminology.hl7.org/CodeSystem/object-role"
	// SysRole, SysUser, SysCase and SysAction are umassist's own
	// identifiers: reviewer roles, account ids, case ids and audit actions.
	SysRole   = "urn:umassist:role"
	SysUser   = "urn:umassist:user"
	SysCase   = "urn:umassist:case"
	SysAction = "urn:umassist:audit-action"

	balpProfile = "https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit."
)

// AuditEvent is the subset of FHIR R4 AuditEvent the export writes.
type AuditEvent struct {
	ResourceType   string            `json:"resourceType"`
	ID             string            `json:"id"`
	Meta           *Meta             `json:"meta,omitempty"`
	Type           Coding            `json:"type"`
	Subtype        []Coding          `json:"subtype,omitempty"`
	Action         string            `json:"action,omitempty"`
	Recorded       string            `json:"recorded"`
	Outcome        string            `json:"outcome,omitempty"`
	OutcomeDesc    string            `json:"outcomeDesc,omitempty"`
	PurposeOfEvent []CodeableConcept `json:"purposeOfEvent,omitempty"`
	Agent          []AuditAgent      `json:"agent"`
	Source         AuditSource       `json:"source"`
	Entity         []AuditEntity     `json:"entity,omitempty"`
}

// Meta carries the BALP profile the event claims.
type Meta struct {
	Profile []string `json:"profile,omitempty"`
}

// Coding is a FHIR Coding.
type Coding struct {
	System  string `json:"system"`
	Code    string `json:"code"`
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a FHIR CodeableConcept.
type CodeableConcept struct {
	Coding []Coding `json:"coding"`
	Text   string   `json:"text,omitempty"`
}

// Identifier is a FHIR Identifier.
type Identifier struct {
	System string `json:"system"`
	Value  string `json:"value"`
}

// Reference is a FHIR Reference.
type Reference struct {
	Reference  string      `json:"reference,omitempty"`
	Identifier *Identifier `json:"identifier,omitempty"`
	Display    string      `json:"display,omitempty"`
}

// AuditAgent is AuditEvent.agent.
type AuditAgent struct {
	Type      *CodeableConcept  `json:"type,omitempty"`
	Role      []CodeableConcept `json:"role,omitempty"`
	Who       Reference         `json:"who"`
	Requestor bool              `json:"requestor"`
}

// AuditSource is AuditEvent.source.
type AuditSource struct {
	Site     string    `json:"site,omitempty"`
	Observer Reference `json:"observer"`
	Type     []Coding  `json:"type,omitempty"`
}

// AuditEntity is AuditEvent.entity.
type AuditEntity struct {
	What   Reference      `json:"what"`
	Type   *Coding        `json:"type,omitempty"`
	Role   *Coding        `json:"role,omitempty"`
	Detail []EntityDetail `json:"detail,omitempty"`
}

// EntityDetail is AuditEvent.entity.detail.
type EntityDetail struct {
	Type        string `json:"type"`
	ValueString string `json:"valueString"`
}

// kind classifies an audit action into the BALP event it is.
type kind struct {
	typ     Coding
	subtype Coding
	action  string // C R U D E
	profile string // BALP profile suffix without the Patient prefix
}

var (
	typeREST  = Coding{System: SysAuditEventType, Code: "rest", Display: "RESTful Operation"}
	typeLogin = Coding{System: SysDICOM, Code: "110114", Display: "User Authentication"}
)

func rest(code, display, action, profile string) kind {
	return kind{typ: typeREST, subtype: Coding{System: SysRESTInteraction, Code: code, Display: display}, action: action, profile: profile}
}

// classify maps an umassist audit action ("case.create", "tool.get_labs",
// "review.approved", "login") to its BALP type, subtype and action code.
func classify(action string) kind {
	switch {
	case action == "login" || strings.HasSuffix(action, ".login"):
		return kind{typ: typeLogin, subtype: Coding{System: SysDICOM, Code: "110122", Display: "Login"}, action: "E"}
	case action == "logout" || strings.HasSuffix(action, ".logout"):
		return kind{typ: typeLogin, subtype: Coding{System: SysDICOM, Code: "110123", Display: "Logout"}, action: "E"}
	case strings.HasSuffix(action, ".create") || strings.HasSuffix(action, ".file") || action == "draft.save":
		return rest("create", "create", "C", "Create")
	case strings.HasPrefix(action, "tool.search") || strings.HasSuffix(action, ".search") || strings.HasSuffix(action, ".list"):
		return rest("search-type", "search-type", "E", "Query")
	case strings.HasPrefix(action, "tool.") || strings.HasPrefix(action, "fhir.") || strings.HasSuffix(action, ".view") ||
		strings.HasSuffix(action, ".read") || strings.HasPrefix(action, "view"):
		return rest("read", "read", "R", "Read")
	case strings.HasPrefix(action, "review.") || strings.HasPrefix(action, "case.") || strings.HasPrefix(action, "appeal.") ||
		strings.HasPrefix(action, "draft."):
		return rest("update", "update", "U", "Update")
	}
	return rest("operation", "operation", "E", "")
}

// ToAuditEvent converts one audit log entry. Patient-scoped events claim the
// BALP Patient* profile; the case travels as an identifier entity with the
// umassist action as its detail.
func ToAuditEvent(e umassist.AuditEntry, site string) AuditEvent {
	k := classify(e.Action)
	ev := AuditEvent{
		ResourceType: "AuditEvent",
		ID:           "umassist-audit-" + strconv.FormatInt(e.ID, 10),
		Type:         k.typ,
		Subtype:      []Coding{k.subtype},
		Action:       k.action,
		Recorded:     e.At.UTC().Format("2006-01-02T15:04:05.000Z07:00"),
		Outcome:      "0",
		Source: AuditSource{
			Site:     site,
			Observer: Reference{Display: "umassist"},
			Type:     []Coding{{System: SysSourceType, Code: "4", Display: "Application Server"}},
		},
	}
	if e.Outcome == "failure" {
		// 4 = minor failure: the request was refused or failed, nothing broke.
		ev.Outcome, ev.OutcomeDesc = "4", "failure"
	}
	purpose := e.Purpose
	if purpose == "" {
		purpose = "HPAYMT"
	}
	ev.PurposeOfEvent = []CodeableConcept{{Coding: []Coding{{System: SysActReason, Code: purpose}}}}

	agentType := Coding{System: SysSecurityRoleType, Code: "humanuser", Display: "human user"}
	if !e.Actor.Human() {
		agentType = Coding{System: SysSecurityRoleType, Code: "dataprocessor", Display: "data processor"}
	}
	role := string(e.Actor.Role)
	if role == "" {
		role = "unknown"
	}
	ev.Agent = []AuditAgent{{
		Type:      &CodeableConcept{Coding: []Coding{agentType}},
		Role:      []CodeableConcept{{Coding: []Coding{{System: SysRole, Code: role}}}},
		Who:       Reference{Identifier: &Identifier{System: SysUser, Value: e.Actor.ID}, Display: e.Actor.Name},
		Requestor: true,
	}}

	patient := strings.HasPrefix(e.Patient, "Patient/") && len(e.Patient) > len("Patient/")
	if patient {
		ev.Entity = append(ev.Entity, AuditEntity{
			What: Reference{Reference: e.Patient},
			Type: &Coding{System: SysEntityType, Code: "1", Display: "Person"},
			Role: &Coding{System: SysObjectRole, Code: "1", Display: "Patient"},
		})
	}
	resources := e.Resources
	if e.Patient != "" && !patient {
		// Not a patient reference: keep it, as an ordinary resource.
		resources = append([]string{e.Patient}, resources...)
	}
	for _, r := range resources {
		if r == "" || (patient && r == e.Patient) {
			continue
		}
		ev.Entity = append(ev.Entity, AuditEntity{
			What: Reference{Reference: r},
			Type: &Coding{System: SysEntityType, Code: "2", Display: "System Object"},
			Role: &Coding{System: SysObjectRole, Code: "4", Display: "Domain Resource"},
		})
	}
	caseEntity := AuditEntity{
		Type:   &Coding{System: SysEntityType, Code: "2", Display: "System Object"},
		Role:   &Coding{System: SysObjectRole, Code: "20", Display: "Job"},
		Detail: []EntityDetail{{Type: SysAction, ValueString: e.Action}},
	}
	if e.CaseID != "" {
		caseEntity.What = Reference{Identifier: &Identifier{System: SysCase, Value: e.CaseID}}
	} else {
		caseEntity.What = Reference{Display: "umassist"}
	}
	ev.Entity = append(ev.Entity, caseEntity)

	if k.profile != "" {
		p := k.profile
		if patient {
			p = "Patient" + p
		}
		ev.Meta = &Meta{Profile: []string{balpProfile + p}}
	}
	return ev
}

// ExportOptions selects what an export writes.
type ExportOptions struct {
	Since time.Time
	Site  string // AuditEvent.source.site, e.g. the deployment's name
	// Progress, if set, is told how many events were written so far.
	Progress func(n int)
}

// ExportAuditEvents writes every audit entry at or after Since as one FHIR
// AuditEvent per line (NDJSON) and returns how many it wrote. It pages by
// id so a large log streams in constant memory.
func ExportAuditEvents(ctx context.Context, q postgres.Querier, w io.Writer, o ExportOptions) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var after int64
	n := 0
	for {
		page, err := postgres.ListAudit(ctx, q, postgres.AuditFilter{Since: o.Since, AfterID: after, Limit: 1000})
		if err != nil {
			return n, fmt.Errorf("audit export: %w", err)
		}
		for _, e := range page {
			if err := enc.Encode(ToAuditEvent(e, o.Site)); err != nil {
				return n, fmt.Errorf("audit export: write: %w", err)
			}
			n++
			after = e.ID
		}
		if o.Progress != nil {
			o.Progress(n)
		}
		if len(page) < 1000 {
			return n, nil
		}
	}
}

// ValidateAuditEvent checks an exported event's shape: the elements R4
// requires (type, recorded, agent with who and requestor, source with
// observer), BALP's expectations (subtype, action, outcome, purposeOfUse,
// a patient entity when the event names one) and that every coding uses a
// code system from the export's vocabulary.
func ValidateAuditEvent(ev AuditEvent) error {
	var errs []string
	bad := func(f string, a ...any) { errs = append(errs, fmt.Sprintf(f, a...)) }
	allowed := map[string]bool{
		SysAuditEventType: true, SysRESTInteraction: true, SysDICOM: true, SysSecurityRoleType: true, SysActReason: true,
		SysSourceType: true, SysEntityType: true, SysObjectRole: true, SysRole: true,
	}
	coding := func(where string, c Coding) {
		if c.System == "" || c.Code == "" {
			bad("%s: coding needs system and code", where)
		} else if !allowed[c.System] {
			bad("%s: unexpected code system %s", where, c.System)
		}
	}
	if ev.ResourceType != "AuditEvent" {
		bad("resourceType %q", ev.ResourceType)
	}
	if ev.ID == "" {
		bad("id missing")
	}
	coding("type", ev.Type)
	if len(ev.Subtype) == 0 {
		bad("subtype missing")
	}
	for _, c := range ev.Subtype {
		coding("subtype", c)
	}
	if !strings.Contains("CRUDE", ev.Action) || len(ev.Action) != 1 {
		bad("action %q is not C, R, U, D or E", ev.Action)
	}
	if _, err := time.Parse(time.RFC3339Nano, ev.Recorded); err != nil {
		bad("recorded %q is not an instant", ev.Recorded)
	}
	switch ev.Outcome {
	case "0", "4", "8", "12":
	default:
		bad("outcome %q", ev.Outcome)
	}
	if len(ev.PurposeOfEvent) == 0 {
		bad("purposeOfEvent missing")
	}
	for _, p := range ev.PurposeOfEvent {
		for _, c := range p.Coding {
			coding("purposeOfEvent", c)
		}
	}
	if len(ev.Agent) == 0 {
		bad("agent missing")
	}
	requestor := false
	for i, a := range ev.Agent {
		if a.Who.Identifier == nil || a.Who.Identifier.System == "" || a.Who.Identifier.Value == "" {
			bad("agent[%d].who needs an identifier", i)
		}
		if len(a.Role) == 0 {
			bad("agent[%d].role missing", i)
		}
		for _, r := range a.Role {
			for _, c := range r.Coding {
				coding(fmt.Sprintf("agent[%d].role", i), c)
			}
		}
		if a.Type != nil {
			for _, c := range a.Type.Coding {
				coding(fmt.Sprintf("agent[%d].type", i), c)
			}
		}
		requestor = requestor || a.Requestor
	}
	if !requestor {
		bad("no agent is the requestor")
	}
	if ev.Source.Observer.Display == "" && ev.Source.Observer.Reference == "" && ev.Source.Observer.Identifier == nil {
		bad("source.observer missing")
	}
	for _, c := range ev.Source.Type {
		coding("source.type", c)
	}
	patientProfile := ev.Meta != nil && len(ev.Meta.Profile) > 0 && strings.Contains(ev.Meta.Profile[0], "BasicAudit.Patient")
	patients := 0
	for i, e := range ev.Entity {
		if e.What.Reference == "" && e.What.Identifier == nil && e.What.Display == "" {
			bad("entity[%d].what is empty", i)
		}
		if e.Type == nil || e.Role == nil {
			bad("entity[%d] needs type and role", i)
			continue
		}
		coding(fmt.Sprintf("entity[%d].type", i), *e.Type)
		coding(fmt.Sprintf("entity[%d].role", i), *e.Role)
		if e.Role.Code == "1" {
			patients++
			if !strings.HasPrefix(e.What.Reference, "Patient/") {
				bad("entity[%d]: the patient entity must reference a Patient", i)
			}
		}
	}
	if patientProfile && patients != 1 {
		bad("a Patient* profile needs exactly one patient entity, found %d", patients)
	}
	if len(errs) > 0 {
		return umassist.Errorf(umassist.EINVALID, "audit event %s: %s", ev.ID, strings.Join(errs, "; "))
	}
	return nil
}
