-- Cases by workflow status.
SELECT status, count(*) FROM cases WHERE namespace = $1 GROUP BY status
