-- Questions to ordering clinicians since $1 (a reviewer's request for
-- information) and when the first answer after each came back.
SELECT coalesce(o.clinician, ''), c.client_id, a.created_at,
       (SELECT min(i.created_at) FROM case_information i WHERE i.case_id = a.case_id AND i.created_at >= a.created_at)
FROM review_actions a
JOIN cases c ON c.id = a.case_id
LEFT JOIN LATERAL (SELECT clinician FROM order_audits WHERE case_id = a.case_id ORDER BY id LIMIT 1) o ON true
WHERE a.outcome = 'info_requested' AND a.created_at >= $1
