package umassist

import (
	"context"
	"encoding/json"
	"strings"
	"time"
)

// Resource is one FHIR R4 resource as a source holds it: whole (Raw) plus
// the few fields every consumer needs without parsing it.
type Resource struct {
	Type    string // "Observation"
	ID      string // "abc"
	Patient string // "Patient/123"; empty for resources about no patient
	// Date is the clinically relevant instant: effective, issued, authored,
	// recorded or performed, by type. Zero when the resource is undated.
	Date time.Time
	Raw  json.RawMessage
}

// Ref is the resource's reference, "Type/id".
func (r *Resource) Ref() string { return r.Type + "/" + r.ID }

// SplitRef splits "Type/id" into its parts; ok is false for anything else
// (absolute URLs, urn:uuid references, conditional references).
func SplitRef(ref string) (typ, id string, ok bool) {
	typ, id, ok = strings.Cut(ref, "/")
	if !ok || typ == "" || id == "" || strings.ContainsAny(id, "/?#:") || strings.ContainsAny(typ, "?#:") {
		return "", "", false
	}
	return typ, id, true
}

// FHIRQuery selects one patient's resources of one type. Every field but
// Type and Patient narrows the result; zero values do not filter.
type FHIRQuery struct {
	Type    string // "Observation"
	Patient string // "Patient/123"
	// Codes match any coding of the resource's main code, written
	// "system|code" or just "code".
	Codes []string
	// Category matches a category code ("laboratory", "vital-signs").
	Category string
	// Text matches, case-insensitively, part of the code's display or text.
	Text string
	// Status matches any of these status codes (a Condition's clinical
	// status; other types' status).
	Status []string
	// From and To bound Date, inclusively. Undated resources pass a To
	// bound (they are not "after" anything) but not a From bound.
	From, To time.Time
	// Oldest sorts oldest first; the default is newest first.
	Oldest bool
	Offset int
	Limit  int // 0 means the source's default page (100)
}

// Note is a clinical note: a DocumentReference attachment or a
// DiagnosticReport.presentedForm, with its text extracted.
type Note struct {
	Ref     string    `json:"ref"` // "DocumentReference/abc"
	Patient string    `json:"patient"`
	Date    time.Time `json:"date"`
	Type    string    `json:"type"`   // "History and physical note"
	Author  string    `json:"author"` // display name, when known
	// AuthorRole is who wrote it, as far as the record tells.
	AuthorRole  AuthorRole `json:"author_role,omitempty"`
	ContentType string     `json:"content_type"`
	Length      int        `json:"length"` // characters of extracted text
}

// NoteQuery selects one patient's notes.
type NoteQuery struct {
	Patient string
	// Text: for Notes, part of the note type; for SearchNotes, the search
	// words (all must appear).
	Text     string
	From, To time.Time
	Offset   int
	Limit    int
}

// NoteHit is one place in a note where searched words appear. Offset and
// Snippet are in characters (runes) of the note's extracted text.
type NoteHit struct {
	Note    Note   `json:"note"`
	Offset  int    `json:"offset"`
	Snippet string `json:"snippet"`
}

// FHIRSource is where the agent's tools read a patient's record: the local
// store (fhirstore.Store.Source) or a remote FHIR server (fhir.Client). Both
// pass the same shared tool test suite.
type FHIRSource interface {
	// Read returns one resource by "Type/id"; ENOTFOUND when absent.
	Read(ctx context.Context, ref string) (*Resource, error)
	// Search returns the resources q selects, at most q.Limit.
	Search(ctx context.Context, q FHIRQuery) ([]*Resource, error)
	// Notes lists a patient's notes, newest first.
	Notes(ctx context.Context, q NoteQuery) ([]Note, error)
	// NoteText returns the extracted text of a note; ENOTFOUND when the
	// resource does not exist or carries no readable text.
	NoteText(ctx context.Context, ref string) (Note, string, error)
	// SearchNotes finds notes containing every word of q.Text, best first.
	SearchNotes(ctx context.Context, q NoteQuery) ([]NoteHit, error)
}

// AuthorRole is who wrote a document, as far as the record tells: its
// author references, else the words the record uses for it ("patient
// portal message", "(patient)"). A patient's or a payer's own words are
// shown to the reviewer but are never evidence for a criterion.
type AuthorRole string

// Author roles. Unknown is the common case for real notes (an author named
// without a reference) and counts as a clinician's.
const (
	AuthorUnknown      AuthorRole = ""
	AuthorClinician    AuthorRole = "clinician"
	AuthorPatient      AuthorRole = "patient" // the patient, a relative or a caregiver
	AuthorPayer        AuthorRole = "payer"
	AuthorOrganization AuthorRole = "organization" // a laboratory, a supplier, a clinic
	// AuthorRequester is the prior-authorization request form itself (a
	// faxed payer form): the claim under review, never evidence for it.
	AuthorRequester AuthorRole = "requester"
)

// Evidence reports whether text by this author may meet a criterion.
func (r AuthorRole) Evidence() bool {
	return r != AuthorPatient && r != AuthorPayer && r != AuthorRequester
}

// HumanName is a FHIR HumanName as records carry it.
type HumanName struct {
	Text   string   `json:"text,omitempty"`
	Prefix []string `json:"prefix,omitempty"`
	Given  []string `json:"given,omitempty"`
	Family string   `json:"family,omitempty"`
}

// Display is the name as a person reads it: its text, else its prefix,
// given and family names in that order, spaces tidied.
func (n HumanName) Display() string {
	if t := strings.Join(strings.Fields(n.Text), " "); t != "" {
		return t
	}
	parts := append(append(append([]string{}, n.Prefix...), n.Given...), n.Family)
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}
