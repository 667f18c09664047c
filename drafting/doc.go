// Package drafting is the review_case job's work: it loads a case, runs
// the agent's Drafter on it, and stores the verified draft with its trace
// and audit entry, or records the failure. It is the seam between the
// agent, which reads and reasons but stores nothing and imports no
// database package, and PostgreSQL and the job queue, which it uses.
package drafting
