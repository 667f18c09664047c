-- The pre-submission audit's orders since $1 for client $2 ('' for every
-- client the reader may see), newest first, bounded: who ordered what for
-- which payer, and which criteria were not documented.
SELECT client_id, clinician, practice, service, payer, policy, recommendation, missing, missing_text
FROM order_audits
WHERE at >= $1 AND ($2 = '' OR client_id = $2)
ORDER BY id DESC
LIMIT 100000
