// Package fhir is the clinical record side of umassist: a local FHIR R4
// store in PostgreSQL (resources kept whole as jsonb beside the columns
// the tools search by, note text extracted on load and indexed for
// full-text search), a streaming loader for Bundles and Bulk Data NDJSON,
// and a client for remote FHIR servers (SMART Backend Services, paging,
// retries). Both the store (Store.Source) and the client implement
// umassist.FHIRSource, which is all the agent's tools see.
//
// The package stores and fetches data; it does not decide what the agent
// may see. Scoping a read to one case's patient and request date is the
// tools package's job. It never logs resource contents (PHI), only ids
// and counts.
package fhir
