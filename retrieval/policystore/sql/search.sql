-- Hybrid search: HNSW cosine ranks and full-text ranks fused by Reciprocal
-- Rank Fusion in one statement.
-- $1 query vector, $2 query text, $3 namespace, $4 payer ('' any),
-- $5 as-of date, $6 policy ids ('{}' any), $7 candidates per list,
-- $8 k, $9 RRF constant, $10 vector weight, $11 text weight, $12 how many
-- of the query's rarest lexemes full text keeps, $13 the most passages
-- those lexemes may match together (the rarest one is always kept), $14
-- the embedding model of $1 (vectors of another model are not comparable:
-- until a re-import embeds them again, those passages rank by text only).
WITH semantic AS (
    SELECT namespace, policy_id, version, passage_id,
           RANK() OVER (ORDER BY embedding <=> $1::halfvec) AS rank
    FROM policy_passages
    WHERE namespace IN ('', $3)
      AND ($4 = '' OR payer = $4)
      AND (effective IS NULL OR effective <= $5::date)
      AND (terminated IS NULL OR terminated > $5::date)
      AND (cardinality($6::text[]) = 0 OR policy_id = ANY($6::text[]))
      AND embedding_model = $14
      AND $10::float8 > 0
    ORDER BY embedding <=> $1::halfvec
    LIMIT $7
),
q AS (
    -- OR of the query's rarest lexemes: a reviewer's question rarely has
    -- every word in the passage, so AND semantics (websearch) would find
    -- nothing. Common words are dropped (policy_lexemes): matching and
    -- ranking them costs more than it tells, and ranking cost grows with
    -- every passage matched, so lexemes are kept rarest first while their
    -- postings fit the budget. Words the statistics do not know (new
    -- documents) count as rare.
    SELECT string_agg(quote_literal(w), ' | ')::tsquery AS query
    FROM (
        SELECT w, row_number() OVER rarest AS i, sum(n) OVER rarest AS postings
        FROM (
            SELECT l.w, coalesce(s.ndoc, 0) AS n
            FROM unnest(tsvector_to_array(to_tsvector('english', $2))) AS l(w)
            LEFT JOIN policy_lexemes s ON s.word = l.w
        ) AS known
        WINDOW rarest AS (ORDER BY n, w)
    ) AS rare
    WHERE i <= $12 AND (i = 1 OR postings <= $13)
),
keyword AS (
    SELECT namespace, policy_id, version, passage_id,
           RANK() OVER (ORDER BY ts_rank(tsv, q.query, 1) DESC) AS rank
    FROM policy_passages, q
    WHERE q.query IS NOT NULL AND tsv @@ q.query
      AND namespace IN ('', $3)
      AND ($4 = '' OR payer = $4)
      AND (effective IS NULL OR effective <= $5::date)
      AND (terminated IS NULL OR terminated > $5::date)
      AND (cardinality($6::text[]) = 0 OR policy_id = ANY($6::text[]))
      AND $11::float8 > 0
    ORDER BY ts_rank(tsv, q.query, 1) DESC
    LIMIT $7
),
fused AS (
    SELECT namespace, policy_id, version, passage_id,
           coalesce(k.rank, 0) AS text_rank, coalesce(s.rank, 0) AS vector_rank,
           coalesce($10::float8 / ($9 + s.rank), 0.0) + coalesce($11::float8 / ($9 + k.rank), 0.0) AS score
    FROM semantic s FULL OUTER JOIN keyword k USING (namespace, policy_id, version, passage_id)
)
SELECT p.passage_id, p.policy_id, p.version, p.policy_title, p.payer, p.section, p.body,
       p.effective, p.terminated, f.text_rank, f.vector_rank, f.score
FROM fused f
JOIN policy_passages p USING (namespace, policy_id, version, passage_id)
WHERE f.score > 0
ORDER BY f.score DESC, p.passage_id
LIMIT $8
