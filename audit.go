package umassist

import (
	"encoding/json"
	"time"
)

// AuditEntry is one line of the append-only audit log.
type AuditEntry struct {
	ID        int64           `json:"id"`
	At        time.Time       `json:"at"`
	Namespace string          `json:"namespace,omitempty"`
	Actor     Actor           `json:"actor"`
	Action    string          `json:"action"` // "case.create", "tool.read_note", "review.approved"
	CaseID    string          `json:"case_id,omitempty"`
	Patient   string          `json:"patient,omitempty"` // "Patient/123"
	Resources []string        `json:"resources,omitempty"`
	Purpose   string          `json:"purpose,omitempty"`
	Outcome   string          `json:"outcome,omitempty"` // success | failure
	Detail    json.RawMessage `json:"detail,omitempty"`
}
