UPDATE case_appeals SET outcome = $2, decided_at = $3
WHERE id = $1 AND outcome = 'pending' RETURNING case_id
