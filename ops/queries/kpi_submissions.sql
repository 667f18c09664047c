-- Pre-submission cases sent to payers since $1, with the client and the
-- time of the order that opened each.
SELECT coalesce(o.client_id, ''), s.payer, s.service, s.submitted_at, s.final_at, s.action, o.at
FROM pas_submissions s
LEFT JOIN LATERAL (SELECT client_id, at FROM order_audits WHERE case_id = s.case_id ORDER BY id LIMIT 1) o ON true
WHERE s.submitted_at >= $1
