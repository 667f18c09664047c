// Package reason hands what the tools returned to the criteria contract:
// the clinical tools' typed results, and raw FHIR resources read through
// tools.ReadResource, become criteria.Evidence items. It is the only bridge
// between the tools' shapes and the pure criteria package, so the offline
// model and the verifier read a chart the same way.
//
// It does no I/O and calls no tool: callers hand it what they saw.
package reason
