// Package umassist holds the domain of utilization-management review: a
// prior-authorization request (Case and ServiceRequest), the draft an agent
// prepares for it (Draft, Criterion, Citation, Recommendation), and what a
// licensed human does with it (ReviewAction, Outcome).
//
// The package has no dependencies on technology: storage, the agent, the
// HTTP server and the eval harness live in their own packages below it and
// depend on these types, never the other way round. The JSON shape of Draft
// is the results format of ../shared/evals/SPEC.md.
//
// One rule is built into the types themselves: a Recommendation can only be
// approve, refer or request_info. Denial is an Outcome, and only a physician
// reviewer can record one (see ReviewAction.Validate and the database
// constraint that repeats it).
package umassist
