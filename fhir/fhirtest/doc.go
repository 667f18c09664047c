// Package fhirtest is a fake FHIR R4 server over real HTTP for tests: it
// serves read and search (patient, code, category, date with ge/le/gt/lt,
// _sort, _count) with Bundle paging through link[next], SMART Backend
// Services authorization (discovery, client_credentials with a signed
// private_key_jwt assertion, expiring bearer tokens), and injected faults
// (429 with Retry-After, 5xx, slow and oversized answers).
//
// It is test support: nothing outside tests may import it.
package fhirtest
