-- Questions to ordering clinicians since $1 (a reviewer's request for
-- information) on client $2's cases ('' for every client the reader may
-- see), with the clinician and practice of the order that opened the case
-- (else the request's requester), and when the first answer came back.
SELECT coalesce(o.clinician, c.request->>'requester', ''), coalesce(o.practice, ''), c.client_id, a.created_at,
       (SELECT min(i.created_at) FROM case_information i WHERE i.case_id = a.case_id AND i.created_at >= a.created_at)
FROM review_actions a
JOIN cases c ON c.id = a.case_id
LEFT JOIN LATERAL (SELECT clinician, practice FROM order_audits WHERE case_id = a.case_id ORDER BY id LIMIT 1) o ON true
WHERE a.outcome = 'info_requested' AND a.created_at >= $1 AND ($2 = '' OR c.client_id = $2)
