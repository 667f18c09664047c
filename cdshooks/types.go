package cdshooks

import "encoding/json"

// The CDS Hooks 2.0 wire format, as far as this service uses it.

// Discovery is the answer to GET /cds-services.
type Discovery struct {
	Services []Service `json:"services"`
}

// Service describes one CDS service.
type Service struct {
	Hook              string            `json:"hook"`
	Title             string            `json:"title,omitempty"`
	Description       string            `json:"description"`
	ID                string            `json:"id"`
	Prefetch          map[string]string `json:"prefetch,omitempty"`
	UsageRequirements string            `json:"usageRequirements,omitempty"`
}

// Request is a hook call.
type Request struct {
	Hook              string                     `json:"hook"`
	HookInstance      string                     `json:"hookInstance"`
	FHIRServer        string                     `json:"fhirServer,omitempty"`
	FHIRAuthorization *FHIRAuthorization         `json:"fhirAuthorization,omitempty"`
	Context           HookContext                `json:"context"`
	Prefetch          map[string]json.RawMessage `json:"prefetch,omitempty"`
}

// FHIRAuthorization is the token a client hands the service for its FHIR
// server.
type FHIRAuthorization struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
	Scope       string `json:"scope"`
	Subject     string `json:"subject"`
	Patient     string `json:"patient,omitempty"`
}

// HookContext is the context of order-select and order-sign.
type HookContext struct {
	UserID      string          `json:"userId"`
	PatientID   string          `json:"patientId"`
	EncounterID string          `json:"encounterId,omitempty"`
	Selections  []string        `json:"selections,omitempty"` // order-select only
	DraftOrders json.RawMessage `json:"draftOrders"`          // a Bundle
}

// Response is a hook's answer.
type Response struct {
	Cards         []Card   `json:"cards"`
	SystemActions []Action `json:"systemActions,omitempty"`
}

// Indicator is a card's urgency.
type Indicator string

// Indicators, least urgent first.
const (
	Info     Indicator = "info"
	Warning  Indicator = "warning"
	Critical Indicator = "critical"
)

// Card is one piece of guidance shown to the clinician.
type Card struct {
	UUID              string       `json:"uuid,omitempty"`
	Summary           string       `json:"summary"` // at most 140 characters
	Detail            string       `json:"detail,omitempty"`
	Indicator         Indicator    `json:"indicator"`
	Source            Source       `json:"source"`
	Suggestions       []Suggestion `json:"suggestions,omitempty"`
	SelectionBehavior string       `json:"selectionBehavior,omitempty"`
	OverrideReasons   []Coding     `json:"overrideReasons,omitempty"`
	Links             []Link       `json:"links,omitempty"`
}

// Source says who the guidance comes from.
type Source struct {
	Label string  `json:"label"`
	URL   string  `json:"url,omitempty"`
	Topic *Coding `json:"topic,omitempty"`
}

// Coding is a FHIR Coding as CDS Hooks carries it.
type Coding struct {
	System  string `json:"system,omitempty"`
	Code    string `json:"code"`
	Display string `json:"display,omitempty"`
}

// Suggestion is a set of actions the clinician may accept.
type Suggestion struct {
	Label         string   `json:"label"`
	UUID          string   `json:"uuid,omitempty"`
	IsRecommended bool     `json:"isRecommended,omitempty"`
	Actions       []Action `json:"actions,omitempty"`
}

// Action creates, updates or deletes a resource in the EHR.
type Action struct {
	Type        string          `json:"type"` // create | update | delete
	Description string          `json:"description"`
	Resource    json.RawMessage `json:"resource,omitempty"`
	ResourceID  string          `json:"resourceId,omitempty"`
}

// Link points the clinician somewhere.
type Link struct {
	Label string `json:"label"`
	URL   string `json:"url"`
	Type  string `json:"type"` // absolute | smart
}
