-- Faxed and scanned packets waiting to become cases. The file is kept as
-- received; its pages as read (image, a PDF with the OCR text layer, the
-- words with their boxes). A packet becomes a case only when a nurse has
-- confirmed its fields; what the nurse changed is kept beside what was
-- read.
CREATE TABLE intake_packets (
    id           text PRIMARY KEY,
    namespace    text NOT NULL DEFAULT '',
    filename     text NOT NULL,
    format       text NOT NULL CHECK (format IN ('pdf', 'tiff', 'png', 'jpeg')),
    sha256       text NOT NULL,
    file         bytea NOT NULL,
    page_count   int NOT NULL CHECK (page_count > 0),
    pages_done   int NOT NULL DEFAULT 0,
    status       text NOT NULL DEFAULT 'received'
                 CHECK (status IN ('received', 'reading', 'needs_review', 'confirmed', 'rejected', 'failed')),
    error        text NOT NULL DEFAULT '',
    extraction   jsonb,          -- the fields as read (scan.Extraction)
    confirmed    jsonb,          -- the fields as the nurse confirmed them
    corrections  jsonb NOT NULL DEFAULT '[]',
    patient_ref  text NOT NULL DEFAULT '',
    -- Deferred: the confirmation is written in the case's own transaction,
    -- before the case row.
    case_id      text REFERENCES cases (id) DEFERRABLE INITIALLY DEFERRED,
    uploaded_by  text NOT NULL CHECK (uploaded_by <> ''),
    reviewed_by  text NOT NULL DEFAULT '',
    received_at  timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CHECK (status <> 'confirmed' OR (case_id IS NOT NULL AND confirmed IS NOT NULL AND reviewed_by <> ''))
);
-- The same fax sent twice is the same packet.
CREATE UNIQUE INDEX intake_packets_file ON intake_packets (namespace, sha256) WHERE status <> 'rejected';
CREATE INDEX intake_packets_status ON intake_packets (status, received_at);

CREATE TABLE intake_pages (
    packet_id    text NOT NULL REFERENCES intake_packets (id) ON DELETE CASCADE,
    number       int NOT NULL CHECK (number > 0),
    kind         text NOT NULL,
    width        int NOT NULL,
    height       int NOT NULL,
    confidence   real NOT NULL,
    text         text NOT NULL,
    words        jsonb NOT NULL,
    png          bytea NOT NULL,
    pdf          bytea NOT NULL,
    PRIMARY KEY (packet_id, number)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        GRANT SELECT, INSERT, UPDATE ON intake_packets TO umassist_app;
        GRANT SELECT, INSERT, DELETE ON intake_pages TO umassist_app;
    END IF;
END $$;
