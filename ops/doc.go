// Package ops gives operators, BPO leads and compliance their instruments:
//
//   - the queue command centre (Snapshot, Handlers.Dashboard at /ops): depth
//     by status, urgency and payer; cases breached or at risk against their
//     CMS-0057-F clocks (72 h expedited, 7 days standard, extended by
//     ExtendTimeframe); drafts per hour; the agent's error rate and the
//     verifier's failure rate; reviewer productivity and how often reviewers
//     override the AI's recommendation; audited assignment, priority and
//     retry of failed drafting; River UI for the jobs themselves;
//   - the CMS-0057-F public metrics (CMS0057FReport; every definition is in
//     the report's "definitions" and on the CMS0057F type);
//   - the audit log as FHIR R4 AuditEvent NDJSON in the IHE BALP style
//     (ExportAuditEvents, checked by ValidateAuditEvent);
//   - SyntheticDrafter, a deterministic stand-in for the agent for load and
//     scale-out tests (BENCHMARK.md has the drain benchmark's figures).
//
// ops reads the workflow's tables and writes only its own (assignments,
// appeals, extensions) plus job retries, each change with its audit entry.
// It never records a decision on a case and never imports server: its HTTP
// handlers are listed by Handlers.Routes, with their roles, for the server
// to mount.
package ops
