-- Passage vectors in half precision, in a denser, better-built HNSW graph.
--
-- Measured at 100,000 passages (retrieval/README.md): with m = 16 and
-- ef_construction = 64 the replicated corpus's near-duplicate passages
-- form islands a short question's greedy search cannot leave, and
-- recall@10 stalls at 0.57 with ef_search 100. m = 32 with
-- ef_construction = 256 (and the offline embedder's fragment weights)
-- reaches 0.96-0.98 at ef_search 300 and 0.96-1.00 at 400 across fresh
-- builds; a build takes about 75 s on 2 cores. halfvec halves the index
-- (157 MB instead of 262 MB at 100k) and keeps the ranks of the offline
-- vectors on the labelled queries.
DROP INDEX policy_passages_embedding_idx;
ALTER TABLE policy_passages ALTER COLUMN embedding TYPE halfvec(512) USING embedding::halfvec(512);
CREATE INDEX policy_passages_embedding_idx ON policy_passages
    USING hnsw (embedding halfvec_cosine_ops) WITH (m = 32, ef_construction = 256);

-- Full-text ranking reads every matching passage's tsvector: keep it in
-- the heap row (compressed if need be) and let the body and the vector go
-- out of line first, so ranking does not fetch from TOAST.
ALTER TABLE policy_passages ALTER COLUMN tsv SET STORAGE MAIN;
