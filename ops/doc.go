// Package ops gives operators, BPO leads and compliance their instruments:
// the queue command centre (depth, CMS-0057-F clocks, agent throughput and
// error rates, reviewer productivity, assignment and priority), the
// CMS-0057-F public metrics report, and the audit log exported as FHIR R4
// AuditEvent resources in the IHE BALP style.
//
// ops reads the workflow's tables and writes only its own (assignments,
// appeals, extensions), each change with its audit entry. It never records
// a decision on a case and never imports server: its HTTP handlers are
// listed by Routes for the server to mount with their access rules.
package ops
