// Package retrieval finds the policy passages that govern a request:
// embedders (an offline deterministic one, the default, whose word
// fragments are weighted by their rarity in the NCD export, and an
// OpenAI-compatible one), the choice of the governing policy
// (ChoosePolicy, pure), and the search types. The pgvector store with a
// halfvec HNSW index, and hybrid search that fuses PostgreSQL full-text
// and vector ranks with Reciprocal Rank Fusion in one SQL query, are
// retrieval/policystore: this package imports no database package (a test
// holds it to that), so the agent and its tools depend on it freely.
//
// API the agent and eval helpers call:
//
//	store := policystore.New(pool, retrieval.NewHashEmbedder())
//	hits, err := store.Search(ctx, "ICD LVEF 30% NYHA II", retrieval.Filter{Payer: "medicare", AsOf: day}, 5)
//	hit, err := store.Passage(ctx, namespace, "NCD 20.4#B3")     // ENOTFOUND when absent
//	hits, err := store.PolicyPassages(ctx, namespace, "NCD 20.4") // a policy's passages in order
//	n, err := store.DeleteNamespace(ctx, "eval-run-7")           // an eval run's documents
//
// Importing is policies.Importer's job (ImportMCD, LoadDocs); it calls
// Store.UpsertPolicy, one transaction per policy version, so a failure
// (embedding endpoint error, wrong dimension, empty document, duplicate
// ids) names the policy and leaves nothing half-indexed. Embeddings are
// cached by content hash and model in embedding_cache; re-imports embed
// only changed passages.
//
// Namespaces: "" is the standard corpus; a search with Filter.Namespace
// "x" sees the standard corpus plus x.
//
// Search ranks: Hit.VectorRank (HNSW cosine, hnsw.iterative_scan =
// relaxed_order so filtered queries keep their recall; only passages
// embedded by the store's own model), Hit.TextRank (ts_rank over
// title/section weight A, body weight B, OR of the query's rarest lexemes
// within a postings budget), Hit.Score the weighted RRF. SQL lives in
// policystore/sql/*.sql. The feature weights are regenerated with go generate (gen.go).
//
// The package never decides coverage and never reads patient data.
package retrieval
