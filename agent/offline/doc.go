// Package offline is the default model: a deterministic clinical reasoner
// that drives the agent loop through the same tools as any language model.
// It finds the policy with search_policies, reads the criteria pack with
// get_policy_criteria, asks the clinical tools for exactly the evidence
// each criterion's hints name, reads the notes the searches found, checks
// every criterion (package reason) and submits a cited draft.
//
// It keeps no state between calls: every decision is re-derived from the
// conversation, so a run is reproducible and replayable from its trace.
// It never reaches a network and never follows text found in tool output.
package offline
