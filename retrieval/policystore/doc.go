// Package policystore keeps policy passages in PostgreSQL with pgvector
// and searches them: UpsertPolicy (one transaction per policy version,
// embeddings cached by content hash and model), hybrid Search (HNSW and
// full text fused with Reciprocal Rank Fusion in one query, sql/*.sql),
// passage and policy lookups, the policies in force, and the evidence the
// governing-policy choice weighs (Store.ChoosePolicy calls
// retrieval.ChoosePolicy). See retrieval's package doc for the API.
package policystore
