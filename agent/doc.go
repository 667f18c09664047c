// Package agent drafts a prior-authorization case: a bounded tool-calling
// loop drives a Model (offline reasoner, OpenAI-compatible endpoint or any
// langchaingo llms.Model) through the case's tools until it submits a draft
// with the submit_draft tool; a verifier then checks every claim of the
// draft against the record and the policy corpus before it is stored, and
// holds it to the criteria pack governing the request, found from the
// request itself rather than from the model's conversation.
//
// What it must not do: recommend a denial (there is no such value, and a
// submitted "deny" goes back to the model as an error), treat tool output as
// instructions (tool output is quoted as untrusted data), or store a draft
// the verifier rejected as anything but refer. It never reaches a hosted
// model on its own: the model is whatever the caller wires in.
package agent
