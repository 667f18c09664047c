// Package pasclient is the provider's end of Da Vinci Prior Authorization
// Support (PAS), as a BPO working for a health system runs it: once a
// nurse approves a pre-submission case opened from an order, it builds the
// PAS request Bundle (the Claim, the patient, coverage, the order and the
// draft's cited evidence), sends it to the payer's Claim/$submit, keeps
// the ClaimResponse, and follows a pended request with Claim/$inquire
// until the payer's people decide. The queue's pas_submit and pas_inquire
// jobs call it.
//
// What it must not do: send a case no nurse approved, send anything to an
// endpoint not configured for the case's payer, or read the payer's answer
// as more than it says (only a final A1/A3 ends the follow-up). Every
// request sent and every answer read is audited.
package pasclient
