-- FHIR R4 store: every resource kept whole (jsonb) beside the columns the
-- agent's tools search by. Keyed by namespace so eval datasets never mix
-- with production ('' is production).
CREATE TABLE fhir_resources (
    namespace  text NOT NULL DEFAULT '',
    type       text NOT NULL,
    id         text NOT NULL CHECK (id ~ '^[A-Za-z0-9\-\.]{1,64}$'),
    patient    text,                    -- 'Patient/123'
    date       timestamptz,             -- effective/issued/authored/recorded, by type
    code       text,                    -- main coding, 'system|code'
    codes      text[] NOT NULL DEFAULT '{}', -- every coding, as 'system|code' and 'code'
    code_text  text NOT NULL DEFAULT '', -- displays and text, for text filters
    category   text[] NOT NULL DEFAULT '{}',
    status     text NOT NULL DEFAULT '',
    value_num  double precision,        -- Observation valueQuantity
    value_unit text,
    resource   jsonb NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (namespace, type, id)
);
CREATE INDEX fhir_resources_patient ON fhir_resources (namespace, patient, type, date DESC);
CREATE INDEX fhir_resources_code ON fhir_resources (namespace, type, code);
CREATE INDEX fhir_resources_codes ON fhir_resources USING gin (codes);

-- Note text extracted on load (text/plain, text/html, application/pdf),
-- kept beside the original attachment that stays in fhir_resources.
CREATE TABLE fhir_notes (
    namespace    text NOT NULL DEFAULT '',
    type         text NOT NULL,
    id           text NOT NULL,
    patient      text,
    date         timestamptz,
    note_type    text NOT NULL DEFAULT '',
    author       text NOT NULL DEFAULT '',
    content_type text NOT NULL DEFAULT '',
    text         text NOT NULL,
    length       int NOT NULL,
    -- A tsvector holds at most 1 MB; the first 400k characters of a note
    -- cover every real clinical note, and longer ones are still read in full.
    tsv          tsvector GENERATED ALWAYS AS (to_tsvector('english', left(text, 400000))) STORED,
    PRIMARY KEY (namespace, type, id),
    FOREIGN KEY (namespace, type, id) REFERENCES fhir_resources ON DELETE CASCADE
);
CREATE INDEX fhir_notes_patient ON fhir_notes (namespace, patient, date DESC);
CREATE INDEX fhir_notes_tsv ON fhir_notes USING gin (tsv);
