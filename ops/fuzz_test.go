package ops_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
)

// Whatever the audit log holds, the export writes a valid AuditEvent that
// survives a JSON round trip.
func FuzzToAuditEvent(f *testing.F) {
	f.Add("tool.get_labs", "Patient/p1", "Observation/o1", "agent", "agent", "success", "HPAYMT")
	f.Add("login", "", "", "u1", "nurse", "failure", "")
	f.Add("review.denied", "Patient/", "Patient/p1", "u2", "physician", "success", "TREAT")
	f.Add("", "not a ref", "", "", "", "", "")
	f.Fuzz(func(t *testing.T, action, patient, resource, actorID, role, outcome, purpose string) {
		if actorID == "" || action == "" {
			return // the log refuses these (AppendAudit, CHECK constraints)
		}
		e := umassist.AuditEntry{ID: 7, At: time.Unix(1700000000, 0), Action: action, Patient: patient, Resources: []string{resource},
			Actor: umassist.Actor{ID: actorID, Role: umassist.Role(role)}, Outcome: outcome, Purpose: purpose, CaseID: "case_1"}
		ev := ops.ToAuditEvent(e, "site")
		if purpose != "" && ev.PurposeOfEvent[0].Coding[0].Code != purpose {
			t.Fatalf("purpose lost")
		}
		b, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		var back ops.AuditEvent
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if err := ops.ValidateAuditEvent(back); err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
	})
}
