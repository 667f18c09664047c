// Package policies turns coverage policies into something the agent can cite
// and check: the CMS Medicare Coverage Database NCD import, payer policy
// documents (PDF, HTML, Markdown, text), section-aware chunking into
// passages with stable ids, and loading criteria packs kept outside the
// binary (the packs themselves, and everything that reads them, are the
// pure criteria package).
//
// # Passage ids
//
// A passage id is "<policy id>#<key>[~n]":
//
//   - The key's letter is the NCD section ("A. General", "B. Nationally
//     Covered Indications", "C. Nationally Non-Covered Indications",
//     "D. Other"); text before any heading takes the field's letter (A for
//     the item/service description, B for indications and limitations, X for
//     the cross reference, O for other text).
//   - "B" is section B's opening text; "B3" the third item of the section's
//     first numbered list (a numbered indication, whether written as <ol> or
//     as "3." paragraphs); "B.2", "B.3" the section's later text blocks,
//     each item of a later list being a block of its own.
//   - "~2", "~3" are the second and later chunks of one long block, cut by
//     langchaingo's recursive splitter. Each block is split on its own, so a
//     passage never straddles two numbered indications.
//
// Ids are stable across re-imports of the same text; criteria packs cite
// them and are checked against the chunker's real output.
//
// # API
//
//   - LoadPackDir: criteria packs from a folder (criteria.LoadPacksFS).
//   - ReadMCD: the NCD export read into policies and passages.
//   - Importer.ImportMCD, Importer.LoadDocs: both into a policystore.Store,
//     one transaction per policy version.
//
// This package does not search; retrieval does. It never decides coverage:
// packs describe criteria, the agent checks them, a human decides.
package policies
