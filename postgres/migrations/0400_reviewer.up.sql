-- Reviewer workflow and access: people, their second factor and sessions,
-- hashed API tokens for service callers, and claims (leases) on cases.

CREATE TABLE users (
    id            text PRIMARY KEY,
    name          text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
    display_name  text NOT NULL DEFAULT '',
    email         text NOT NULL DEFAULT '',
    role          text NOT NULL CHECK (role IN ('nurse', 'physician', 'operator', 'ml_engineer', 'admin')),
    -- argon2id in PHC string form; '' for SSO-only accounts.
    password_hash text NOT NULL DEFAULT '',
    -- Base32 TOTP secret once enrolment is confirmed; '' when not enrolled.
    totp_secret   text NOT NULL DEFAULT '',
    oidc_issuer   text NOT NULL DEFAULT '',
    oidc_subject  text NOT NULL DEFAULT '',
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_oidc ON users (oidc_issuer, oidc_subject) WHERE oidc_subject <> '';

-- Sessions are looked up by the SHA-256 of the cookie value, so a database
-- read never yields a usable cookie.
CREATE TABLE sessions (
    token_hash  bytea PRIMARY KEY,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token  text NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    CHECK (expires_at > created_at)
);
CREATE INDEX sessions_user ON sessions (user_id);

-- API tokens for service callers, stored as SHA-256 hashes only.
CREATE TABLE api_tokens (
    id          bigserial PRIMARY KEY,
    token_hash  bytea NOT NULL UNIQUE,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label       text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz,
    revoked_at  timestamptz
);

-- A claim is a lease: one reviewer works a case until the lease expires or
-- is released, so two people never work the same case.
CREATE TABLE case_claims (
    case_id     text PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    user_id     text NOT NULL,
    user_name   text NOT NULL DEFAULT '',
    claimed_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    CHECK (expires_at > claimed_at)
);
CREATE INDEX case_claims_user ON case_claims (user_id);

-- New information supplied on an info_requested case (the answer to the
-- reviewer's question); the re-draft reads it.
CREATE TABLE case_information (
    id          bigserial PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    actor_id    text NOT NULL CHECK (actor_id <> ''),
    text        text NOT NULL CHECK (length(btrim(text)) > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_information_case ON case_information (case_id, id);

-- A denial recorded under the identity of a known account must come from
-- an enabled physician account: a nurse's id with a forged role is refused
-- here even if every application check were bypassed.
CREATE FUNCTION review_actions_denial_by_physician_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.outcome = 'denied' AND EXISTS (
        SELECT 1 FROM users WHERE id = NEW.actor_id AND (role <> 'physician' OR disabled)
    ) THEN
        RAISE EXCEPTION 'review action: account % is not an enabled physician and cannot deny', NEW.actor_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER review_actions_denial_by_physician_account BEFORE INSERT ON review_actions
    FOR EACH ROW EXECUTE FUNCTION review_actions_denial_by_physician_account();

GRANT SELECT, INSERT, UPDATE, DELETE ON users, sessions, api_tokens, case_claims TO umassist_app;
GRANT SELECT, INSERT ON case_information TO umassist_app;
GRANT USAGE ON SEQUENCE api_tokens_id_seq, case_information_id_seq TO umassist_app;
