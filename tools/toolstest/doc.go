// Package toolstest is the one test suite every umassist.FHIRSource must
// pass through the agent's clinical tools: the local store and the remote
// client run the same checks on the same record, built here as a FHIR
// transaction bundle (urn:uuid references, notes in text/plain, text/html
// and a text-layer PDF, another patient, and records dated after the
// request date that the tools must hide).
//
// It is test support: nothing outside tests may import it.
package toolstest
