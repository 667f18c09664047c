-- The pre-submission audit's orders since $1, newest first, bounded: who
-- ordered what for which payer, and which criteria were not documented.
SELECT clinician, service, payer, policy, recommendation, missing, missing_text
FROM order_audits
WHERE at >= $1
ORDER BY id DESC
LIMIT 100000
