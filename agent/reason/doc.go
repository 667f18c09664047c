// Package reason is the deterministic clinical reasoning shared by the
// offline model and the verifier: it reads what the tools returned (their
// JSON, or raw FHIR resources) into evidence items, and checks a criteria
// pack's criteria against them — numbers across units and notations,
// look-back windows from the request date, medication classes and
// durations, and note text with negation.
//
// It does no I/O and calls no tool: callers hand it what they saw. It never
// produces a denial: criteria are met, not_met or not_documented.
package reason
