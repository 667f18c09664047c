-- Pre-submission cases sent to payers since $1 for client $2 ('' for every
-- client the reader may see), with the case's client and the time of the
-- order that opened each.
SELECT c.client_id, s.payer, s.service, s.submitted_at, s.final_at, s.action, o.at
FROM pas_submissions s
JOIN cases c ON c.id = s.case_id
LEFT JOIN LATERAL (SELECT at FROM order_audits WHERE case_id = s.case_id ORDER BY id LIMIT 1) o ON true
WHERE s.submitted_at >= $1 AND ($2 = '' OR c.client_id = $2)
