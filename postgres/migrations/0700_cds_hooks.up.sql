-- CDS Hooks: every JWT a CDS client signs carries a jti that may be used
-- once (the spec's replay protection). Rows outlive the token's expiry
-- only until the next claim sweeps them.
CREATE TABLE cds_jtis (
    issuer      text NOT NULL CHECK (issuer <> ''),
    jti         text NOT NULL CHECK (jti <> ''),
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (issuer, jti)
);
CREATE INDEX cds_jtis_expires ON cds_jtis (expires_at);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'umassist_app') THEN
        GRANT SELECT, INSERT, DELETE ON cds_jtis TO umassist_app;
    END IF;
END $$;
