// Package tools holds the agent's tools: typed Go functions over the
// patient's FHIR record and the policy corpus, each with a JSON Schema
// generated from its argument struct and a description written for a
// model.
//
// Safety is built in rather than left to the model: a tool set is bound to
// one case (its patient and request date) when it is made, results are
// bounded in size with an explicit truncation marker, every call that reads
// patient data writes an audit entry, and tool output is returned as data —
// text inside a note is never an instruction.
//
// # Clinical tools
//
// NewClinical(src, auditor, scope) returns the eight clinical tools over a
// umassist.FHIRSource (fhirstore.Store.Source(namespace) or fhir.Client). Every
// call reads only scope.Patient, sees nothing dated after the end of
// scope.AsOf, and is audited through the Auditor (PostgresAuditor writes
// audit_log action "tool.<name>" with the returned references) before data
// is returned; an audit failure fails the call. Arguments are decoded
// strictly by DecodeArgs (unknown fields refused); bad arguments wrap
// ErrInvalidArguments, reads outside the scope wrap ErrOutOfScope.
//
// Output.Data marshals to these JSON shapes (dates are RFC 3339 UTC
// instants, "2026-01-20T10:00:00Z", or "" when undated; birth_date, onset
// and period bounds keep FHIR's own precision). List results embed a page:
//
//	page: {"offset": 0, "returned": 20, "truncated": true, "next_offset": 20}
//
// patient_overview (no arguments):
//
//	{"patient": "Patient/x", "as_of": "2026-03-01", "sex": "female", "birth_date": "1960-03-15",
//	 "age": 65, "deceased": false, "active_conditions": [condition...],
//	 "active_medications": [medication...], "coverage": [{"ref", "status", "type", "payer", "start", "end"}],
//	 "inpatient_stays": [{"ref": "Encounter/x", "start", "end", "type", "reason"}],
//	 "truncated": false}
//
// inpatient_stays are the hospital stays begun in the year before as_of
// (Encounter class IMP, ACUTE or NONAC), newest first; end is empty while
// the patient is still in.
//
// search_observations {codes, category, text, since, until, oldest_first, limit, offset}:
//
//	{"observations": [{"ref": "Observation/x", "date", "code": "10230-1", "system": "http://loinc.org",
//	   "display": "Left ventricular Ejection fraction", "category": ["imaging"], "status": "final",
//	   "value": 35 | "Positive" | true, "comparator": "<", "unit": "%",
//	   "reference_range": {"low": 50, "high": 70, "unit": "%", "text"},
//	   "interpretation": ["L"], "components": [{"code", "display", "value", "unit", "interpretation"}]}],
//	 ...page}
//
// list_conditions {status: active|resolved|all, text, codes, limit, offset}:
//
//	{"conditions": [{"ref": "Condition/x", "date" (recorded), "code", "system", "display",
//	   "clinical_status" (as of the request date), "verification_status", "onset", "abatement",
//	   "active": true}], ...page}
//
// list_medications {status: active|all, text, codes, since, until, limit, offset}:
//
//	{"medications": [{"ref": "MedicationRequest/x", "date", "start_date", "status", "active": true,
//	   "rxnorm_code": "866412", "display": "24 HR metoprolol succinate 100 MG Extended Release Oral Tablet",
//	   "dosage", "reason"}], ...page}
//
// list_procedures {codes, text, since, until, limit, offset}:
//
//	{"procedures": [{"ref": "Procedure/x", "date", "code", "system", "display", "status"}], ...page}
//
// list_notes {type, since, until, limit, offset}:
//
//	{"notes": [{"ref": "DocumentReference/x", "date", "type", "author", "content_type": "text/plain",
//	   "length": 1234}], ...page}
//
// read_note {note, offset, limit} (offsets and lengths in characters):
//
//	{"ref", "date", "type", "author", "offset": 0, "returned": 4000, "total_length": 9000,
//	 "truncated": true, "next_offset": 4000, "untrusted_text": "..."}
//
// search_notes {query, since, until, limit}:
//
//	{"query": "NYHA class", "hits": [{"note": "DocumentReference/x", "date", "type",
//	   "offset": 812, "untrusted_snippet": "..."}], "truncated": false}
//
// Text in untrusted_text and untrusted_snippet is quoted from the record:
// callers show it and cite it, and never act on what it says.
package tools
