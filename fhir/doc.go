// Package fhir is the clinical record side of umassist, without storage:
// the FHIR R4 model the tools read, a streaming parser for Bundles and
// Bulk Data NDJSON, note text extraction, the one-patient rule for
// bundles, an in-memory source, and a client for remote FHIR servers
// (SMART Backend Services, paging, retries). The local store in
// PostgreSQL is fhir/fhirstore. Both the store (fhirstore.Store.Source)
// and the client implement umassist.FHIRSource, which is all the agent's
// tools see.
//
// The package imports no database package (a test holds it to that), so
// the agent and its tools can read FHIR without one. It fetches data; it
// does not decide what the agent may see. Scoping a read to one case's
// patient and request date is the tools package's job. It never logs
// resource contents (PHI), only ids and counts.
package fhir
