// Package cdshooks is umassist's pre-submission audit at the order: a CDS
// Hooks 2.0 service that speaks Da Vinci Coverage Requirements Discovery
// (CRD). An EHR calls it when a clinician selects or signs an order
// (order-select, order-sign); the agent drafts the order against the
// governing policy from the record the EHR sends (prefetch) or lets it read
// (its FHIR server, with the token it hands over), and the answer says
// whether prior authorization is needed and whether the chart already
// supports it, asks the one question a reviewer would ask when a deciding
// criterion is not documented, and returns the CRD coverage-information
// extension on the order as a system action.
//
// What it must not do: deny, or say an order is approved. The cards say
// what the documentation shows; a licensed reviewer decides later. It does
// not keep the record an EHR sends (prefetch is read into memory for one
// call) unless the client is registered to have its signed orders opened
// as cases (a BPO working them), and then only through the one-patient
// intake. Every call is authenticated as the spec says (a JWT the client
// signs, checked against the key set registered for it, aud = the service
// URL, each jti used once) and audited. It also posts a reviewer's question
// to the ordering clinician's EHR inbox (Tasks) for clients registered to
// take them.
package cdshooks
