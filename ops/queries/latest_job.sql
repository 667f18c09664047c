SELECT id, state::text FROM river_job WHERE kind = 'review_case' AND args->>'case_id' = $1 ORDER BY id DESC LIMIT 1
