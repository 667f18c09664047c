SELECT case_id, assignee, priority, updated_by, updated_at FROM case_assignments WHERE case_id = ANY($1)
