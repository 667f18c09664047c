-- Each production case's final review action since $1, with the request and
-- the newest draft (what the reviewer saw).
SELECT c.id, c.patient_ref, c.namespace, c.request, a.outcome, a.reason, a.question, a.edited_summary,
       a.override_code, d.draft
FROM cases c
JOIN LATERAL (
    SELECT outcome, reason, question, edited_summary, override_code, created_at
    FROM review_actions ra
    WHERE ra.case_id = c.id
    ORDER BY ra.created_at DESC, ra.id DESC
    LIMIT 1
) a ON true
LEFT JOIN LATERAL (
    SELECT draft FROM drafts WHERE drafts.case_id = c.id ORDER BY version DESC LIMIT 1
) d ON true
WHERE c.namespace = '' AND a.created_at >= $1
ORDER BY a.created_at, c.id
