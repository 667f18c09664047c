-- Since $2: drafts stored, drafts the verifier failed, cases the agent
-- failed (status failed, last changed in the window).
SELECT
    (SELECT count(*) FROM drafts d JOIN cases c ON c.id = d.case_id WHERE c.namespace = $1 AND d.created_at >= $2),
    (SELECT count(*) FROM drafts d JOIN cases c ON c.id = d.case_id WHERE c.namespace = $1 AND d.created_at >= $2 AND NOT d.verified),
    (SELECT count(*) FROM cases c WHERE c.namespace = $1 AND c.status = 'failed' AND c.updated_at >= $2)
