-- review_case jobs by River state.
SELECT state::text, count(*) FROM river_job WHERE kind = 'review_case' GROUP BY state
