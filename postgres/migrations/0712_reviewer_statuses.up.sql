-- Every status a reviewer's decision sets is held to that decision, not
-- approved and denied alone: a case becomes escalated or waits for the
-- clinician (info_requested) only when the newest review action on it is
-- that outcome, by a nurse or a physician. The statuses the system sets
-- itself (received, drafting, ready_for_review, failed) stay the app's.
CREATE OR REPLACE FUNCTION cases_decision_needs_action() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('approved', 'denied', 'escalated', 'info_requested')
       AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status)
       AND NOT EXISTS (
           SELECT 1 FROM review_actions a
           WHERE a.case_id = NEW.id AND a.outcome = NEW.status AND a.actor_role IN ('nurse', 'physician')
             AND a.id = (SELECT max(id) FROM review_actions WHERE case_id = NEW.id))
    THEN
        RAISE EXCEPTION 'case % cannot become % without a reviewer''s decision', NEW.id, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
