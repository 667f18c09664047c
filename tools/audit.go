package tools

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/umassist/umassist"
)

// ToolAudit is one tool call that read (or tried to read) patient data.
type ToolAudit struct {
	Scope     Scope
	Tool      string   // "search_observations"
	Resources []string // every reference returned
	Outcome   string   // "success", or "failure" for refused or failed reads
	Detail    map[string]any
}

// Auditor records tool calls. A call whose audit cannot be written fails:
// no patient data leaves a tool unaudited.
type Auditor interface {
	AuditToolCall(ctx context.Context, e ToolAudit) error
}

// AuditorFunc adapts a function to Auditor (for tests).
type AuditorFunc func(ctx context.Context, e ToolAudit) error

func (f AuditorFunc) AuditToolCall(ctx context.Context, e ToolAudit) error { return f(ctx, e) }

// AuditLog appends to the append-only audit log (postgres.AuditLog).
type AuditLog interface {
	Append(ctx context.Context, e umassist.AuditEntry) error
}

// LogAuditor writes tool calls to an audit log as action "tool.<name>".
type LogAuditor struct {
	Log AuditLog
}

var (
	_ Auditor = LogAuditor{}
	_ Auditor = AuditorFunc(nil)
)

// AuditToolCall appends one audit entry.
func (a LogAuditor) AuditToolCall(ctx context.Context, e ToolAudit) error {
	var detail json.RawMessage
	if len(e.Detail) > 0 {
		b, err := json.Marshal(e.Detail)
		if err != nil {
			return fmt.Errorf("tools: audit detail: %w", err)
		}
		detail = b
	}
	err := a.Log.Append(ctx, umassist.AuditEntry{
		Namespace: e.Scope.Namespace,
		Actor:     e.Scope.Actor,
		Action:    "tool." + e.Tool,
		CaseID:    e.Scope.CaseID,
		Patient:   e.Scope.Patient,
		Resources: e.Resources,
		Outcome:   e.Outcome,
		Detail:    detail,
	})
	if err != nil {
		return fmt.Errorf("tools: %w", err)
	}
	return nil
}
