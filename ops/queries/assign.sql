-- Set a case's assignee and priority, returning the previous values.
WITH prev AS (SELECT assignee, priority FROM case_assignments WHERE case_id = $1)
INSERT INTO case_assignments (case_id, assignee, priority, updated_by, updated_at)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (case_id) DO UPDATE SET assignee = excluded.assignee, priority = excluded.priority,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at
RETURNING coalesce((SELECT assignee FROM prev), ''), coalesce((SELECT priority FROM prev), 0)
