-- Cases the agent could not draft: the case is failed, or its latest
-- drafting job was discarded or cancelled. Error texts stay in River UI.
SELECT c.id, c.service_code, c.payer, c.urgency, c.status, c.due_at,
       coalesce(j.id, 0), coalesce(j.state::text, ''), coalesce(j.attempt, 0)
FROM cases c
LEFT JOIN LATERAL (
    SELECT id, state, attempt FROM river_job
    WHERE kind = 'review_case' AND args->>'case_id' = c.id
    ORDER BY id DESC LIMIT 1
) j ON true
WHERE c.namespace = $1
  AND (c.status = 'failed' OR (c.status IN ('received', 'drafting') AND j.state IN ('discarded', 'cancelled')))
ORDER BY c.due_at, c.id
LIMIT $2
