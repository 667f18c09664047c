// Package demo defines the demo queue: a list of prior-authorization
// cases across the criteria-pack policies (meets, fails, undocumented,
// hostile note text, noisy charts; standard and expedited; a commercial
// member no Medicare pack governs), built from the synthetic patient
// generator. queue.json is the data; Cases and CasesAt turn it into
// bundles and requests that `make demo` loads and submits.
//
// The package only builds data: it loads nothing into a database and
// submits nothing — the command wiring does that.
package demo
