// Package evals scores the whole drafting pipeline on labelled cases.
//
// It reads datasets in the shared SPEC format (cases.jsonl, patients/,
// optional policies/), runs every case through a Drafter (in production the
// same agent, tools, retrieval and verifier reviewers' drafts come from),
// writes results.jsonl, summary.json and a self-contained report.html,
// compares two runs, checks gates for CI, caches model calls (and whole
// unchanged cases) so a re-run of an LLM run costs nothing, and turns
// reviewers' decisions back into a dataset. The pipeline sits behind the
// Drafter and Loader interfaces: AgentDrafter and StoreLoader are the
// production ones (wired in cmd/umassist), fakes test the harness.
//
// It must not: write to production namespaces (every run loads its
// patients and policies into its own namespace and removes them), count an
// errored case as right or wrong, or ever produce a denial.
package evals
