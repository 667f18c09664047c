-- The tools read one patient's resources newest first and stop at a page:
-- an index in exactly that order (date DESC NULLS LAST, then id) lets
-- PostgreSQL walk it and stop, instead of sorting a patient's whole
-- history. Read backwards it serves oldest-first too.
DROP INDEX fhir_resources_patient;
CREATE INDEX fhir_resources_patient ON fhir_resources (namespace, patient, type, date DESC NULLS LAST, id DESC);
DROP INDEX fhir_notes_patient;
CREATE INDEX fhir_notes_patient ON fhir_notes (namespace, patient, date DESC NULLS LAST, id DESC);
-- A bulk load leaves GIN's pending list long, and every code lookup scans
-- it; loads are rarer than lookups.
ALTER INDEX fhir_resources_codes SET (fastupdate = off);
