-- A request a payer did not certify opens an appeal case at the BPO:
-- the submission names it.
ALTER TABLE pas_submissions ADD COLUMN appeal_case_id text REFERENCES cases (id) ON DELETE SET NULL;
