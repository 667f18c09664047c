// Package retrieval finds the policy passages that govern a request:
// embedders (an offline deterministic one, the default, and an
// OpenAI-compatible one), the pgvector store with an HNSW index, and hybrid
// search that fuses PostgreSQL full-text and vector ranks with Reciprocal
// Rank Fusion in one SQL query.
package retrieval
