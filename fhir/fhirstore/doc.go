// Package fhirstore is the local FHIR R4 store in PostgreSQL: resources
// kept whole as jsonb beside the columns the tools search by, note text
// extracted on load and indexed for full-text search (Store.Source
// implements umassist.FHIRSource), the loader for Bundles and Bulk Data
// NDJSON, and the records intake and answers write in a case's own
// transaction (IntakeBundle, Answer). It never logs resource contents
// (PHI), only ids and counts.
package fhirstore
