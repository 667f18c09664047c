package agent

import "errors"

// Sentinel errors of a run. A run that ends in one of these has no draft;
// the caller records the error on the case (status failed) with the trace.
var (
	// ErrMaxSteps: the model used every step without submitting a draft.
	ErrMaxSteps = errors.New("agent: step limit reached without a draft")
	// ErrDeadline: the run's wall-clock deadline passed.
	ErrDeadline = errors.New("agent: deadline exceeded without a draft")
	// ErrTokenBudget: the model used the run's token budget.
	ErrTokenBudget = errors.New("agent: token budget exhausted without a draft")
	// ErrModel: the model call failed (after the adapter's retries).
	ErrModel = errors.New("agent: model call failed")
	// ErrNoTools: a run was started without the tools a case needs.
	ErrNoTools = errors.New("agent: no tools")
	// ErrInvalidDraft: a submitted draft could not be read at all.
	ErrInvalidDraft = errors.New("agent: invalid draft")
)
