// Package pas reads and builds the wire format of the Da Vinci Prior
// Authorization Support (PAS) implementation guide: the FHIR R4 Bundles a
// provider sends to ask for a prior authorization (a Claim with use
// "preauthorization" and the records that support it), the ClaimResponse
// Bundle a payer answers with, and the $inquire Bundle that asks where a
// request stands. Both ends are here, so that what umassist sends as a
// payer is read back by the same code a provider would run:
//
//   - the payer side: ParseRequest (a request becomes a Submission: the
//     umassist.ServiceRequest to review and the records to load),
//     BuildResponse (a human reviewer's decision becomes a ClaimResponse)
//     and ParseInquiry;
//   - the provider side: BuildRequest, ParseResponse and BuildInquiry.
//
// The AI never decides here either. A response certifies (A1) or does not
// certify (A3) a request only from a human reviewer's decision: a nurse or
// a physician approves, only a physician denies, and every final
// response says so in an extension. Anything not yet decided by a person
// is pended (A4).
//
// The package is pure: no I/O, no database, no HTTP, no clock but the one
// a caller may pass in, no logging. It only reads and builds JSON, and
// imports nothing but the standard library, the root domain package and
// the fhir package's decoder (a test holds it to that). Storing a
// submission's records, queueing the case and serving the $submit and
// $inquire endpoints belong to the packages above it.
//
// Every refusal is an umassist EINVALID error (EFORBIDDEN for a decision
// someone may not make) whose message starts "pas:" and names the
// resource and the field at fault, so it can go back to the submitter as
// it is. Bad input never panics.
package pas
