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
// constraint that repeats it). The reviewer workflow (workflow.go: who may
// record which outcome in which status, what a decision must say, the
// decision clock) is here too, so the API, the UI and storage enforce one
// set of rules.
//
// # Glossary
//
// One name per concept across the packages; when a word is taken, a
// package uses another rather than a second meaning.
//
//   - Case: one prior-authorization request under review, with its clock.
//   - ServiceRequest: what a Case asks for (service, diagnoses, payer,
//     urgency, date, requester). Requester: who ordered it, never evidence.
//   - Policy, Passage: a coverage policy and one citable section of it
//     ("NCD 20.4#B3"), as the corpus stores them.
//   - Pack: a policy's criteria as data (criteria.Pack); a Criterion of a
//     pack (criteria.Criterion) is what must be shown, with its Hints (what
//     in the chart can show it: criteria.Kind* name the kinds).
//   - Criterion (root): one line of a draft's checklist, with its Status
//     (met, not met, not documented), Finding (what the chart showed, in
//     words), Evidence (the FHIR references it rests on) and Quotes (the
//     exact sentences, with their offsets in the note).
//   - Evidence: in a draft, the FHIR references cited; criteria.Evidence is
//     the chart as read (Items by reference) that criteria are judged on.
//   - Citation: one statement of a summary tied to its resource and passage.
//   - Draft: what the agent prepares: checklist, Recommendation, summary,
//     questions, and the verifier's Findings (VerifierIssue).
//   - Recommendation: approve, refer or request_info; never deny.
//   - Outcome: what a licensed human decided (approved, denied, escalated,
//     info requested), recorded as a ReviewAction. The agent's result is
//     agent.Drafted; a run's end is its trace's Ending.
//   - AuthorRole: who wrote a note or made a value (clinician, patient,
//     payer, requester, organization, unknown); only some are evidence.
//   - Reviewer: a nurse or physician. Operator, admin and ML engineer are
//     other roles; only a physician denies.
package umassist
