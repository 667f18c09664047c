-- Hyphenated words ("co-morbidity") are indexed joined as well
-- ("comorbidity"), so a reviewer's spelling finds the policy's; the offline
-- embedder does the same.
ALTER TABLE policy_passages DROP COLUMN tsv;
ALTER TABLE policy_passages ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', policy_title || ' ' || section), 'A') ||
    setweight(to_tsvector('english', body || ' ' || regexp_replace(body, '([[:alpha:]])-([[:alpha:]])', '\1\2', 'g')), 'B')
) STORED;
CREATE INDEX policy_passages_tsv_idx ON policy_passages USING gin (tsv);
