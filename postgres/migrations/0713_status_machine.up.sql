-- The workflow's state machine, held by the database too, so the app's
-- role cannot move a case where the workflow never does: reopen a decided
-- case, put a case in front of a reviewer with no draft, or skip the
-- drafting. What a reviewer's decision sets is held to that decision by
-- cases_decision_needs_action (0711, 0712); this holds every move.
--
--   received         → drafting, ready_for_review (drafted in one step)
--   drafting         → ready_for_review, failed
--   failed           → drafting, received (an operator's retry)
--   ready_for_review → drafting (a draft lost before it was stored),
--                      approved, denied, escalated, info_requested
--   escalated        → approved, denied, info_requested
--   info_requested   → received (the clinician answered: draft again)
--   approved, denied → nothing: a decision is final (an appeal is a new case)
--
-- A case is born received, and is ready for review only with a draft.
CREATE FUNCTION cases_status_machine() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'received' THEN
            RAISE EXCEPTION 'case % must start as received, not %', NEW.id, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = NEW.status THEN
        RETURN NEW;
    END IF;
    IF NOT (OLD.status, NEW.status) IN (
        ('received', 'drafting'), ('received', 'ready_for_review'),
        ('drafting', 'ready_for_review'), ('drafting', 'failed'),
        ('failed', 'drafting'), ('failed', 'received'),
        ('ready_for_review', 'drafting'), ('ready_for_review', 'approved'), ('ready_for_review', 'denied'),
        ('ready_for_review', 'escalated'), ('ready_for_review', 'info_requested'),
        ('escalated', 'approved'), ('escalated', 'denied'), ('escalated', 'info_requested'),
        ('info_requested', 'received'))
    THEN
        RAISE EXCEPTION 'case % cannot go from % to %', NEW.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'ready_for_review' AND NOT EXISTS (SELECT 1 FROM drafts WHERE case_id = NEW.id) THEN
        RAISE EXCEPTION 'case % cannot be ready for review without a draft', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER cases_status_machine BEFORE INSERT OR UPDATE OF status ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_status_machine();
