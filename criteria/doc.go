// Package criteria is the criteria contract: criteria packs (our reading
// of a coverage policy: criteria, evidence hints, pathways, qualifiers),
// the clinical vocabulary they are written in (measures, settings,
// medication classes; vocabulary.json), and the reading and decision every
// drafter and the verifier share — evidence read in context (assertion,
// time, recency, provenance), Evaluate for one criterion and Decide for a
// recommendation. It never produces a denial: criteria are met, not_met or
// not_documented, and a recommendation is approve, refer or request_info.
//
// It is pure: it imports only the standard library and the root domain
// package (TestCriteriaIsPure), does no I/O of its own (packs and the
// vocabulary are embedded; LoadPacksFS reads what the caller opens) and
// knows nothing of tools, databases or models.
package criteria
