-- The open cases an operator must look at: breached or at risk, highest
-- priority first, then soonest due.
WITH open AS (
    SELECT c.id, c.service_code, c.payer, c.urgency, c.status, c.received_at,
           coalesce((SELECT max(e.new_due_at) FROM case_extensions e WHERE e.case_id = c.id), c.due_at) AS due,
           coalesce(a.assignee, '') AS assignee, coalesce(a.priority, 0) AS priority
    FROM cases c LEFT JOIN case_assignments a ON a.case_id = c.id
    WHERE c.namespace = $1 AND c.status NOT IN ('approved', 'denied')
)
SELECT id, service_code, payer, urgency, status, received_at, due, assignee, priority, due <= $2
FROM open
WHERE due - $2::timestamptz < greatest(interval '24 hours', (due - received_at) * 0.2)
ORDER BY priority DESC, due, id
LIMIT $3
