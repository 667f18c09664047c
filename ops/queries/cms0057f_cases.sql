-- Every production request received in [$2, $3) (of client $4, or every
-- client when $4 is empty), with its first final
-- determination (approved or denied), whether a denial was overturned on
-- appeal and whether its timeframe was extended.
SELECT c.id, c.urgency, c.received_at, c.status,
       coalesce(f.outcome, ''), f.created_at,
       EXISTS (SELECT 1 FROM case_appeals ap WHERE ap.case_id = c.id AND ap.outcome = 'approved'),
       EXISTS (SELECT 1 FROM case_extensions e WHERE e.case_id = c.id)
FROM cases c
LEFT JOIN LATERAL (
    SELECT ra.outcome, ra.created_at FROM review_actions ra
    WHERE ra.case_id = c.id AND ra.outcome IN ('approved', 'denied')
    ORDER BY ra.created_at, ra.id LIMIT 1
) f ON true
WHERE c.namespace = $1 AND c.received_at >= $2 AND c.received_at < $3 AND ($4 = '' OR c.client_id = $4)
ORDER BY c.received_at, c.id
