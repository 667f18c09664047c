-- Open cases breached and at risk at $2. The clock is the latest granted
-- extension's due time, else the case's own. At risk: less than 24 h or 20 %
-- of the window left (postgres.SLAOf says the same).
WITH open AS (
    SELECT c.received_at,
           coalesce((SELECT max(e.new_due_at) FROM case_extensions e WHERE e.case_id = c.id), c.due_at) AS due
    FROM cases c
    WHERE c.namespace = $1 AND c.status NOT IN ('approved', 'denied')
)
SELECT count(*),
       count(*) FILTER (WHERE due <= $2),
       count(*) FILTER (WHERE due > $2 AND due - $2::timestamptz < greatest(interval '24 hours', (due - received_at) * 0.2))
FROM open
