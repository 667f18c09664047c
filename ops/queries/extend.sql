INSERT INTO case_extensions (case_id, extended_at, new_due_at, reason, actor_id) VALUES ($1, $2, $3, $4, $5) RETURNING id
