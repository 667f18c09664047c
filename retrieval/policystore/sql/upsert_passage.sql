INSERT INTO policy_passages (namespace, policy_id, version, passage_id, ordinal, payer, policy_title,
                             section, body, effective, terminated, content_hash, embedding_model, embedding)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
ON CONFLICT (namespace, policy_id, version, passage_id) DO UPDATE SET
    ordinal = EXCLUDED.ordinal, payer = EXCLUDED.payer, policy_title = EXCLUDED.policy_title,
    section = EXCLUDED.section, body = EXCLUDED.body, effective = EXCLUDED.effective,
    terminated = EXCLUDED.terminated, content_hash = EXCLUDED.content_hash,
    embedding_model = EXCLUDED.embedding_model, embedding = EXCLUDED.embedding
