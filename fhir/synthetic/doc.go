// Package synthetic generates the project's own clinical content:
// deterministic, realistic FHIR R4 patient bundles for the criteria-pack
// policies, each paired with the prior-authorization request made for the
// patient and the gold answer a correct review reaches.
//
// A Scenario is one policy's clinical story (ICD for heart failure under
// NCD 20.4, CPAP under NCD 240.4, bariatric surgery under NCD 100.1, home
// oxygen under NCD 240.2, TAVR, left atrial appendage closure, hyperbaric
// oxygen, cochlear implants). Each has Variants that meet every criterion
// (gold approve), fail one (refer), leave one undocumented (request_info,
// with gold.missing), and edge cases: evidence dated after the request,
// unit and notation variants, negated findings, expired look-back windows,
// hostile "ignore previous instructions" text inside notes, and charts
// buried in unrelated results.
//
// API:
//
//	synthetic.Scenarios()                       // every scenario and its variants
//	synthetic.Generate(scenario, variant, seed) // one Case: Bundle, Request, Gold
//	synthetic.All(seed)                         // every variant of every scenario
//	synthetic.WriteBundles(dir, cases)          // bundles + manifest.json
//	synthetic.WriteDataset(dir, cases)          // a SPEC eval dataset folder
//
// The same scenario, variant and seed always produce byte-identical
// bundles (math/rand/v2 PCG seeded from the seed and the case name; map
// keys marshal sorted; PDF creation dates are pinned). Criterion ids,
// LOINC codes and note phrases follow the criteria packs in
// criteria/packs, which are the contract the agent checks; gold labels use
// the packs' semantics (an exclusion criterion is "met" when the excluding
// fact is present).
//
// Every person, clinician and place is fictional and every note was written
// for this project. The package must not read real patient data and does no
// I/O beyond the Write functions.
package synthetic

// Regenerate the committed dev eval dataset (evals/testdata/dev).
//go:generate go test -run TestDevDataset -update .
