-- Policies and their passages, searchable by full text and by vector.
-- namespace: '' is the standard corpus; an eval run loads its own policies
-- under its own namespace beside it and deletes them afterwards.

CREATE TABLE policies (
    namespace          text        NOT NULL DEFAULT '',
    policy_id          text        NOT NULL,           -- "NCD 20.4"
    version            text        NOT NULL,
    source             text        NOT NULL CHECK (source IN ('ncd', 'doc')),
    payer              text        NOT NULL,
    title              text        NOT NULL,
    effective          date,
    implemented        date,
    terminated         date,
    coverage_level     text        NOT NULL DEFAULT '',
    benefit_categories text[]      NOT NULL DEFAULT '{}',
    url                text        NOT NULL DEFAULT '',
    content_hash       text        NOT NULL,
    imported_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (namespace, policy_id, version)
);

-- Passages carry the policy fields search filters on (payer, dates), so one
-- table answers a filtered hybrid query without joins.
CREATE TABLE policy_passages (
    namespace      text    NOT NULL DEFAULT '',
    policy_id      text    NOT NULL,
    version        text    NOT NULL,
    passage_id     text    NOT NULL,                   -- "NCD 20.4#B3"
    ordinal        integer NOT NULL,
    payer          text    NOT NULL,
    policy_title   text    NOT NULL,
    section        text    NOT NULL DEFAULT '',
    body           text    NOT NULL,
    effective      date,
    terminated     date,
    content_hash   text    NOT NULL,
    embedding_model text   NOT NULL,
    embedding      vector(512) NOT NULL,
    -- Title and section weigh more than body text (A above B).
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', policy_title || ' ' || section), 'A') ||
        setweight(to_tsvector('english', body), 'B')
    ) STORED,
    PRIMARY KEY (namespace, policy_id, version, passage_id),
    FOREIGN KEY (namespace, policy_id, version) REFERENCES policies ON DELETE CASCADE
);

CREATE INDEX policy_passages_embedding_idx ON policy_passages
    USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);
CREATE INDEX policy_passages_tsv_idx ON policy_passages USING gin (tsv);
CREATE INDEX policy_passages_lookup_idx ON policy_passages (namespace, passage_id);

-- Embeddings by content hash and model: re-imports and replicated corpora
-- embed each distinct text once. Dimensionless, so any model fits.
CREATE TABLE embedding_cache (
    model        text   NOT NULL,
    content_hash text   NOT NULL,
    embedding    vector NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (model, content_hash)
);
