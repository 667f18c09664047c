-- Why a reviewer approved against the draft's recommendation
-- (umassist.OverrideCodes); '' when the decision follows the draft.
ALTER TABLE review_actions ADD COLUMN override_code text NOT NULL DEFAULT ''
    CHECK (override_code IN ('', 'information_outside_record', 'draft_misread_record', 'clinical_judgement', 'policy_exception', 'other'));
