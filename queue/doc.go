// Package queue is the durable agent work queue on River: the review_case
// job, enqueued in the same transaction that stores its case, and the worker
// that hands it to a Drafter (the agent, wired in cmd/umassist).
//
// A case is unique on the queue while its job is pending, available,
// scheduled, running or retryable, so a case is never worked twice at once;
// once drafted, new information may enqueue it again.
package queue
