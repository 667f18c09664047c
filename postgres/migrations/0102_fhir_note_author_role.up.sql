-- Who wrote a note (umassist.AuthorRole): a patient's or a payer's own
-- words are shown to the reviewer but never meet a criterion. Notes loaded
-- before this read as unknown (counted as a clinician's) until reloaded.
ALTER TABLE fhir_notes ADD COLUMN author_role text NOT NULL DEFAULT '';
