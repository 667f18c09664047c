-- Reviewer productivity since $2. Each decision is compared with the draft
-- the reviewer saw (the action's draft_version, else the newest draft before
-- the decision). Handling time is the reviewer's own: from their claim of
-- the case (the audit log's last case.claim by them before the decision)
-- to the decision; queue wait is from that draft's creation (the case
-- ready for review) to the claim. The last row (total = true) is everyone
-- together.
WITH acts AS (
    SELECT ra.actor_id, ra.actor_name, ra.actor_role, ra.outcome, ra.created_at,
           d.recommendation, d.created_at AS drafted_at, cl.claimed_at
    FROM review_actions ra
    JOIN cases c ON c.id = ra.case_id AND c.namespace = $1
    LEFT JOIN LATERAL (
        SELECT d.recommendation, d.created_at FROM drafts d
        WHERE d.case_id = ra.case_id
          AND ((ra.draft_version IS NOT NULL AND d.version = ra.draft_version)
               OR (ra.draft_version IS NULL AND d.created_at <= ra.created_at))
        ORDER BY d.version DESC LIMIT 1
    ) d ON true
    LEFT JOIN LATERAL (
        SELECT max(al.at) AS claimed_at FROM audit_log al
        WHERE al.case_id = ra.case_id AND al.action = 'case.claim' AND al.actor_id = ra.actor_id AND al.at <= ra.created_at
    ) cl ON true
    WHERE ra.created_at >= $2
)
SELECT coalesce(actor_id, ''), coalesce(max(actor_name), ''), coalesce(max(actor_role), ''),
       count(*),
       count(*) FILTER (WHERE outcome IN ('approved', 'denied')),
       count(*) FILTER (WHERE recommendation IS NOT NULL),
       count(*) FILTER (WHERE recommendation IS NOT NULL AND NOT (
            (recommendation = 'approve' AND outcome = 'approved')
         OR (recommendation = 'request_info' AND outcome = 'info_requested')
         OR (recommendation = 'refer' AND (outcome IN ('escalated', 'denied') OR actor_role = 'physician')))),
       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - claimed_at))
                FILTER (WHERE claimed_at IS NOT NULL), 0),
       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM claimed_at - drafted_at))
                FILTER (WHERE claimed_at IS NOT NULL AND drafted_at IS NOT NULL AND claimed_at >= drafted_at), 0),
       grouping(actor_id) = 1
FROM acts
GROUP BY GROUPING SETS ((actor_id), ())
ORDER BY grouping(actor_id), count(*) FILTER (WHERE outcome IN ('approved', 'denied')) DESC, actor_id
