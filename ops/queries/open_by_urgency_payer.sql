-- Open (not yet decided) cases by urgency and payer.
SELECT urgency, payer, count(*) FROM cases
WHERE namespace = $1 AND status NOT IN ('approved', 'denied')
GROUP BY urgency, payer ORDER BY urgency, payer
