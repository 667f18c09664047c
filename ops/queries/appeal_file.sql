INSERT INTO case_appeals (case_id, filed_at, actor_id) VALUES ($1, $2, $3) RETURNING id
