INSERT INTO policies (namespace, policy_id, version, source, payer, title, effective, implemented,
                      terminated, coverage_level, benefit_categories, url, content_hash, imported_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())
ON CONFLICT (namespace, policy_id, version) DO UPDATE SET
    source = EXCLUDED.source, payer = EXCLUDED.payer, title = EXCLUDED.title,
    effective = EXCLUDED.effective, implemented = EXCLUDED.implemented,
    terminated = EXCLUDED.terminated, coverage_level = EXCLUDED.coverage_level,
    benefit_categories = EXCLUDED.benefit_categories, url = EXCLUDED.url,
    content_hash = EXCLUDED.content_hash, imported_at = now()
