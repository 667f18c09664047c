-- Open production cases by clock state at now(), for the
-- umassist_sla_cases gauge (same rules as sla_counts.sql).
WITH open AS (
    SELECT c.received_at,
           coalesce((SELECT max(e.new_due_at) FROM case_extensions e WHERE e.case_id = c.id), c.due_at) AS due
    FROM cases c
    WHERE c.namespace = '' AND c.status NOT IN ('approved', 'denied')
)
SELECT 'breached', count(*) FILTER (WHERE due <= now()) FROM open
UNION ALL
SELECT 'at_risk', count(*) FILTER (WHERE due > now() AND due - now() < greatest(interval '24 hours', (due - received_at) * 0.2)) FROM open
