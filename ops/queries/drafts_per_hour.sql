-- Drafts stored in each of the $3 hours up to the hour of $2 (UTC hours),
-- zero-filled so the sparkline has a point per hour.
WITH hours AS (
    SELECT generate_series(
        date_trunc('hour', $2::timestamptz AT TIME ZONE 'UTC') - make_interval(hours => $3 - 1),
        date_trunc('hour', $2::timestamptz AT TIME ZONE 'UTC'),
        interval '1 hour') AS h
)
SELECT hours.h AT TIME ZONE 'UTC', count(d.case_id)
FROM hours
LEFT JOIN (drafts d JOIN cases c ON c.id = d.case_id AND c.namespace = $1)
    ON date_trunc('hour', d.created_at AT TIME ZONE 'UTC') = hours.h
GROUP BY hours.h ORDER BY hours.h
