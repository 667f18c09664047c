-- One passage by id, the caller's namespace first, then the standard
-- corpus; the newest version in force on $3.
SELECT passage_id, policy_id, version, policy_title, payer, section, body, effective, terminated
FROM policy_passages
WHERE namespace IN ('', $1) AND passage_id = $2
ORDER BY (namespace = $1) DESC,
         ((effective IS NULL OR effective <= $3::date) AND (terminated IS NULL OR terminated > $3::date)) DESC,
         effective DESC NULLS LAST
LIMIT 1
